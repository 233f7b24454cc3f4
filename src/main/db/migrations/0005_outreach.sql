CREATE TABLE `outreach_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`language` text NOT NULL,
	`name` text NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `collaborations` ADD `last_contact_at` text;--> statement-breakpoint
ALTER TABLE `collaborations` ADD `last_reply_at` text;--> statement-breakpoint
ALTER TABLE `collaborations` ADD `creator_stuck` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `collaborations` ADD `reminders_since_reply` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `collaborations` ADD `rungs_since_reply` text DEFAULT '' NOT NULL;