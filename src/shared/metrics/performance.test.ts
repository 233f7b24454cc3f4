import { describe, expect, it } from 'vitest';
import { combine, judge, performanceOf, type Reading } from './performance';
import type { CampaignTargets } from '../schemas';
import { shareTargets } from './targetShares';

const reading = (r: Partial<Reading>): Reading => ({
  views: null,
  reach: null,
  likes: null,
  comments: null,
  shares: null,
  saves: null,
  clicks: null,
  conversions: null,
  costMinor: null,
  ...r,
});

describe('performance numbers', () => {
  it('adds up the posts and derives the rates', () => {
    const p = performanceOf([reading({ views: 30_000, likes: 900, comments: 60, shares: 30, saves: 10, clicks: 300, conversions: 12, costMinor: 60_000 }), reading({ views: 10_000, likes: 100 })], null);
    expect(p).toMatchObject({ posts: 2, views: 40_000, engagements: 1_100, costMinor: 60_000, clicks: 300, conversions: 12 });
    expect(p.engagementRatePct).toBeCloseTo(2.75);
    expect(p.cpmMinor).toBe(1_500); // €600 per 40,000 views = €15 per 1,000
    expect(p.cpeMinor).toBeCloseTo(54.545, 2);
    expect(p.cpcMinor).toBe(200);
    expect(p.costPerConversionMinor).toBe(5_000);
  });

  it.each([
    ['zero views', reading({ views: 0, likes: 5, costMinor: 10_000 }), { engagementRatePct: null, cpmMinor: null, cpeMinor: 2_000 }],
    ['zero cost', reading({ views: 1_000, likes: 10, costMinor: 0, clicks: 0 }), { cpmMinor: 0, cpeMinor: 0, cpcMinor: null }],
    ['nothing known', reading({}), { views: null, engagements: null, engagementRatePct: null, cpmMinor: null, cpeMinor: null, cpcMinor: null, costPerConversionMinor: null }],
    ['no engagements counted', reading({ views: 500 }), { engagements: null, engagementRatePct: null }],
  ] as const)('%s gives "—", never NaN or Infinity', (_name, r, expected) => {
    const p = performanceOf([r], null);
    expect(p).toMatchObject(expected);
    for (const v of Object.values(p)) if (v !== null) expect(Number.isFinite(v)).toBe(true);
  });

  it('counts the fee as the cost when no post says what it cost, but not before there is a post', () => {
    expect(performanceOf([reading({ views: 20_000 })], 50_000)).toMatchObject({ costMinor: 50_000, cpmMinor: 2_500 });
    expect(performanceOf([], 50_000)).toMatchObject({ posts: 0, costMinor: null });
    expect(performanceOf([reading({ views: 20_000 })], 0).costMinor).toBeNull();
  });

  it('campaign totals count each collaboration once', () => {
    const a = performanceOf([reading({ views: 10_000, likes: 100 })], 10_000);
    const b = performanceOf([reading({ views: 30_000, likes: 300 })], 30_000);
    expect(combine([a, b])).toMatchObject({ posts: 2, views: 40_000, engagements: 400, costMinor: 40_000, cpmMinor: 1_000, engagementRatePct: 1 });
    expect(combine([])).toMatchObject({ posts: 0, views: null, cpmMinor: null });
  });
});

describe('targets and the flag', () => {
  /** One of four collaborations meant to post once each. */
  const aQuarterOf = (targets: CampaignTargets) => shareTargets(targets, [1, 2, 3, 4].map((id) => ({ id, posts: 1, own: null }))).get(1)!.targets;
  const views = (n: number) => performanceOf([reading({ views: n, likes: Math.round(n * 0.04) })], 100_000);

  it.each([
    // Campaign target 100,000 views over 4 collaborations: 25,000 each, flagged below 20,000 (20 % margin).
    [20_000, false],
    [19_999, true],
    [25_000, false],
  ])('views %i of an expected 25,000 → flagged %s', (n, flagged) => {
    expect(judge(views(n), aQuarterOf({ views: 100_000 }), 'EUR').underperforming).toBe(flagged);
  });

  it('rates and costs: at least / at most, at the margin', () => {
    const p = performanceOf([reading({ views: 10_000, likes: 240, costMinor: 24_000 })], null); // 2.4 %, CPM €24
    expect(judge(p, { engagementRatePct: 3 }, 'EUR').underperforming).toBe(false); // 2.4 = 3 × 0.8 exactly
    expect(judge(p, { engagementRatePct: 3.01 }, 'EUR').underperforming).toBe(true);
    expect(judge(p, { cpmMaxMinor: 2_000 }, 'EUR').underperforming).toBe(false); // 24 = 20 × 1.2 exactly
    expect(judge(p, { cpmMaxMinor: 1_999 }, 'EUR').underperforming).toBe(true);
    expect(judge(p, { cpmMaxMinor: 1_999, marginPct: 25 }, 'EUR').underperforming).toBe(false);
  });

  it('says what was missed and by how much', () => {
    const verdict = judge(views(5_000), aQuarterOf({ views: 100_000, engagementRatePct: 6, cpmMaxMinor: 1_000 }), 'EUR');
    expect(verdict).toMatchObject({ judged: true, underperforming: true, marginPct: 20 });
    expect(verdict.misses.map((m) => m.text)).toEqual([
      'Views 5,000 vs 25,000 expected (80 % below)',
      'Engagement rate 4.0 % vs 6.0 % expected (33 % below)',
      'CPM €200 vs €10 at most (1900 % above)',
    ]);
  });

  it('does not judge without numbers, nor a target whose number is unknown', () => {
    expect(judge(performanceOf([], 100_000), { views: 100_000 }, 'EUR')).toEqual({ judged: false, underperforming: false, marginPct: 20, misses: [] });
    expect(judge(performanceOf([reading({ likes: 10 })], null), { views: 100_000, cpmMaxMinor: 100 }, 'EUR')).toMatchObject({ judged: true, underperforming: false });
  });
});
