import { HOUR_MS } from './health';

/*
 * Where a conversation stands with the reply clock (DOMAIN "Reply SLA"), shared by the card's
 * health, the ladder, the scheduler and the communication log so all agree on when the wait
 * started and when a creator has gone quiet.
 */

/** Used when no contract in force says otherwise. */
export const DEFAULT_REPLY_SLA_HOURS = 24;
/** "No reply for 7 days or after 3 reminders" is lost contact. */
export const LOST_CONTACT_DAYS = 7;
export const LOST_CONTACT_REMINDERS = 3;

export type Direction = 'brand_to_creator' | 'creator_to_brand';

export interface ReplyClock {
  /** The first brand message still unanswered; null when the creator spoke last (or nobody has). */
  awaitingReplySince: string | null;
  remindersSinceReply: number;
  replySlaHours: number;
}

export type ReplyHealth = 'no_reply' | 'lost_contact' | null;

/**
 * The conversation after its messages, oldest first: a brand message starts the wait unless one is
 * already unanswered (the wait runs from the first, not the latest reminder); a reply ends it.
 * `onReply` hears each reply with the wait it ended (null when nothing was unanswered).
 */
export function conversationOf<M extends { at: string; direction: Direction }>(chronological: readonly M[], onReply?: (reply: M, awaitingSince: string | null) => void) {
  let awaitingReplySince: string | null = null;
  let lastReply: M | null = null;
  /** The brand's messages after the creator's latest reply (all of them without one). */
  let sinceReply: M[] = [];
  for (const m of chronological) {
    if (m.direction === 'creator_to_brand') {
      onReply?.(m, awaitingReplySince);
      awaitingReplySince = null;
      lastReply = m;
      sinceReply = [];
    } else {
      awaitingReplySince ??= m.at;
      sinceReply.push(m);
    }
  }
  return { awaitingReplySince, lastReply, sinceReply, last: chronological.at(-1) ?? null };
}

export const waitedMs = (clock: Pick<ReplyClock, 'awaitingReplySince'>, nowMs: number): number =>
  clock.awaitingReplySince === null ? 0 : nowMs - Date.parse(clock.awaitingReplySince);

/** When the agreed reply time runs out for a wait that started at `since`. */
export const replyDueMs = (since: string, replySlaHours: number): number => Date.parse(since) + replySlaHours * HOUR_MS;

/** The agreed reply time has run out (at the due instant itself, too). */
export const isReplyOverdue = (clock: Pick<ReplyClock, 'awaitingReplySince' | 'replySlaHours'>, nowMs: number): boolean =>
  clock.awaitingReplySince !== null && replyDueMs(clock.awaitingReplySince, clock.replySlaHours) <= nowMs;

export function isLostContact(clock: ReplyClock, nowMs: number): boolean {
  if (clock.awaitingReplySince === null) return false;
  return waitedMs(clock, nowMs) >= LOST_CONTACT_DAYS * 24 * HOUR_MS || clock.remindersSinceReply >= LOST_CONTACT_REMINDERS;
}

export function replyHealth(clock: ReplyClock, nowMs: number): ReplyHealth {
  if (clock.awaitingReplySince === null) return null;
  if (isLostContact(clock, nowMs)) return 'lost_contact';
  return isReplyOverdue(clock, nowMs) ? 'no_reply' : null;
}

export interface LoggedMessage {
  collaborationId: number;
  at: string;
  direction: Direction;
}

/**
 * How long the creator took to answer, in hours, for each reply: from the first unanswered brand
 * message of the same collaboration. Messages must come sorted by collaboration, then time.
 */
export function replyWaits(messages: readonly LoggedMessage[]): number[] {
  const waits: number[] = [];
  const byCollaboration = new Map<number, LoggedMessage[]>();
  for (const m of messages) {
    const list = byCollaboration.get(m.collaborationId);
    if (list) list.push(m);
    else byCollaboration.set(m.collaborationId, [m]);
  }
  for (const list of byCollaboration.values()) {
    conversationOf(list, (reply, since) => {
      if (since !== null) waits.push(Math.max(0, Date.parse(reply.at) - Date.parse(since)) / HOUR_MS);
    });
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
