import { useSyncExternalStore } from 'react';

/*
 * The board's selection, kept outside React state so that ticking one card re-renders that card's
 * box and the selection bar, not the board.
 */

let selected: ReadonlySet<number> = new Set();
const listeners = new Set<() => void>();

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const set = (next: ReadonlySet<number>) => {
  selected = next;
  for (const listener of listeners) listener();
};

export const selection = {
  toggle(id: number) {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    set(next);
  },
  clear: () => set(new Set()),
  /** Keeps only ids still on the board (others were moved away by another window, archived…). */
  keep(ids: ReadonlySet<number>) {
    if ([...selected].some((id) => !ids.has(id))) set(new Set([...selected].filter((id) => ids.has(id))));
  },
};

export const useIsSelected = (id: number) => useSyncExternalStore(subscribe, () => selected.has(id));
export const useSelection = () => useSyncExternalStore(subscribe, () => selected);
