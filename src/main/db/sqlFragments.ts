/*
 * SQL conditions several reads share. The open-deliverable one must read exactly like the WHERE of
 * the partial index `milestones_open_due_idx`, or SQLite will not use that index.
 */

/** A creator milestone or brand duty not yet done (alias `m` for milestones). */
export const OPEN_DELIVERABLE = `m.delivered_at IS NULL AND m.kind NOT IN ('licence_expiry', 'min_live_end')`;

/** Stages after which nothing is chased any more. */
export const ENDED_STAGES = `('completed', 'terminated', 'declined')`;

/**
 * A collaboration in sight (alias `c`): archived, trashed and deleted ones remind of nothing and
 * are off the board, the calendar and the nudges.
 */
export const SHOWN_COLLABORATION = `c.visibility = 'shown'`;

/** A collaboration that still counts (alias `c`): archived ones did happen; trashed and deleted ones are drafts. */
export const COUNTED_COLLABORATION = `c.visibility IN ('shown', 'archived')`;
