CREATE TABLE `contracts` (
	`collaboration_id` integer PRIMARY KEY NOT NULL,
	`draft` text NOT NULL,
	`saved_at` text NOT NULL,
	`in_force_version` integer,
	`late_enabled` integer DEFAULT false NOT NULL,
	`fee_minor` integer DEFAULT 0 NOT NULL,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`deduction_bp` integer DEFAULT 0 NOT NULL,
	`cap_bp` integer DEFAULT 0 NOT NULL,
	`grace_days` integer DEFAULT 0 NOT NULL,
	`termination_days` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`collaboration_id` integer NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`party` text NOT NULL,
	`kind` text NOT NULL,
	`deductible` integer NOT NULL,
	`basis` text NOT NULL,
	`sort` integer NOT NULL,
	`contract_version` integer NOT NULL,
	`due_date` text,
	`due_at` text,
	`delivered_at` text,
	`delivered_on` text,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `milestones_collaboration_key_idx` ON `milestones` (`collaboration_id`,`key`);--> statement-breakpoint
CREATE INDEX `milestones_due_idx` ON `milestones` (`due_at`);--> statement-breakpoint
ALTER TABLE `collaborations` ADD `signed_on` text;--> statement-breakpoint
ALTER TABLE `collaborations` ADD `product_received_on` text;--> statement-breakpoint
ALTER TABLE `settings` ADD `holidays` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `paper` text DEFAULT 'A4' NOT NULL;