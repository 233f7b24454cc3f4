import { daysLate } from '../dates';

/** The late-delivery clause as the calculator needs it (percentages in whole basis points). */
export interface PenaltyRule {
  enabled: boolean;
  feeMinor: number;
  deductionBpPerDay: number;
  capBp: number;
  graceDays: number;
  terminationDays: number;
  /** What amendments waived: a fixed amount, and a share of the deduction in basis points. */
  waivedMinor?: number;
  waivedBp?: number;
}

export interface PenaltyMilestone {
  dueDate: string | null;
  deliveredOn: string | null;
  deductible: boolean;
}

export interface PenaltyResult {
  /** Calendar days late of the most delayed milestone that counts towards the deduction. */
  daysLate: number;
  /** Days late after the grace days, never below 0: the days that cost money. */
  daysCharged: number;
  perDayMinor: number;
  capMinor: number;
  /** The clause applied to the days, before any waiver. */
  computedMinor: number;
  /** What was waived of it by agreement, never more than it. */
  waivedMinor: number;
  /** What is deducted: computed less waived. */
  deductionMinor: number;
  capReached: boolean;
  terminationAvailable: boolean;
}

export const toBasisPoints = (pct: number): number => Math.round(pct * 100);

/** fee × basis points, rounded half up, in integer arithmetic so no amount ever drifts. */
export function feeShare(feeMinor: number, bp: number, times = 1): number {
  const numerator = BigInt(feeMinor) * BigInt(bp) * BigInt(times);
  return Number((numerator + 5_000n) / 10_000n);
}

/**
 * The counting rules of DOMAIN.md: deduction = fee × P % × max(0, days late − grace), capped at
 * fee × C %; termination becomes available once the charged days reach the threshold. Delays
 * usually cascade (a late draft makes a late post), so the most delayed milestone counts rather
 * than the sum, and the brand never charges twice for the same days.
 */
export function computePenalty(rule: PenaltyRule, milestones: readonly PenaltyMilestone[], asOfDate: string): PenaltyResult {
  return penaltyFor(rule, worstDaysLate(milestones, asOfDate));
}

/** Calendar days late of the most delayed milestone that counts towards the deduction. */
export function worstDaysLate(milestones: readonly PenaltyMilestone[], asOfDate: string): number {
  let worst = 0;
  for (const m of milestones) {
    if (!m.deductible || m.dueDate === null) continue;
    worst = Math.max(worst, daysLate(m.dueDate, m.deliveredOn ?? asOfDate));
  }
  return worst;
}

/** The clause applied to a number of days late (see computePenalty). */
export function penaltyFor(rule: PenaltyRule, worst: number): PenaltyResult {
  const daysCharged = rule.enabled ? Math.max(0, worst - rule.graceDays) : 0;
  const capMinor = rule.enabled ? feeShare(rule.feeMinor, rule.capBp) : 0;
  const uncapped = feeShare(rule.feeMinor, rule.deductionBpPerDay, daysCharged);
  const computedMinor = Math.min(uncapped, capMinor);
  const waivedMinor = Math.min(computedMinor, (rule.waivedMinor ?? 0) + feeShare(computedMinor, rule.waivedBp ?? 0));
  return {
    daysLate: worst,
    daysCharged,
    perDayMinor: rule.enabled ? feeShare(rule.feeMinor, rule.deductionBpPerDay) : 0,
    capMinor,
    computedMinor,
    waivedMinor,
    deductionMinor: computedMinor - waivedMinor,
    capReached: rule.enabled && daysCharged > 0 && uncapped >= capMinor,
    terminationAvailable: rule.enabled && daysCharged >= rule.terminationDays,
  };
}
