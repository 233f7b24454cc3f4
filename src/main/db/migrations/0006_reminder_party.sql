ALTER TABLE `notifications` ADD `party` text;--> statement-breakpoint
-- Reminders fired before this version: a reply or a gift follow-up is always the creator's; a dated
-- obligation takes the party of its milestone (item `milestone:<id>@<date>` or `date:<id>@<date>`).
UPDATE `notifications` SET `party` = 'creator' WHERE `item` LIKE 'sla:%' OR `item` LIKE 'gifting:%';--> statement-breakpoint
UPDATE `notifications` SET `party` = (
  SELECT m.`party` FROM `milestones` m
  WHERE m.`id` = CAST(substr(`notifications`.`item`, instr(`notifications`.`item`, ':') + 1) AS INTEGER)
) WHERE `item` LIKE 'milestone:%' OR `item` LIKE 'date:%';
