import { describe, expect, it } from 'vitest';
import { SEED } from './fixtures';
import { presetTerms } from './presets';
import type { ContractTerms } from './terms';
import { contractWarnings, draftWarnings, giftedWithoutAd, type WarningContext } from './warnings';

const ctx: WarningContext = {
  creatorRegion: 'EU',
  publishBy: null,
  signedOn: '2026-02-20',
  productReceivedOn: '2026-03-02',
  holidays: new Set(),
};
const paid = presetTerms('paid_video', SEED);
const warnings = (terms: ContractTerms, over: Partial<WarningContext> = {}) => contractWarnings(terms, { ...ctx, ...over });
const codes = (terms: ContractTerms, over: Partial<WarningContext> = {}) => warnings(terms, over).map((w) => w.code);

describe('contractWarnings', () => {
  it('knows “#gifted” alone from a label that also says it is an ad', () => {
    for (const label of ['#gifted', '#Gifted by Lumen', 'gifted']) expect(giftedWithoutAd(label), label).toBe(true);
    for (const label of ['#gifted #ad', '#ad', 'Advert – gifted', '#gifted #advertisement', '']) expect(giftedWithoutAd(label), label).toBe(false);
    const uk = { ...paid, brief: { ...paid.brief, disclosureMarket: 'uk' as const, disclosure: '#gifted' } };
    expect(codes(uk)).toContain('gifted_alone_uk');
    expect(codes({ ...uk, brief: { ...uk.brief, disclosureMarket: 'eu' } })).not.toContain('gifted_alone_uk');
  });

  it('the paid video preset is clean for an ordinary date', () => {
    expect(warnings(paid)).toEqual([]);
  });

  it('warns when there are no dates', () => {
    expect(codes({ ...paid, milestones: [] })).toContain('no_dates');
  });

  it('warns when a late delivery costs nothing', () => {
    expect(codes({ ...paid, lateDelivery: { ...paid.lateDelivery, enabled: false } })).toContain('no_consequence');
    // Seeding has no fee, so no penalty is expected.
    expect(codes(presetTerms('seeding', SEED))).not.toContain('no_consequence');
  });

  it('warns about a deadline in the creator region holiday window', () => {
    expect(warnings(paid, { productReceivedOn: '2026-12-10' })).toContainEqual({
      section: 'milestones',
      code: 'due_in_holidays',
      milestone: 'Final video published',
      dueDate: '2026-12-30',
      holiday: 'christmas_new_year',
      start: '2026-12-20',
      end: '2027-01-02',
    });
    expect(warnings(paid, { creatorRegion: 'CN', productReceivedOn: '2026-02-01' })).toContainEqual(expect.objectContaining({ code: 'due_in_holidays', holiday: 'lunar_new_year' }));
    expect(codes(paid, { creatorRegion: null, productReceivedOn: '2026-12-10' })).not.toContain('due_in_holidays');
  });

  it('warns about a usage licence without a duration', () => {
    expect(codes({ ...paid, usage: { ...paid.usage, licenceDays: null } })).toContain('licence_without_duration');
    expect(codes({ ...paid, usage: { ...paid.usage, licenceDays: null, perpetual: true } })).not.toContain('licence_without_duration');
  });

  it('warns when the review window is longer than the time before publishing', () => {
    const tight = { ...paid, milestones: paid.milestones.map((m) => (m.key === 'first_draft' ? { ...m, offsetDays: 18 } : m)) };
    expect(codes(tight)).toContain('review_past_publish');
  });

  it('warns when publishing would fall after the publish-by date', () => {
    expect(warnings(paid, { publishBy: '2026-03-20' })).toContainEqual({ section: 'milestones', code: 'publish_after_publish_by', publishBy: '2026-03-20', publishDue: '2026-03-22', days: 2 });
  });

  it('warns about a missing disclosure on a paid post', () => {
    expect(codes({ ...paid, brief: { ...paid.brief, disclosure: '' } })).toContain('no_disclosure');
  });

  it('estimates the dates of a draft from the planned start, else today in the brand zone', () => {
    const collab = { creator: { region: 'EU' as const }, publishBy: null, startDate: null, signedOn: null, productReceivedOn: null };
    const settings = { timeZone: 'Europe/Amsterdam', holidays: [] };
    // 10 December in Amsterdam (still the 9th in UTC): publishing +20 days falls on 30 December.
    const dueIn = (now: string) => draftWarnings(paid, collab, settings, new Date(now)).flatMap((w) => (w.code === 'due_in_holidays' && w.milestone === 'Final video published' ? [w.dueDate] : []));
    expect(dueIn('2026-12-09T23:30:00Z')).toEqual(['2026-12-30']);
    expect(dueIn('2026-12-09T22:30:00Z')).toEqual(['2026-12-29']);
    expect(draftWarnings(paid, { ...collab, startDate: '2026-03-02' }, settings, new Date('2026-12-09T23:30:00Z'))).toEqual([]);
  });
});
