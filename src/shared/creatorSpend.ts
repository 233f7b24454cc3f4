import { isAgreed } from './rules/stageGroups';
import type { Stage } from './stages';

/** Fees agreed with a creator, per currency: collaborations signed or beyond (an early end after signing still counts). */
export function agreedSpend(collaborations: readonly { stage: Stage; feeMinor: number; currency: string }[]): { currency: string; feeMinor: number }[] {
  const totals = new Map<string, number>();
  for (const c of collaborations) {
    if (isAgreed(c.stage) && c.feeMinor > 0) totals.set(c.currency, (totals.get(c.currency) ?? 0) + c.feeMinor);
  }
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, feeMinor]) => ({ currency, feeMinor }));
}
