import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../shared/i18n/createI18n';
import { judge, performanceOf, type Reading } from '../../../../shared/metrics/performance';
import { missText } from './missText';

const reading = (r: Partial<Reading>): Reading => ({ views: null, reach: null, likes: null, comments: null, shares: null, saves: null, clicks: null, conversions: null, costMinor: null, ...r });
const words = (locale: 'en' | 'zh' | 'nl') => createI18n(locale).getFixedT(locale, 'campaigns');

// Every target missed at once: views, clicks and conversions below, the rate below, every cost above.
const verdict = judge(
  performanceOf([reading({ views: 6_200, likes: 40, clicks: 12, conversions: 1, costMinor: 123_456 })], null),
  { views: 100_000, clicks: 900, conversions: 30, engagementRatePct: 3, cpmMaxMinor: 850, cpeMaxMinor: 35, costPerConversionMaxMinor: 2_000 },
  3,
  'EUR',
);

describe('missText', () => {
  it('reads in English exactly as the text the API sends', () => {
    expect(verdict.misses).toHaveLength(7);
    for (const miss of verdict.misses) expect(missText(words('en'), 'en-GB', miss, 'EUR')).toBe(miss.text);
  });

  it('writes the numbers and words of the interface language', () => {
    const views = verdict.misses.find((m) => m.target === 'views')!;
    expect(missText(words('nl'), 'nl-NL', views, 'EUR')).toBe('Weergaven 6.200 vs 33.333 verwacht (81 % te laag)');
    expect(missText(words('zh'), 'zh-CN', views, 'EUR')).toBe('浏览量 6,200，预期 33,333（低 81%）');
  });
});
