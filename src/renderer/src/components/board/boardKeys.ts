import type { BoardCard } from '../../../../shared/schemas';
import { STAGES, type Stage } from '../../../../shared/stages';

export type ByStage = Record<Stage, BoardCard[]>;

/** Where a card sits on the board: its column and its place in it. */
function place(byStage: ByStage, id: number): { column: number; row: number } | null {
  for (let column = 0; column < STAGES.length; column++) {
    const row = byStage[STAGES[column]!].findIndex((c) => c.id === id);
    if (row >= 0) return { column, row };
  }
  return null;
}

/**
 * The card an arrow key leads to from `id`: up and down within the column, left and right to the
 * same row of the nearest column that has cards (or its last card), Home and End to the column's ends.
 */
export function cardAfterKey(byStage: ByStage, id: number, key: string): number | null {
  const from = place(byStage, id);
  if (!from) return null;
  const column = byStage[STAGES[from.column]!];
  switch (key) {
    case 'ArrowUp':
      return column[Math.max(0, from.row - 1)]!.id;
    case 'ArrowDown':
      return column[Math.min(column.length - 1, from.row + 1)]!.id;
    case 'Home':
      return column[0]!.id;
    case 'End':
      return column[column.length - 1]!.id;
    case 'ArrowLeft':
    case 'ArrowRight': {
      const step = key === 'ArrowLeft' ? -1 : 1;
      for (let c = from.column + step; c >= 0 && c < STAGES.length; c += step) {
        const next = byStage[STAGES[c]!];
        if (next.length > 0) return next[Math.min(from.row, next.length - 1)]!.id;
      }
      return id;
    }
    default:
      return null;
  }
}

/** The board's one tab stop: the card last focused if it is still shown, else the first card. */
export function tabStop(byStage: ByStage, wanted: number | null): number | null {
  let first: number | null = null;
  for (const stage of STAGES) {
    for (const card of byStage[stage]) {
      if (card.id === wanted) return wanted;
      first ??= card.id;
    }
  }
  return first;
}
