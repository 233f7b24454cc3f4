import { useSyncExternalStore } from 'react';
import { CardTab } from '../../shared/cardTabs';
import { heldBack } from './leaving';

// `contract` is the clause builder of one collaboration (#/contract/12), reached from its card.
export const PAGE_IDS = ['board', 'calendar', 'creators', 'campaigns', 'import', 'templates', 'settings', 'contract'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export interface Route {
  page: PageId;
  /** `#/board/12` opens collaboration 12, so notifications and the palette can link to a card. */
  id: number | null;
  /** `#/board/12/messages` opens it on a tab, so a reminder can lead straight to the composer. */
  tab: CardTab | null;
}

export function parseRoute(hash: string): Route {
  const [page, id, tab] = hash.replace(/^#\/?/, '').split('/');
  const known = PAGE_IDS.find((p) => p === page) ?? 'board';
  const n = Number(id);
  const card = Number.isInteger(n) && n > 0 ? n : null;
  const parsedTab = CardTab.safeParse(tab);
  return { page: known, id: card, tab: card !== null && parsedTab.success ? parsedTab.data : null };
}

export function hrefOf(page: PageId, id?: number | null, tab?: CardTab | null): string {
  if (!id) return `#/${page}`;
  return tab ? `#/${page}/${id}/${tab}` : `#/${page}/${id}`;
}

export function navigate(page: PageId, id?: number | null, tab?: CardTab | null): void {
  window.location.hash = hrefOf(page, id, tab);
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
