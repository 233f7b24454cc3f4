ALTER TABLE `events` ADD `external_source` text;--> statement-breakpoint
ALTER TABLE `events` ADD `external_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `events_external_idx` ON `events` (`external_source`,`external_id`) WHERE "events"."external_id" IS NOT NULL;--> statement-breakpoint
-- The external id is as append-only as the rest of the event: sealing an event recorded before the
-- chain existed (the one update allowed, see 0007) must leave it as it was too.
DROP TRIGGER `events_no_update`;--> statement-breakpoint
CREATE TRIGGER `events_no_update` BEFORE UPDATE ON `events`
WHEN NOT (
	OLD.`hash` IS NULL AND NEW.`hash` IS NOT NULL
	AND NEW.`id` IS OLD.`id` AND NEW.`at` IS OLD.`at` AND NEW.`recorded_at` IS OLD.`recorded_at`
	AND NEW.`type` IS OLD.`type` AND NEW.`collaboration_id` IS OLD.`collaboration_id`
	AND NEW.`creator_id` IS OLD.`creator_id` AND NEW.`data` IS OLD.`data`
	AND NEW.`external_source` IS OLD.`external_source` AND NEW.`external_id` IS OLD.`external_id`
)
BEGIN
	SELECT RAISE(ABORT, 'events are append-only: record a correction as a new event');
END;
