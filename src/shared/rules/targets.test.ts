import { describe, expect, it } from 'vitest';
import { judge } from '../metrics/performance';
import type { Performance } from '../metrics/schemas';
import { isOffTarget, shortfallOf } from './targets';

const posts = (over: Partial<Performance>): Performance => ({
  posts: 1, views: null, reach: null, likes: null, comments: null, shares: null, saves: null, clicks: null, conversions: null,
  engagements: null, costMinor: null, engagementRatePct: null, cpmMinor: null, cpeMinor: null, cpcMinor: null, costPerConversionMinor: null,
  ...over,
});

describe('off target', () => {
  it('is within the margin exactly at it, though 3 × 0.8 is not 2.4 in floating point', () => {
    expect(3 * (1 - 0.2)).not.toBe(2.4);
    expect(isOffTarget('min', 2.4, 3, 20)).toBe(false);
    expect(isOffTarget('min', 2.39, 3, 20)).toBe(true);
    expect(isOffTarget('max', 1.2 * 1.1, 1.1, 20)).toBe(false);
    expect(isOffTarget('max', 1.33, 1.1, 20)).toBe(true);
  });

  it('agrees with the collaboration flag at the margin, so the dashboard and the card say the same', () => {
    const targets = { engagementRatePct: 3, marginPct: 20 };
    for (const rate of [2.39, 2.4, 2.41]) {
      const flagged = judge(posts({ engagementRatePct: rate }), targets, 'EUR').underperforming;
      expect(flagged, String(rate)).toBe(isOffTarget('min', rate, 3, 20));
    }
    expect(judge(posts({ engagementRatePct: 2.4 }), targets, 'EUR').underperforming).toBe(false);
  });

  it('says how far off as a share of the target', () => {
    expect(shortfallOf('min', 75, 100)).toBe(0.25);
    expect(shortfallOf('max', 130, 100)).toBeCloseTo(0.3);
    expect(shortfallOf('max', 80, 100)).toBeCloseTo(-0.2);
  });
});
