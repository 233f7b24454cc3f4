ALTER TABLE `campaigns` ADD `start_date` text;--> statement-breakpoint
ALTER TABLE `campaigns` ADD `end_date` text;