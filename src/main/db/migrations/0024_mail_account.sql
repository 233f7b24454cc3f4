CREATE TABLE `mail_account` (
	`id` integer PRIMARY KEY NOT NULL,
	`account` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "mail_account_single_row" CHECK("mail_account"."id" = 1)
);
