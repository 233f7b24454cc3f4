import { REMINDER_ONLY_KINDS } from '../../shared/rules/deadlineKinds';
import { ENDED_STAGES, NEVER_STARTED_STAGES } from '../../shared/rules/stageGroups';

/*
 * SQL conditions several reads share, written from the rule constants in src/shared/rules so SQL
 * and TypeScript cannot drift apart. The open-deliverable one must read exactly like the WHERE of
 * the partial index `milestones_open_due_idx`, or SQLite will not use that index (a test holds them together).
 */

/** A list of string constants as an SQL `IN` list: `('a', 'b')`. Only for the app's own constants, never user input. */
export const sqlList = (values: readonly string[]): string => `(${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')})`;

/** The kinds that only remind (licence end, minimum live time end). */
export const REMINDER_ONLY_KINDS_SQL = sqlList(REMINDER_ONLY_KINDS);

/** A creator milestone or brand duty not yet done (alias `m` for milestones). */
export const OPEN_DELIVERABLE = `m.delivered_at IS NULL AND m.kind NOT IN ${REMINDER_ONLY_KINDS_SQL}`;

/**
 * The hours the creator has to reply (aliases `k` for the contract in force, `c` for the
 * collaboration): the contract's time, else the one agreed without a contract; null for the default.
 */
export const REPLY_SLA_HOURS_SQL = 'COALESCE(k.reply_sla_hours, c.reply_within_hours)';

/** Stages after which nothing is chased any more. */
export const ENDED_STAGES_SQL = sqlList(ENDED_STAGES);

/** Stages of a collaboration that never started. */
export const NEVER_STARTED_SQL = sqlList(NEVER_STARTED_STAGES);

/**
 * A collaboration in sight (alias `c`): archived, trashed and deleted ones remind of nothing and
 * are off the board, the calendar and the nudges.
 */
export const SHOWN_COLLABORATION = `c.visibility = 'shown'`;

/** A collaboration that still counts (alias `c`): archived ones did happen; trashed and deleted ones are drafts. */
export const COUNTED_COLLABORATION = `c.visibility IN ('shown', 'archived')`;
