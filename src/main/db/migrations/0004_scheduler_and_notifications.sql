CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item` text NOT NULL,
	`kind` text NOT NULL,
	`occurrence` integer DEFAULT 0 NOT NULL,
	`collaboration_id` integer,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`due_at` text NOT NULL,
	`fired_at` text NOT NULL,
	`shown_at` text,
	`acknowledged_at` text,
	`snoozed_until` text,
	`closed_at` text,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_item_kind_idx` ON `notifications` (`item`,`kind`,`occurrence`);--> statement-breakpoint
CREATE INDEX `notifications_open_idx` ON `notifications` (`item`) WHERE "notifications"."closed_at" IS NULL;--> statement-breakpoint
CREATE INDEX `notifications_fired_idx` ON `notifications` (`fired_at`);--> statement-breakpoint
CREATE TABLE `scheduler_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`last_tick_at` text NOT NULL,
	CONSTRAINT "scheduler_state_single_row" CHECK("scheduler_state"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE `collaborations` ADD `awaiting_reply_since` text;--> statement-breakpoint
CREATE INDEX `collaborations_awaiting_reply_idx` ON `collaborations` (`awaiting_reply_since`) WHERE "collaborations"."awaiting_reply_since" IS NOT NULL;--> statement-breakpoint
ALTER TABLE `contracts` ADD `reply_sla_hours` integer;--> statement-breakpoint
ALTER TABLE `settings` ADD `notify` text;--> statement-breakpoint
CREATE INDEX `milestones_open_due_idx` ON `milestones` (`due_at`) WHERE "milestones"."delivered_at" IS NULL AND "milestones"."kind" NOT IN ('licence_expiry', 'min_live_end');--> statement-breakpoint
UPDATE `contracts` SET `reply_sla_hours` = (SELECT json_extract(e.`data`, '$.terms.replySlaHours') FROM `events` e WHERE e.`collaboration_id` = `contracts`.`collaboration_id` AND e.`type` = 'contract.finalized' ORDER BY e.`id` DESC LIMIT 1) WHERE `in_force_version` IS NOT NULL;
