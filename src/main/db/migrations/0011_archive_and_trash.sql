CREATE TABLE `sample_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`row_id` integer NOT NULL,
	`digest` text NOT NULL,
	`last_event_id` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sample_rows_kind_row_idx` ON `sample_rows` (`kind`,`row_id`);--> statement-breakpoint
ALTER TABLE `campaigns` ADD `visibility` text DEFAULT 'shown' NOT NULL;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `visibility_since` text;--> statement-breakpoint
ALTER TABLE `collaborations` ADD `visibility` text DEFAULT 'shown' NOT NULL;--> statement-breakpoint
ALTER TABLE `collaborations` ADD `visibility_since` text;--> statement-breakpoint
ALTER TABLE `creators` ADD `visibility` text DEFAULT 'shown' NOT NULL;--> statement-breakpoint
ALTER TABLE `creators` ADD `visibility_since` text;