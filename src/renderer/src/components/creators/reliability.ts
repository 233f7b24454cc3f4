/*
 * How the renderer shows and orders reliability scores (the score itself is computed in
 * shared/accountability/reliability.ts). A creator without history has no score: never treat
 * that as 0, which would rank a newcomer below a creator with three strikes.
 */

export type ScoreColor = 'teal' | 'yellow' | 'red' | 'gray';

export function scoreColor(score: number | null): ScoreColor {
  if (score === null) return 'gray';
  if (score >= 80) return 'teal';
  if (score >= 60) return 'yellow';
  return 'red';
}

/** Best first; no score after every score. */
export function byScore(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/** The minimums a list can be narrowed to; 'any' hides nothing. */
export const MIN_SCORES = ['any', '60', '80'] as const;

/** A minimum hides creators without a score too: they have not shown they reach it. */
export function meetsMinimum(score: number | null, minimum: string): boolean {
  if (minimum === 'any') return true;
  return score !== null && score >= Number(minimum);
}

export type CreatorSort = 'name' | 'reliability';

/** Rows arrive by name; sorting by reliability keeps that order among equal scores. */
export function sortCreators<T extends { id: number }>(rows: T[], sort: CreatorSort, scoreOf: (id: number) => number | null): T[] {
  if (sort === 'name') return rows;
  return [...rows].sort((a, b) => byScore(scoreOf(a.id), scoreOf(b.id)));
}

/**
 * The new-collaboration picker: whom to work with first. Active creators by score, then the
 * inactive ones, who cannot be chosen but should not look missing.
 */
export function pickerOrder<T extends { id: number; active: boolean }>(creators: T[], scoreOf: (id: number) => number | null): T[] {
  return [...creators].sort((a, b) => Number(b.active) - Number(a.active) || byScore(scoreOf(a.id), scoreOf(b.id)));
}
