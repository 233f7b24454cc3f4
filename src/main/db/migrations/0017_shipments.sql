CREATE TABLE `shipments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`collaboration_id` integer NOT NULL,
	`carrier` text NOT NULL,
	`tracking_number` text DEFAULT '' NOT NULL,
	`items` text DEFAULT '[]' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`shipped_on` text,
	`delivered_on` text,
	`returned_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`collaboration_id`) REFERENCES `collaborations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `shipments_collaboration_idx` ON `shipments` (`collaboration_id`);--> statement-breakpoint
CREATE INDEX `shipments_in_transit_idx` ON `shipments` (`shipped_on`) WHERE "shipments"."delivered_on" IS NULL AND "shipments"."returned_on" IS NULL;--> statement-breakpoint
ALTER TABLE `creators` ADD `shipping_address` text DEFAULT '' NOT NULL;