CREATE TABLE `mail_unassigned` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`message_id` text NOT NULL,
	`direction` text NOT NULL,
	`creator_id` integer,
	`suggested_creator_id` integer,
	`from_address` text NOT NULL,
	`to_addresses` text DEFAULT '[]' NOT NULL,
	`subject` text DEFAULT '' NOT NULL,
	`snippet` text DEFAULT '' NOT NULL,
	`sent_at` text NOT NULL,
	`in_reply_to` text,
	`references` text DEFAULT '[]' NOT NULL,
	`created_at` text NOT NULL,
	`settled_at` text,
	FOREIGN KEY (`creator_id`) REFERENCES `creators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`suggested_creator_id`) REFERENCES `creators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mail_unassigned_message_idx` ON `mail_unassigned` (`message_id`);--> statement-breakpoint
CREATE INDEX `mail_unassigned_open_idx` ON `mail_unassigned` (`settled_at`);--> statement-breakpoint
ALTER TABLE `creators` ADD `other_emails` text DEFAULT '[]' NOT NULL;