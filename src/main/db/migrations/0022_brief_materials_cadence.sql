CREATE TABLE `briefs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer,
	`collaboration_id` integer,
	`content` text DEFAULT '{}' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "briefs_one_owner" CHECK(("briefs"."campaign_id" IS NULL) <> ("briefs"."collaboration_id" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `briefs_campaign_idx` ON `briefs` (`campaign_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `briefs_collaboration_idx` ON `briefs` (`collaboration_id`);--> statement-breakpoint
CREATE TABLE `materials` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`campaign_id` integer NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`stored` text NOT NULL,
	`bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`media_type` text DEFAULT 'application/octet-stream' NOT NULL,
	`added_at` text NOT NULL,
	`removed_at` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `materials_campaign_idx` ON `materials` (`campaign_id`);--> statement-breakpoint
ALTER TABLE `campaigns` ADD `cadence` text;