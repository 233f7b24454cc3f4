import { useSyncExternalStore } from 'react';
import { CardTab } from '../../shared/cardTabs';

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

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
