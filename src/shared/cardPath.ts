import type { CardTab } from './cardTabs';
import { type FollowUp, followUpSegment } from './rules/followUp';

/**
 * A card's place in the app's address, without `#`: `/board/12`, `/board/12/messages`, and with a
 * follow-up `/board/12/messages/deadline_reminder@34`. The page and the desktop shell both write it.
 */
export function cardPath(collaborationId: number, tab?: CardTab | null, followUp?: FollowUp | null, page = 'board'): string {
  if (!tab) return `/${page}/${collaborationId}`;
  return tab === 'messages' && followUp ? `/${page}/${collaborationId}/${tab}/${followUpSegment(followUp)}` : `/${page}/${collaborationId}/${tab}`;
}
