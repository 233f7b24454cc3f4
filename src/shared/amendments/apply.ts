import type { AmendmentFacts } from './schemas';

/*
 * What the amendments to the version in force come to, in one place: the deadlines, the fee and
 * the deduction read them from here (server, renderer and bench alike).
 */

type Facts<K extends AmendmentFacts['kind']> = Extract<AmendmentFacts, { kind: K }>;
const ofKind = <K extends AmendmentFacts['kind']>(all: readonly AmendmentFacts[], kind: K) => all.filter((a): a is Facts<K> => a.kind === kind);

/** The date each moved milestone is now due (the latest agreement wins), by milestone key. */
export function extendedDates(amendments: readonly AmendmentFacts[]): Map<string, string> {
  return new Map(ofKind(amendments, 'extension').map((a) => [a.milestoneKey, a.toDate]));
}

/** The fee as last agreed, or the contract's when it was never changed. */
export function amendedFee(amendments: readonly AmendmentFacts[], contractFeeMinor: number): number {
  return ofKind(amendments, 'fee_change').at(-1)?.toMinor ?? contractFeeMinor;
}

/** Every waiver together: fixed amounts add up, shares add up to at most the whole deduction. */
export function waiverTotals(amendments: readonly AmendmentFacts[]): { waivedMinor: number; waivedBp: number } {
  const waivers = ofKind(amendments, 'waiver');
  return {
    waivedMinor: waivers.reduce((n, w) => n + (w.amountMinor ?? 0), 0),
    waivedBp: Math.min(10_000, waivers.reduce((n, w) => n + (w.waivedBp ?? 0), 0)),
  };
}
