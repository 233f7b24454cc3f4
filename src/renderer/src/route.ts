import { useSyncExternalStore } from 'react';
import { CARD_TABS, type CardTab } from '../../shared/cardTabs';
import { cardPath } from '../../shared/cardPath';
import { type FollowUp, parseFollowUpSegment } from '../../shared/rules/followUp';
import { heldBack } from './leaving';
import { isOneOf } from '../../shared/oneOf';

// `contract` is the clause builder of one collaboration (#/contract/12), reached from its card.
export const PAGE_IDS = ['board', 'calendar', 'creators', 'campaigns', 'shipments', 'mailbox', 'import', 'templates', 'settings', 'contract'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export interface Route {
  page: PageId;
  /** `#/board/12` opens collaboration 12, so notifications and the palette can link to a card. */
  id: number | null;
  /** `#/board/12/messages` opens it on a tab, so a reminder can lead straight to the composer. */
  tab: CardTab | null;
  /** `#/board/12/messages/deadline_reminder@34`: the composer opens on that message, once. */
  followUp: FollowUp | null;
}

export function parseRoute(hash: string): Route {
  const [page, id, tab, followUp] = hash.replace(/^#\/?/, '').split('/');
  const known = PAGE_IDS.find((p) => p === page) ?? 'board';
  const n = Number(id);
  const card = Number.isInteger(n) && n > 0 ? n : null;
  const onTab = card !== null && isOneOf(CARD_TABS, tab) ? tab : null;
  return { page: known, id: card, tab: onTab, followUp: onTab === 'messages' ? parseFollowUpSegment(followUp) : null };
}

export function hrefOf(page: PageId, id?: number | null, tab?: CardTab | null, followUp?: FollowUp | null): string {
  return id ? `#${cardPath(id, tab, followUp, page)}` : `#/${page}`;
}

/** Settings opened at `#/settings/mailbox` shows its Mailbox tab, so a page can send the brand straight there. */
export const MAILBOX_SETTINGS_HREF = '#/settings/mailbox';

export const settingsTabOf = (hash: string): 'general' | 'mailbox' => (hash.replace(/^#\/?/, '') === 'settings/mailbox' ? 'mailbox' : 'general');

export function navigate(page: PageId, id?: number | null, tab?: CardTab | null, followUp?: FollowUp | null): void {
  window.location.hash = hrefOf(page, id, tab, followUp);
}

/** Opens a card's composer on a kind of message (about one deadline, if given). */
export function followUpOn(collaborationId: number, followUp: FollowUp): void {
  navigate('board', collaborationId, 'messages', followUp);
}

/**
 * Once the composer has taken its follow-up, the address keeps only the tab: a reload or a copy
 * of the address then opens the conversation without filling the composer again.
 */
export function dropFollowUp(route: Route): void {
  if (route.followUp === null || route.id === null) return;
  const hash = hrefOf(route.page, route.id, route.tab);
  window.history.replaceState(window.history.state, '', hash);
  current = hash;
  for (const listener of listeners) listener();
}

/*
 * The page follows the address only once its hashchange has been let through: reading the hash
 * straight from the address would switch pages on any render in between, before a page with
 * unsaved edits (leaving.ts) had the chance to ask and put the address back.
 */
let current: string | null = null;
const listeners = new Set<() => void>();

function currentHash(): string {
  if (current === null) {
    current = window.location.hash;
    window.addEventListener('hashchange', (event) => {
      if (heldBack(event)) return;
      current = window.location.hash;
      for (const listener of listeners) listener();
    });
  }
  return current;
}

const subscribe = (onChange: () => void) => {
  currentHash();
  listeners.add(onChange);
  return () => listeners.delete(onChange);
};

export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, currentHash));
}
