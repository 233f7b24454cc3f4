/*
 * Where a conversation stands with the reply clock (DOMAIN "Reply SLA"), shared by the card's
 * health, the ladder and the scheduler so all three agree on when a creator has gone quiet.
 */

const HOUR_MS = 3_600_000;

/** Used when no contract in force says otherwise. */
export const DEFAULT_REPLY_SLA_HOURS = 24;
/** "No reply for 7 days or after 3 reminders" is lost contact. */
export const LOST_CONTACT_DAYS = 7;
export const LOST_CONTACT_REMINDERS = 3;

export interface ReplyClock {
  /** The first brand message still unanswered; null when the creator spoke last (or nobody has). */
  awaitingReplySince: string | null;
  remindersSinceReply: number;
  replySlaHours: number;
}

export type ReplyHealth = 'no_reply' | 'lost_contact' | null;

export const waitedMs = (clock: ReplyClock, nowMs: number): number => (clock.awaitingReplySince === null ? 0 : nowMs - Date.parse(clock.awaitingReplySince));

export function isLostContact(clock: ReplyClock, nowMs: number): boolean {
  if (clock.awaitingReplySince === null) return false;
  return waitedMs(clock, nowMs) >= LOST_CONTACT_DAYS * 24 * HOUR_MS || clock.remindersSinceReply >= LOST_CONTACT_REMINDERS;
}

export function replyHealth(clock: ReplyClock, nowMs: number): ReplyHealth {
  if (clock.awaitingReplySince === null) return null;
  if (isLostContact(clock, nowMs)) return 'lost_contact';
  return waitedMs(clock, nowMs) >= clock.replySlaHours * HOUR_MS ? 'no_reply' : null;
}

export interface LoggedMessage {
  collaborationId: number;
  at: string;
  direction: 'brand_to_creator' | 'creator_to_brand';
}

/**
 * How long the creator took to answer, in hours, for each reply: from the first unanswered brand
 * message of the same collaboration. Messages must come sorted by collaboration, then time.
 */
export function replyWaits(messages: readonly LoggedMessage[]): number[] {
  const waits: number[] = [];
  let collaborationId: number | null = null;
  let awaiting: string | null = null;
  for (const m of messages) {
    if (m.collaborationId !== collaborationId) {
      collaborationId = m.collaborationId;
      awaiting = null;
    }
    if (m.direction === 'brand_to_creator') awaiting ??= m.at;
    else if (awaiting !== null) {
      waits.push(Math.max(0, Date.parse(m.at) - Date.parse(awaiting)) / HOUR_MS);
      awaiting = null;
    }
  }
  return waits;
}

/** The median, rounded to a tenth of an hour; null without any reply. */
export function medianHours(waits: readonly number[]): number | null {
  if (waits.length === 0) return null;
  const sorted = [...waits].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(median * 10) / 10;
}
