import { type Stage, STAGES } from './stages';

/** Signed or beyond, also if it ended early after signing: the stages in order from Signed up to Declined. */
const AGREED: ReadonlySet<Stage> = new Set(STAGES.slice(STAGES.indexOf('signed'), STAGES.indexOf('declined')));

/** Fees agreed with a creator, per currency: collaborations signed or beyond (an early end after signing still counts). */
export function agreedSpend(collaborations: readonly { stage: Stage; feeMinor: number; currency: string }[]): { currency: string; feeMinor: number }[] {
  const totals = new Map<string, number>();
  for (const c of collaborations) {
    if (AGREED.has(c.stage) && c.feeMinor > 0) totals.set(c.currency, (totals.get(c.currency) ?? 0) + c.feeMinor);
  }
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, feeMinor]) => ({ currency, feeMinor }));
}
