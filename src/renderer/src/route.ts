import { useSyncExternalStore } from 'react';

// `contract` is the clause builder of one collaboration (#/contract/12), reached from its card.
export const PAGE_IDS = ['board', 'calendar', 'creators', 'campaigns', 'templates', 'settings', 'contract'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export interface Route {
  page: PageId;
  /** `#/board/12` opens collaboration 12, so notifications and the palette can link to a card. */
  id: number | null;
}

function parse(hash: string): Route {
  const [page, id] = hash.replace(/^#\/?/, '').split('/');
  const known = PAGE_IDS.find((p) => p === page) ?? 'board';
  const n = Number(id);
  return { page: known, id: Number.isInteger(n) && n > 0 ? n : null };
}

export function hrefOf(page: PageId, id?: number | null): string {
  return id ? `#/${page}/${id}` : `#/${page}`;
}

export function navigate(page: PageId, id?: number | null): void {
  window.location.hash = hrefOf(page, id);
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parse(hash);
}
