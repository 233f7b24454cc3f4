import type { CampaignTargets } from '../schemas';
import { sayIn } from '../i18n/createI18n';
import { DEFAULT_MARGIN_PCT, isOffTarget, shortfallOf, type TargetKind } from '../rules/targets';
import { missWords } from './missText';
import { METRIC_FIELDS, type MetricField, type Performance, type TargetKey, type TargetMiss, type Verdict } from './schemas';

/*
 * The arithmetic of campaign performance. Unknown numbers stay unknown: a ratio over nothing or
 * over zero is null (shown as "—"), never NaN or Infinity.
 */

export type Reading = Record<MetricField, number | null> & { costMinor: number | null };

const sum = (values: (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
};

/** Divides, or null when either side is unknown or the divisor is zero. */
export const ratio = (top: number | null, bottom: number | null, scale = 1): number | null =>
  top === null || bottom === null || bottom === 0 ? null : (top / bottom) * scale;

/**
 * The newest reading of each post added up. The cost is what the posts say they cost; when none
 * does, the collaboration's fee (if any) is what the brand paid for them.
 */
export function performanceOf(readings: readonly Reading[], feeMinor: number | null): Performance {
  const total = totalsOf(readings);
  const postCost = sum(readings.map((r) => r.costMinor));
  const costMinor = postCost ?? (readings.length > 0 && feeMinor !== null && feeMinor > 0 ? feeMinor : null);
  return withRates(readings.length, total, sum([total.likes, total.comments, total.shares, total.saves]), costMinor);
}

/** Campaign totals from the collaborations' own (so each fee counts once). */
export function combine(parts: readonly Performance[]): Performance {
  const posts = parts.reduce((n, p) => n + p.posts, 0);
  return withRates(posts, totalsOf(parts), sum(parts.map((p) => p.engagements)), sum(parts.map((p) => p.costMinor)));
}

const totalsOf = (rows: readonly Record<MetricField, number | null>[]) =>
  Object.fromEntries(METRIC_FIELDS.map((f) => [f, sum(rows.map((r) => r[f]))])) as Record<MetricField, number | null>;

function withRates(posts: number, total: Record<MetricField, number | null>, engagements: number | null, costMinor: number | null): Performance {
  return {
    posts,
    ...total,
    engagements,
    costMinor,
    engagementRatePct: ratio(engagements, total.views, 100),
    cpmMinor: ratio(costMinor, total.views, 1000),
    cpeMinor: ratio(costMinor, engagements),
    cpcMinor: ratio(costMinor, total.clicks),
    costPerConversionMinor: ratio(costMinor, total.conversions),
  };
}

interface TargetRule {
  key: TargetKey;
  kind: TargetKind;
  actual: (p: Performance) => number | null;
}

// The English the API sends along for scripts and logs; the pages and printouts say a miss from its numbers.
const english = sayIn('en');

const RULES: TargetRule[] = [
  { key: 'views', kind: 'min', actual: (p) => p.views },
  { key: 'clicks', kind: 'min', actual: (p) => p.clicks },
  { key: 'conversions', kind: 'min', actual: (p) => p.conversions },
  { key: 'engagementRatePct', kind: 'min', actual: (p) => p.engagementRatePct },
  { key: 'cpmMaxMinor', kind: 'max', actual: (p) => p.cpmMinor },
  { key: 'cpeMaxMinor', kind: 'max', actual: (p) => p.cpeMinor },
  { key: 'costPerConversionMaxMinor', kind: 'max', actual: (p) => p.costPerConversionMinor },
];

/**
 * Flags numbers that miss a target by more than the margin: below (1 − margin) × target for "at
 * least" targets, above (1 + margin) × target for "at most" ones. The targets are the ones these
 * numbers answer to: a collaboration's part of its campaign's (metrics/targetShares), or the
 * campaign's own for its totals. A target whose number is unknown is not judged. Without any post
 * yet there is nothing to judge.
 */
export function judge(p: Performance, targets: CampaignTargets, currency: string): Verdict {
  const marginPct = targets.marginPct ?? DEFAULT_MARGIN_PCT;
  if (p.posts === 0) return { judged: false, underperforming: false, marginPct, misses: [] };
  const misses: TargetMiss[] = [];
  for (const rule of RULES) {
    const expected = targets[rule.key];
    const actual = rule.actual(p);
    // A zero target (a part of nothing) has nothing to be off by.
    if (expected === undefined || actual === null || expected === 0 || !isOffTarget(rule.kind, actual, expected, marginPct)) continue;
    const offByPct = Math.round(shortfallOf(rule.kind, actual, expected) * 1000) / 10;
    misses.push({ target: rule.key, expected, actual, offByPct, text: missWords(english, 'en-GB', { target: rule.key, expected, actual, offByPct }, currency) });
  }
  return { judged: true, underperforming: misses.length > 0, marginPct, misses };
}
