import type { MantineColor } from '@mantine/core';
import type { BoardCard } from '../../../../shared/schemas';
import { formatDate, formatDateTime, stageAge } from '../../format';
import { appNow } from '../../clock';
import { i18n } from '../../i18n';

export interface ConversationLine {
  text: string;
  color: MantineColor | undefined;
  /** The dates behind the words, for the native tooltip. */
  title: string;
}

type Conversation = Pick<BoardCard, 'health' | 'waitingOn' | 'waitingSince' | 'lastContactAt'> & Partial<Pick<BoardCard, 'productReceivedOn'>>;

/** Who owes the next message and for how long, in the words a card has room for. */
export function conversationLine(card: Conversation, now: Date = appNow()): ConversationLine {
  const t = i18n.t;
  const last = card.lastContactAt ? t('board:conversation.lastContact', { date: formatDateTime(card.lastContactAt) }) : t('board:conversation.noMessagesLogged');
  if (card.health === 'ghosted' && card.productReceivedOn) {
    const title = t('board:conversation.ghostedTitle', { date: formatDate(card.productReceivedOn), last });
    return { text: t('board:conversation.ghosted', { age: stageAge(card.productReceivedOn, now) }), color: 'red', title };
  }
  if (card.waitingOn === 'creator' && card.waitingSince) {
    const age = stageAge(card.waitingSince, now);
    const title = t('board:conversation.unansweredTitle', { date: formatDateTime(card.waitingSince), last });
    if (card.health === 'lost_contact') return { text: t('board:conversation.lostContact', { age }), color: 'red', title };
    if (card.health === 'no_reply') return { text: t('board:conversation.noReply', { age }), color: 'orange', title };
    return { text: t('board:conversation.waitingOnThem', { age }), color: 'dimmed', title };
  }
  if (card.waitingOn === 'brand' && card.waitingSince) {
    return { text: t('board:conversation.yourTurn', { age: stageAge(card.waitingSince, now) }), color: 'blue', title: last };
  }
  if (card.lastContactAt) return { text: t('board:conversation.lastContactAgo', { age: stageAge(card.lastContactAt, now) }), color: 'dimmed', title: last };
  return { text: t('board:conversation.noMessages'), color: 'dimmed', title: last };
}
