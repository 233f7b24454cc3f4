import type { MantineColor } from '@mantine/core';
import type { BoardCard } from '../../../../shared/schemas';
import { formatDate, formatDateTime, stageAge } from '../../format';
import { appNow } from '../../clock';

export interface ConversationLine {
  text: string;
  color: MantineColor | undefined;
  /** The dates behind the words, for the native tooltip. */
  title: string;
}

type Conversation = Pick<BoardCard, 'health' | 'waitingOn' | 'waitingSince' | 'lastContactAt'> & Partial<Pick<BoardCard, 'productReceivedOn'>>;

/** Who owes the next message and for how long, in the words a card has room for. */
export function conversationLine(card: Conversation, now: Date = appNow()): ConversationLine {
  const last = card.lastContactAt ? `Last contact ${formatDateTime(card.lastContactAt)}` : 'No messages logged yet';
  if (card.health === 'ghosted' && card.productReceivedOn) {
    const title = `The gift arrived on ${formatDate(card.productReceivedOn)}; no post after the follow-ups on day 7, 10 and 14 · ${last}`;
    return { text: `Ghosted · gift arrived ${stageAge(card.productReceivedOn, now)} ago`, color: 'red', title };
  }
  if (card.waitingOn === 'creator' && card.waitingSince) {
    const waited = stageAge(card.waitingSince, now);
    const title = `Your message of ${formatDateTime(card.waitingSince)} is unanswered · ${last}`;
    if (card.health === 'lost_contact') return { text: `Lost contact · no reply for ${waited}`, color: 'red', title };
    if (card.health === 'no_reply') return { text: `No reply for ${waited}`, color: 'orange', title };
    return { text: `Waiting on them · ${waited}`, color: 'dimmed', title };
  }
  if (card.waitingOn === 'brand' && card.waitingSince) {
    return { text: `Your turn · they wrote ${stageAge(card.waitingSince, now)} ago`, color: 'blue', title: last };
  }
  if (card.lastContactAt) return { text: `Last contact ${stageAge(card.lastContactAt, now)} ago`, color: 'dimmed', title: last };
  return { text: 'No messages yet', color: 'dimmed', title: last };
}
