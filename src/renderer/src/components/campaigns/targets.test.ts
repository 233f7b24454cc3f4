import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../../shared/i18n/createI18n';
import { describeTargets, offTarget, progressPct } from './targets';

const en = createI18n('en').getFixedT('en', 'campaigns');

describe('describeTargets', () => {
  it('lists counts, the rate, cost ceilings in the currency and the margin', () => {
    expect(describeTargets(en, 'en-GB', { views: 100_000, engagementRatePct: 3, cpmMaxMinor: 850, marginPct: 25 }, 'EUR')).toBe(
      '100,000 views · 3.00 % engagement · CPM at most €8.50 · flagged 25 % off target',
    );
  });

  it('writes the numbers the way the language does', () => {
    const nl = createI18n('nl').getFixedT('nl', 'campaigns');
    expect(describeTargets(nl, 'nl-NL', { views: 100_000, engagementRatePct: 3 }, 'EUR')).toBe('100.000 weergaven · 3,00 % engagementrate');
  });

  it('is empty without targets', () => {
    expect(describeTargets(en, 'en-GB', {}, 'EUR')).toBe('');
  });
});

describe('offTarget', () => {
  it('allows the margin either way', () => {
    expect(offTarget('min', 2.5, 3)).toBe(false);
    expect(offTarget('min', 2.3, 3)).toBe(true);
    expect(offTarget('max', 1150, 1000)).toBe(false);
    expect(offTarget('max', 1300, 1000)).toBe(true);
    expect(offTarget('max', 1100, 1000, 5)).toBe(true);
  });

  it('does not judge what is unknown or has no target', () => {
    expect(offTarget('min', null, 3)).toBe(false);
    expect(offTarget('min', 1, undefined)).toBe(false);
  });
});

describe('progressPct', () => {
  it('caps at 100 and counts unknown as nothing yet', () => {
    expect(progressPct(50_000, 100_000)).toBe(50);
    expect(progressPct(250_000, 100_000)).toBe(100);
    expect(progressPct(null, 100_000)).toBe(0);
    expect(progressPct(10, 0)).toBeNull();
    expect(progressPct(10, undefined)).toBeNull();
  });
});
