import { describe, expect, it } from 'vitest';
import { sayIn } from '../i18n/createI18n';
import { missWords } from './missText';
import { judge, performanceOf, type Reading } from './performance';
import { shareTargets } from './targetShares';

const reading = (r: Partial<Reading>): Reading => ({ views: null, reach: null, likes: null, comments: null, shares: null, saves: null, clicks: null, conversions: null, costMinor: null, ...r });

// Every target missed at once: views, clicks and conversions below, the rate below, every cost above.
// One of three collaborations meant to post once each: a third of the campaign's counts.
const campaign = { views: 100_000, clicks: 900, conversions: 30, engagementRatePct: 3, cpmMaxMinor: 850, cpeMaxMinor: 35, costPerConversionMaxMinor: 2_000 };
const verdict = judge(
  performanceOf([reading({ views: 6_200, likes: 40, clicks: 12, conversions: 1, costMinor: 123_456 })], null),
  shareTargets(campaign, [1, 2, 3].map((id) => ({ id, posts: 1, own: null }))).get(1)!.targets,
  'EUR',
);

describe('missWords', () => {
  it('reads in English exactly as the text the API sends', () => {
    expect(verdict.misses).toHaveLength(7);
    for (const miss of verdict.misses) expect(missWords(sayIn('en'), 'en-GB', miss, 'EUR')).toBe(miss.text);
  });

  it('writes the numbers and words of the interface language', () => {
    const views = verdict.misses.find((m) => m.target === 'views')!;
    expect(missWords(sayIn('nl'), 'nl-NL', views, 'EUR')).toBe('Weergaven 6.200 vs 33.333 verwacht (81 % te laag)');
    expect(missWords(sayIn('zh'), 'zh-CN', views, 'EUR')).toBe('浏览量 6,200，预期 33,333（低 81%）');
  });
});
