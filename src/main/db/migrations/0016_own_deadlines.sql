CREATE TABLE `own_deadlines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`collaboration_id` integer NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`due_date` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `own_deadlines_collaboration_idx` ON `own_deadlines` (`collaboration_id`);--> statement-breakpoint
ALTER TABLE `collaborations` ADD `reply_within_hours` integer;