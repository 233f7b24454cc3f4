import { formatInstantInZone, formatIsoDate } from '../dates';
import type { Stage } from '../stages';
import type { TemplateKind } from './kinds';
import { DUE_SOON_MS, HOUR_MS } from '../rules/health';
import { isLostContact, isReplyOverdue, LOST_CONTACT_DAYS, waitedMs } from '../rules/replyState';

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
}

export interface NextMessage {
  kind: TemplateKind | null;
  reason: string;
}

const LOST_CONTACT_STEPS: TemplateKind[] = ['lost_contact_comment', 'lost_contact_goodwill', 'formal_notice'];
// A gift has no clause to cite: its lost-contact steps stop before the formal notice.
const GHOSTED_STEPS: TemplateKind[] = ['lost_contact_comment', 'lost_contact_goodwill'];

/**
 * The follow-up ladder (DOMAIN "Follow-up ladder"): the firmest rung the situation calls for, and
 * only rungs not yet tried since the creator last replied. The reason is said in a sentence.
 */
export function suggestNext(s: ConversationState, now: Date, timeZone: string): NextMessage {
  const nowMs = now.getTime();
  const tried = new Set(s.rungsSinceReply);
  const since = s.awaitingReplySince;
  const sinceText = since ? formatInstantInZone(since, timeZone) : '';
  const waited = waitedMs(s, nowMs);
  const d = s.nextDeadline;
  const slipping = d !== null && (d.daysLate > 0 || Date.parse(d.dueAt) - nowMs <= DUE_SOON_MS);
  const deadlineText = d === null ? '' : d.daysLate > 0 ? `${d.name} is ${plural(d.daysLate, 'day')} late (due ${formatIsoDate(d.dueDate)})` : `${d.name} is due ${formatIsoDate(d.dueDate)}`;

  // A notice is for what is still late: once the post is live, earlier deliverables are superseded.
  if (s.terminationAvailable && d !== null && d.daysLate > 0) {
    if (tried.has('formal_notice')) return { kind: null, reason: `You sent the formal notice; ${deadlineText}, and the contract now lets you end the collaboration.` };
    return { kind: 'formal_notice', reason: `${deadlineText}: the contract now lets you end the collaboration, so put it in writing.` };
  }
  if (isLostContact(s, nowMs)) {
    const why =
      waited >= LOST_CONTACT_DAYS * 24 * HOUR_MS
        ? `No reply for ${plural(Math.floor(waited / (24 * HOUR_MS)), 'day')} after your message of ${sinceText}`
        : `${s.remindersSinceReply} messages since ${sinceText} without a reply`;
    const step = LOST_CONTACT_STEPS.find((k) => !tried.has(k));
    return step ? { kind: step, reason: `${why}: try another way in.` } : { kind: null, reason: `${why}, and every step has been tried. Consider ending the collaboration politely.` };
  }
  if (s.ghosted && s.productReceivedOn !== null) {
    const why = `The gift arrived on ${formatIsoDate(s.productReceivedOn)} and no post has come after the last follow-up`;
    const step = GHOSTED_STEPS.find((k) => !tried.has(k));
    return step ? { kind: step, reason: `${why}: try another way in.` } : { kind: null, reason: `${why}, and every step has been tried. Consider letting this one go politely.` };
  }
  if (s.creatorStuck && !tried.has('support_offer')) {
    return { kind: 'support_offer', reason: `They said they are stuck${d ? ` on ${d.name.toLowerCase()}` : ''}: offer material and someone to talk to.` };
  }
  if (since !== null && s.remindersSinceReply >= 2 && !s.deliveredSinceAwaiting && slipping) {
    return { kind: 'gentle_pressure', reason: `${s.remindersSinceReply} messages since ${sinceText} and no progress; ${deadlineText}.` };
  }
  if (isReplyOverdue(s, nowMs)) {
    return { kind: 'warm_checkin', reason: `No reply for ${Math.floor(waited / HOUR_MS)} h after your message of ${sinceText}; the reply time is ${s.replySlaHours} h.` };
  }
  if (since === null && s.lastReplyAt !== null && slipping) {
    return { kind: 'caring_inquiry', reason: `They reply, but ${deadlineText}.` };
  }
  if (since !== null) {
    return { kind: null, reason: `Waiting for a reply to your message of ${sinceText}; the reply time is ${s.replySlaHours} h.` };
  }
  return byStage(s, tried);
}

function byStage(s: ConversationState, tried: ReadonlySet<string>): NextMessage {
  const once = (kind: TemplateKind, reason: string): NextMessage => (tried.has(kind) ? nothing : { kind, reason });
  switch (s.stage) {
    case 'prospect':
      return s.lastReplyAt === null ? once('first_outreach', 'Not contacted yet: introduce yourself and the idea.') : nothing;
    case 'contract_sent':
      return once('contract_reminder', 'The contract is with the creator: a friendly reminder to read and sign it.');
    case 'product_shipped':
    case 'product_received':
      return once('did_it_arrive', s.productReceivedOn ? `The product arrived on ${formatIsoDate(s.productReceivedOn)}: check it is all right and say what comes next.` : 'The product is on its way: check it arrived safely.');
    case 'in_review':
      return once('review_feedback', 'A draft is in review: send your feedback within the review window.');
    case 'published':
      return once('thank_you', 'It is live: say thank you and ask them to rate the collaboration.');
    default:
      return nothing;
  }
}

const nothing: NextMessage = { kind: null, reason: 'Nothing to send now: the creator is not late and nobody is waiting for a reply.' };
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
