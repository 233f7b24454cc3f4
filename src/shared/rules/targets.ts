/*
 * When a number misses its campaign target (DOMAIN "Performance"): worse than the target by more
 * than the margin. One test for the collaboration's flag and for the campaign dashboard.
 */

export const DEFAULT_MARGIN_PCT = 20;

/** 'min': at least the target (views, engagement rate); 'max': at most (costs, the budget). */
export type TargetKind = 'min' | 'max';

// Room for float error: 3 × (1 − 0.2) is 2.4000000000000004, and 2.4 is exactly at the margin.
const EPSILON = 1e-9;

/** How far a number is on the wrong side of its target, as a share of it (0.25: 25 % worse); negative when better. */
export const shortfallOf = (kind: TargetKind, actual: number, target: number): number => (kind === 'min' ? target - actual : actual - target) / target;

/** Worse than the target by more than the margin; exactly at the margin is within it. Unknown numbers and absent targets are not judged. */
export function isOffTarget(kind: TargetKind, actual: number | null, target: number | undefined, marginPct = DEFAULT_MARGIN_PCT): boolean {
  if (actual === null || target === undefined) return false;
  const worseBy = kind === 'min' ? target - actual : actual - target;
  return worseBy > target * (marginPct / 100 + EPSILON);
}
