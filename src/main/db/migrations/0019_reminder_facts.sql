ALTER TABLE `notifications` ADD `facts` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
/*
 * A reminder keeps the facts of its words, not the English sentence: the creator and the deadline
 * are read again from the rows the reminder is about (its collaboration, its milestone), the day
 * counts the sentence said are read out of it, and the sentence is then dropped.
 */
UPDATE `notifications` SET `facts` = f.`facts` FROM (
  SELECT n.id, json_object(
    'creatorName', COALESCE(cr.name, ''),
    'subject', CASE WHEN n.mid IS NULL THEN NULL ELSE COALESCE(m.name, substr(n.after_whose, 1, instr(n.after_whose, ' is ') - 1)) END,
    'dueDate', n.due_date,
    'daysLeft', CASE
      WHEN n.kind = 'due_soon' THEN CASE
        WHEN n.title LIKE '% is due tomorrow' THEN 1
        WHEN n.title LIKE '% is due in % hour' OR n.title LIKE '% is due in % hours' THEN 0
        WHEN n.title LIKE '% is due in % days' THEN CAST(substr(n.title, instr(n.title, ' is due in ') + 11) AS INTEGER)
        ELSE CAST(julianday(n.due_date) - julianday(date(n.fired_at)) AS INTEGER) END
      WHEN n.kind = 'licence_expiring' THEN CASE
        WHEN n.title LIKE '% content ends today' THEN 0
        WHEN instr(n.title, ' content ends in ') > 0 THEN CAST(substr(n.title, instr(n.title, ' content ends in ') + 17) AS INTEGER)
        WHEN instr(n.title, ' content ended ') > 0 THEN -CAST(substr(n.title, instr(n.title, ' content ended ') + 15) AS INTEGER)
        ELSE n.occurrence END
    END,
    'daysSinceGift', CASE
      WHEN n.kind <> 'gifting_followup' THEN NULL
      WHEN n.before_days IS NULL THEN n.occurrence
      ELSE CAST(substr(n.before_days, length(rtrim(n.before_days, '0123456789')) + 1) AS INTEGER) END,
    'messageSentAt', CASE WHEN n.kind = 'sla_breached' AND n.item LIKE 'sla:%:%' THEN substr(n.item, 5 + instr(substr(n.item, 5), ':')) END
  ) AS facts
  FROM (
    SELECT id, kind, item, title, occurrence, fired_at, collaboration_id,
      CASE WHEN item LIKE 'milestone:%@%' OR item LIKE 'date:%@%' THEN CAST(substr(item, instr(item, ':') + 1) AS INTEGER) END AS mid,
      CASE WHEN instr(item, '@') > 0 THEN substr(item, instr(item, '@') + 1) ELSE date(due_at) END AS due_date,
      substr(title, instr(title, ': ') + 2) AS after_whose,
      CASE
        WHEN instr(title, ' days after the gift arrived') > 0 THEN substr(title, 1, instr(title, ' days after the gift arrived') - 1)
        WHEN instr(title, ' days since the gift arrived') > 0 THEN substr(title, 1, instr(title, ' days since the gift arrived') - 1)
      END AS before_days
    FROM `notifications`
  ) n
  LEFT JOIN `collaborations` c ON c.id = n.collaboration_id
  LEFT JOIN `creators` cr ON cr.id = c.creator_id
  LEFT JOIN `milestones` m ON m.id = n.mid
) AS f WHERE f.id = `notifications`.id;--> statement-breakpoint
ALTER TABLE `notifications` DROP COLUMN `title`;--> statement-breakpoint
ALTER TABLE `notifications` DROP COLUMN `body`;
