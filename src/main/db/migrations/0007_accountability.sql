CREATE TABLE `disputes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`collaboration_id` integer NOT NULL,
	`issue` text NOT NULL,
	`our_position` text DEFAULT '' NOT NULL,
	`creator_position` text DEFAULT '' NOT NULL,
	`event_ids` text DEFAULT '[]' NOT NULL,
	`steps` text DEFAULT '[]' NOT NULL,
	`outcome` text DEFAULT '' NOT NULL,
	`resolved_on` text,
	`opened_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `disputes_collaboration_idx` ON `disputes` (`collaboration_id`);--> statement-breakpoint
CREATE TABLE `event_chain` (
	`id` integer PRIMARY KEY NOT NULL,
	`last_id` integer NOT NULL,
	`last_hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `ratings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`collaboration_id` integer NOT NULL,
	`creator_id` integer NOT NULL,
	`communication` integer NOT NULL,
	`timeliness` integer NOT NULL,
	`quality` integer NOT NULL,
	`would_work_again` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`rated_at` text NOT NULL,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`creator_id`) REFERENCES `creators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ratings_collaboration_idx` ON `ratings` (`collaboration_id`);--> statement-breakpoint
CREATE INDEX `ratings_creator_idx` ON `ratings` (`creator_id`);--> statement-breakpoint
CREATE TABLE `strikes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`creator_id` integer NOT NULL,
	`collaboration_id` integer NOT NULL,
	`reason` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`event_ids` text DEFAULT '[]' NOT NULL,
	`at` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`withdrawn_at` text,
	`withdrawn_reason` text,
	FOREIGN KEY (`creator_id`) REFERENCES `creators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `strikes_creator_idx` ON `strikes` (`creator_id`,`status`);--> statement-breakpoint
CREATE INDEX `strikes_collaboration_idx` ON `strikes` (`collaboration_id`);--> statement-breakpoint
ALTER TABLE `creators` ADD `inactive_by_strikes_since` text;--> statement-breakpoint
ALTER TABLE `creators` ADD `median_reply_hours` real;--> statement-breakpoint
ALTER TABLE `events` ADD `hash` text;--> statement-breakpoint
ALTER TABLE `events` ADD `prev_hash` text;--> statement-breakpoint
-- Events stay append-only. The one change allowed is sealing an event recorded before the hash
-- chain existed: setting its hash once, with every other column unchanged (see eventChain.ts).
DROP TRIGGER `events_no_update`;--> statement-breakpoint
CREATE TRIGGER `events_no_update` BEFORE UPDATE ON `events`
WHEN NOT (
	OLD.`hash` IS NULL AND NEW.`hash` IS NOT NULL
	AND NEW.`id` IS OLD.`id` AND NEW.`at` IS OLD.`at` AND NEW.`recorded_at` IS OLD.`recorded_at`
	AND NEW.`type` IS OLD.`type` AND NEW.`collaboration_id` IS OLD.`collaboration_id`
	AND NEW.`creator_id` IS OLD.`creator_id` AND NEW.`data` IS OLD.`data`
)
BEGIN
	SELECT RAISE(ABORT, 'events are append-only: record a correction as a new event');
END;
