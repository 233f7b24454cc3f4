-- The history must hold up in a dispute: events are never changed or removed.
-- Corrections are recorded as new events instead.
CREATE TRIGGER `events_no_update` BEFORE UPDATE ON `events`
BEGIN
	SELECT RAISE(ABORT, 'events are append-only: record a correction as a new event');
END;
--> statement-breakpoint
CREATE TRIGGER `events_no_delete` BEFORE DELETE ON `events`
BEGIN
	SELECT RAISE(ABORT, 'events are append-only: they cannot be deleted');
END;
