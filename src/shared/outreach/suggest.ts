import type { Stage } from '../stages';
import type { TemplateKind } from './kinds';
import type { SuggestionWhy } from './schemas';
import { DUE_SOON_MS, HOUR_MS } from '../rules/health';
import { isLostContact, isReplyOverdue, LOST_CONTACT_DAYS, waitedMs } from '../rules/replyState';
import type { CheckIn } from '../rules/checkIn';
import { calendarDaysBetween, dateInZone } from '../dates';

/** What the next message depends on: the conversation so far and the creator's next deadline. */
export interface ConversationState {
  stage: Stage;
  /** The first brand message still unanswered; null when the creator spoke last (or nobody has). */
  awaitingReplySince: string | null;
  lastReplyAt: string | null;
  creatorStuck: boolean;
  remindersSinceReply: number;
  rungsSinceReply: readonly string[];
  replySlaHours: number;
  productReceivedOn: string | null;
  /** The creator's most urgent open deliverable. */
  nextDeadline: { name: string; dueDate: string; dueAt: string; daysLate: number } | null;
  /** The creator delivered something after the first unanswered message. */
  deliveredSinceAwaiting: boolean;
  terminationAvailable: boolean;
  /** A gift past its last follow-up day with no post (rules/gifting). */
  ghosted?: boolean;
  /** The check-in of the rhythm due now, while the content is made (rules/checkIn). */
  checkIn?: CheckIn | null;
}

export interface NextMessage {
  kind: TemplateKind | null;
  /** Why, as data: `suggestionText` says it in a language. */
  why: SuggestionWhy;
}

const LOST_CONTACT_STEPS: TemplateKind[] = ['lost_contact_comment', 'lost_contact_goodwill', 'formal_notice'];
// A gift has no clause to cite: its lost-contact steps stop before the formal notice.
const GHOSTED_STEPS: TemplateKind[] = ['lost_contact_comment', 'lost_contact_goodwill'];

/**
 * The follow-up ladder (DOMAIN "Follow-up ladder"): the firmest rung the situation calls for, and
 * only rungs not yet tried since the creator last replied. The reason is a code with the facts it
 * names; the instants in it are read in `timeZone`.
 */
export function suggestNext(s: ConversationState, now: Date, timeZone: string): NextMessage {
  const nowMs = now.getTime();
  const tried = new Set(s.rungsSinceReply);
  const since = s.awaitingReplySince;
  const waited = waitedMs(s, nowMs);
  const d = s.nextDeadline;
  const slipping = d !== null && (d.daysLate > 0 || Date.parse(d.dueAt) - nowMs <= DUE_SOON_MS);
  const deadline = d === null ? undefined : { name: d.name, dueDate: d.dueDate, daysLate: d.daysLate };
  const next = (kind: TemplateKind | null, code: SuggestionWhy['code'], facts: Omit<SuggestionWhy, 'code' | 'timeZone'> = {}): NextMessage => ({
    kind,
    why: { code, ...facts, timeZone },
  });
  const waiting = since === null ? {} : { since, messages: s.remindersSinceReply, slaHours: s.replySlaHours };

  // A notice is for what is still late: once the post is live, earlier deliverables are superseded.
  if (s.terminationAvailable && d !== null && d.daysLate > 0) {
    return tried.has('formal_notice') ? next(null, 'notice_sent', { deadline }) : next('formal_notice', 'notice_due', { deadline });
  }
  if (isLostContact(s, nowMs)) {
    const quiet = waited >= LOST_CONTACT_DAYS * 24 * HOUR_MS;
    const facts = { ...waiting, days: Math.floor(waited / (24 * HOUR_MS)) };
    const step = LOST_CONTACT_STEPS.find((k) => !tried.has(k));
    if (step) return next(step, quiet ? 'lost_days_try' : 'lost_messages_try', facts);
    return next(null, quiet ? 'lost_days_done' : 'lost_messages_done', facts);
  }
  if (s.ghosted && s.productReceivedOn !== null) {
    const step = GHOSTED_STEPS.find((k) => !tried.has(k));
    return step ? next(step, 'ghosted_try', { arrivedOn: s.productReceivedOn }) : next(null, 'ghosted_done', { arrivedOn: s.productReceivedOn });
  }
  if (s.creatorStuck && !tried.has('support_offer')) {
    return d ? next('support_offer', 'stuck_on', { deadline }) : next('support_offer', 'stuck');
  }
  if (since !== null && s.remindersSinceReply >= 2 && !s.deliveredSinceAwaiting && slipping) {
    return next('gentle_pressure', 'gentle_pressure', { ...waiting, deadline });
  }
  if (isReplyOverdue(s, nowMs)) {
    return next('warm_checkin', 'warm_checkin', { ...waiting, hours: Math.floor(waited / HOUR_MS) });
  }
  if (since === null && s.lastReplyAt !== null && slipping) {
    return next('caring_inquiry', 'caring_inquiry', { deadline });
  }
  if (since !== null) {
    return next(null, 'waiting', waiting);
  }
  // Nobody waits for a reply and no firmer rung applies: the rhythm says it is time to ask how it is going.
  if (s.checkIn) {
    const { arrivedOn, lastContactOn } = s.checkIn;
    if (lastContactOn === null) return next('check_in', 'check_in_arrived', { arrivedOn });
    return next('check_in', 'check_in_quiet', { days: calendarDaysBetween(lastContactOn, dateInZone(now, timeZone)) });
  }
  return byStage(s, tried, next);
}

type Next = (kind: TemplateKind | null, code: SuggestionWhy['code'], facts?: Omit<SuggestionWhy, 'code' | 'timeZone'>) => NextMessage;

function byStage(s: ConversationState, tried: ReadonlySet<string>, next: Next): NextMessage {
  const once = (kind: TemplateKind, code: SuggestionWhy['code'], facts?: Omit<SuggestionWhy, 'code' | 'timeZone'>): NextMessage => (tried.has(kind) ? next(null, 'nothing') : next(kind, code, facts));
  switch (s.stage) {
    case 'prospect':
      return s.lastReplyAt === null ? once('first_outreach', 'first_outreach') : next(null, 'nothing');
    case 'contract_sent':
      return once('contract_reminder', 'contract_reminder');
    case 'product_shipped':
    case 'product_received':
      return s.productReceivedOn ? once('did_it_arrive', 'arrived', { arrivedOn: s.productReceivedOn }) : once('did_it_arrive', 'on_its_way');
    case 'in_review':
      return once('review_feedback', 'review_feedback');
    case 'published':
      return once('thank_you', 'thank_you');
    default:
      return next(null, 'nothing');
  }
}
