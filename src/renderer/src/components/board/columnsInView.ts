import type { Stage } from '../../../../shared/stages';

/** Below this many cards the board draws every column's cards, in view or not. */
export const WINDOWED_FROM_CARDS = 200;

export interface ColumnBox {
  stage: Stage;
  width: number;
}

/**
 * The columns whose cards are drawn: those in the board's visible span, and one column's width
 * either side so a short scroll finds them drawn. A large board draws only these (each column
 * already draws only the cards in its own view); a small one draws every column.
 */
export function columnsInView(columns: ColumnBox[], span: { left: number; width: number }, gap: number, slack: number): Set<Stage> {
  const shown = new Set<Stage>();
  let x = 0;
  for (const column of columns) {
    const right = x + column.width;
    if (right >= span.left - slack && x <= span.left + span.width + slack) shown.add(column.stage);
    x = right + gap;
  }
  return shown;
}
