/*
 * The thresholds of a card's deadline health (DOMAIN "Collaboration stages"): a deadline within
 * 48 hours is due soon, one past its due instant is overdue. The reply side of health lives in
 * replyState.ts.
 */

export const HOUR_MS = 3_600_000;

export const DUE_SOON_HOURS = 48;
export const DUE_SOON_MS = DUE_SOON_HOURS * HOUR_MS;
