-- 0005 added where each conversation stands (last contact, last reply, reminders and rungs since it)
-- but left it empty for the messages logged before: such a card said "No messages logged yet" and
-- suggested a first outreach until the next message was logged. Count it now from the messages, by
-- the rule services/replyClock.ts follows (messages in order of `at`, then id; a creator's reply
-- ends the brand's run). Collaborations without messages keep their defaults.
WITH `m` AS (
	SELECT `id`, `collaboration_id` AS `cid`, `at`,
		json_extract(`data`, '$.direction') IS 'creator_to_brand' AS `reply`,
		json_type(`data`, '$.stuck') IS 'true' AS `stuck`,
		CASE WHEN json_type(`data`, '$.kind') = 'text' THEN json_extract(`data`, '$.kind') END AS `kind`
	FROM `events` WHERE `type` = 'message' AND `collaboration_id` IS NOT NULL
),
`last_reply` AS (
	SELECT `cid`, `id`, `at`, `stuck` FROM (
		SELECT `m`.*, row_number() OVER (PARTITION BY `cid` ORDER BY `at` DESC, `id` DESC) AS `rank` FROM `m` WHERE `reply`
	) WHERE `rank` = 1
),
`since_reply` AS (
	SELECT `m`.* FROM `m` LEFT JOIN `last_reply` `r` ON `r`.`cid` = `m`.`cid`
	WHERE NOT `m`.`reply` AND (`r`.`cid` IS NULL OR `m`.`at` > `r`.`at` OR (`m`.`at` = `r`.`at` AND `m`.`id` > `r`.`id`))
),
`state` AS (
	SELECT `cid`,
		(SELECT max(`at`) FROM `m` `all_m` WHERE `all_m`.`cid` = `c`.`cid`) AS `last_contact_at`,
		(SELECT `at` FROM `last_reply` `r` WHERE `r`.`cid` = `c`.`cid`) AS `last_reply_at`,
		coalesce((SELECT `stuck` FROM `last_reply` `r` WHERE `r`.`cid` = `c`.`cid`), 0) AS `creator_stuck`,
		(SELECT min(`at`) FROM `since_reply` `s` WHERE `s`.`cid` = `c`.`cid`) AS `awaiting_reply_since`,
		(SELECT count(*) FROM `since_reply` `s` WHERE `s`.`cid` = `c`.`cid`) AS `reminders_since_reply`,
		coalesce((SELECT group_concat(`kind`, ',' ORDER BY `at`, `id`) FROM `since_reply` `s` WHERE `s`.`cid` = `c`.`cid`), '') AS `rungs_since_reply`
	FROM (SELECT DISTINCT `cid` FROM `m`) `c`
)
UPDATE `collaborations` SET
	`awaiting_reply_since` = `state`.`awaiting_reply_since`,
	`last_contact_at` = `state`.`last_contact_at`,
	`last_reply_at` = `state`.`last_reply_at`,
	`creator_stuck` = `state`.`creator_stuck`,
	`reminders_since_reply` = `state`.`reminders_since_reply`,
	`rungs_since_reply` = `state`.`rungs_since_reply`
FROM `state` WHERE `collaborations`.`id` = `state`.`cid`;
