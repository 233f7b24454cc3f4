import { describe, expect, it } from 'vitest';
import { computePenalty, type PenaltyRule, toBasisPoints } from './penalty';

// DOMAIN defaults: 5 % per day, cap 50 %, no grace, termination from 10 days.
const rule: PenaltyRule = { enabled: true, feeMinor: 100_000, deductionBpPerDay: 500, capBp: 5_000, graceDays: 0, terminationDays: 10 };
const publish = (deliveredOn: string | null = null) => [{ dueDate: '2026-03-22', deliveredOn, deductible: true }];

describe('the DOMAIN example: fee 1000.00, publish due 2026-03-22', () => {
  it('3 days late as of 2026-03-25 → 150.00 (15 %)', () => {
    const r = computePenalty(rule, publish(), '2026-03-25');
    expect(r).toMatchObject({ daysLate: 3, daysCharged: 3, deductionMinor: 15_000, capReached: false, terminationAvailable: false });
  });

  it('10 days late as of 2026-04-01 → 500.00, the cap, and termination available', () => {
    const r = computePenalty(rule, publish(), '2026-04-01');
    expect(r).toMatchObject({ daysLate: 10, deductionMinor: 50_000, capMinor: 50_000, capReached: true, terminationAvailable: true });
  });
});

describe('counting rules', () => {
  it.each([
    // name, rule changes, milestones, asOf, expected
    ['delivered on the due date', {}, publish('2026-03-22'), '2026-04-30', { daysLate: 0, deductionMinor: 0 }],
    ['delivered early', {}, publish('2026-03-01'), '2026-04-30', { daysLate: 0, deductionMinor: 0 }],
    ['delivered late stops the clock', {}, publish('2026-03-24'), '2026-04-30', { daysLate: 2, deductionMinor: 10_000 }],
    ['not yet due', {}, publish(), '2026-03-20', { daysLate: 0, deductionMinor: 0 }],
    ['grace days are subtracted', { graceDays: 2 }, publish(), '2026-03-25', { daysLate: 3, daysCharged: 1, deductionMinor: 5_000 }],
    ['grace never goes below 0', { graceDays: 5 }, publish(), '2026-03-25', { daysCharged: 0, deductionMinor: 0 }],
    ['cap holds past it', {}, publish(), '2026-06-01', { deductionMinor: 50_000, capReached: true }],
    ['termination one day before the threshold', {}, publish(), '2026-03-31', { daysLate: 9, terminationAvailable: false }],
    ['termination counts charged days', { graceDays: 2 }, publish(), '2026-04-01', { daysCharged: 8, terminationAvailable: false }],
    ['clause switched off', { enabled: false }, publish(), '2026-04-30', { deductionMinor: 0, terminationAvailable: false, capReached: false }],
    ['a non-deductible milestone does not count', {}, [{ dueDate: '2026-03-01', deliveredOn: null, deductible: false }], '2026-04-30', { daysLate: 0, deductionMinor: 0 }],
    ['a milestone without a date does not count', {}, [{ dueDate: null, deliveredOn: null, deductible: true }], '2026-04-30', { daysLate: 0 }],
    [
      'the most delayed milestone counts, not the sum',
      {},
      [
        { dueDate: '2026-03-15', deliveredOn: '2026-03-19', deductible: true },
        { dueDate: '2026-03-22', deliveredOn: '2026-03-24', deductible: true },
      ],
      '2026-04-30',
      { daysLate: 4, deductionMinor: 20_000 },
    ],
    ['fractional percentages round half up in cents', { feeMinor: 33_333, deductionBpPerDay: 250 }, publish(), '2026-03-23', { perDayMinor: 833, deductionMinor: 833 }],
    ['zero-decimal currencies stay whole', { feeMinor: 150_000, deductionBpPerDay: 500 }, publish(), '2026-03-24', { deductionMinor: 15_000 }],
    ['a zero fee deducts nothing', { feeMinor: 0 }, publish(), '2026-04-30', { deductionMinor: 0 }],
  ] as const)('%s', (_name, changes, milestones, asOf, expected) => {
    expect(computePenalty({ ...rule, ...changes }, milestones, asOf)).toMatchObject(expected);
  });

  it('huge fees do not lose precision', () => {
    const r = computePenalty({ ...rule, feeMinor: 9_999_999_999_999 }, publish(), '2026-03-23');
    expect(r.deductionMinor).toBe(500_000_000_000);
  });

  it('converts percentages to whole basis points', () => {
    expect(toBasisPoints(5)).toBe(500);
    expect(toBasisPoints(2.55)).toBe(255);
    expect(toBasisPoints(0.1)).toBe(10);
  });
});
