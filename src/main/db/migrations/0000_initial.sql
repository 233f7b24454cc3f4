CREATE TABLE `campaigns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`product` text DEFAULT '' NOT NULL,
	`goals` text DEFAULT '' NOT NULL,
	`targets` text DEFAULT '{}' NOT NULL,
	`budget_minor` integer,
	`currency` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `collaborations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`creator_id` integer NOT NULL,
	`campaign_id` integer,
	`stage` text NOT NULL,
	`stage_since` text NOT NULL,
	`fee_minor` integer DEFAULT 0 NOT NULL,
	`currency` text NOT NULL,
	`product` text DEFAULT '' NOT NULL,
	`product_value_minor` integer,
	`start_date` text,
	`publish_by` text,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`creator_id`) REFERENCES `creators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "collaborations_fee_nonnegative" CHECK("collaborations"."fee_minor" >= 0)
);
--> statement-breakpoint
CREATE INDEX `collaborations_stage_idx` ON `collaborations` (`stage`);--> statement-breakpoint
CREATE INDEX `collaborations_creator_idx` ON `collaborations` (`creator_id`);--> statement-breakpoint
CREATE INDEX `collaborations_campaign_idx` ON `collaborations` (`campaign_id`);--> statement-breakpoint
CREATE TABLE `creators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`handles` text DEFAULT '[]' NOT NULL,
	`followers` integer,
	`region` text,
	`time_zone` text,
	`language` text,
	`email` text,
	`notes` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`recorded_at` text NOT NULL,
	`type` text NOT NULL,
	`collaboration_id` integer,
	`creator_id` integer,
	`data` text DEFAULT '{}' NOT NULL,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`creator_id`) REFERENCES `creators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_collaboration_idx` ON `events` (`collaboration_id`,`id`);--> statement-breakpoint
CREATE INDEX `events_creator_idx` ON `events` (`creator_id`,`id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`id` integer PRIMARY KEY NOT NULL,
	`brand_name` text DEFAULT '' NOT NULL,
	`sender_name` text DEFAULT '' NOT NULL,
	`time_zone` text NOT NULL,
	`currency` text NOT NULL,
	CONSTRAINT "settings_single_row" CHECK("settings"."id" = 1)
);
