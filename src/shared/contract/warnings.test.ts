import { describe, expect, it } from 'vitest';
import { SEED } from './fixtures';
import { presetTerms } from './presets';
import type { ContractTerms } from './terms';
import { contractWarnings, draftWarnings, type WarningContext } from './warnings';

const ctx: WarningContext = {
  creatorRegion: 'EU',
  publishBy: null,
  signedOn: '2026-02-20',
  productReceivedOn: '2026-03-02',
  holidays: new Set(),
  formatDate: (d) => d,
};
const paid = presetTerms('paid_video', SEED);
const messages = (terms: ContractTerms, over: Partial<WarningContext> = {}) => contractWarnings(terms, { ...ctx, ...over }).map((w) => w.message);

describe('contractWarnings', () => {
  it('the paid video preset is clean for an ordinary date', () => {
    expect(messages(paid)).toEqual([]);
  });

  it('warns when there are no dates', () => {
    expect(messages({ ...paid, milestones: [] }).join()).toContain('No dates');
  });

  it('warns when a late delivery costs nothing', () => {
    expect(messages({ ...paid, lateDelivery: { ...paid.lateDelivery, enabled: false } }).join()).toContain('No consequence');
    // Seeding has no fee, so no penalty is expected.
    expect(messages(presetTerms('seeding', SEED)).join()).not.toContain('No consequence');
  });

  it('warns about a deadline in the creator region holiday window', () => {
    const eu = messages(paid, { productReceivedOn: '2026-12-10' }).join('\n');
    expect(eu).toContain('“Final video published” would be due on 2026-12-30, during the Christmas and New Year holidays');
    const cn = messages(paid, { creatorRegion: 'CN', productReceivedOn: '2026-02-01' }).join('\n');
    expect(cn).toContain('Chinese New Year');
    expect(messages(paid, { creatorRegion: null, productReceivedOn: '2026-12-10' }).join()).not.toContain('holidays');
  });

  it('warns about a usage licence without a duration', () => {
    expect(messages({ ...paid, usage: { ...paid.usage, licenceDays: null } }).join()).toContain('no duration');
    expect(messages({ ...paid, usage: { ...paid.usage, licenceDays: null, perpetual: true } }).join()).not.toContain('no duration');
  });

  it('warns when the review window is longer than the time before publishing', () => {
    const tight = { ...paid, milestones: paid.milestones.map((m) => (m.key === 'first_draft' ? { ...m, offsetDays: 18 } : m)) };
    expect(messages(tight).join()).toContain('review window is longer');
  });

  it('warns when publishing would fall after the publish-by date', () => {
    expect(messages(paid, { publishBy: '2026-03-20' }).join()).toContain('2 day(s) after');
  });

  it('warns about a missing disclosure on a paid post', () => {
    expect(messages({ ...paid, brief: { ...paid.brief, disclosure: '' } }).join()).toContain('disclosure');
  });

  it('estimates the dates of a draft from the planned start, else today in the brand zone', () => {
    const collab = { creator: { region: 'EU' as const }, publishBy: null, startDate: null, signedOn: null, productReceivedOn: null };
    const settings = { timeZone: 'Europe/Amsterdam', holidays: [] };
    // 10 December in Amsterdam (still the 9th in UTC): publishing +20 days falls on 30 December.
    const december = draftWarnings(paid, collab, settings, new Date('2026-12-09T23:30:00Z')).map((w) => w.message).join('\n');
    expect(december).toContain('would be due on 30 Dec 2026, during the Christmas and New Year holidays');
    expect(draftWarnings(paid, collab, settings, new Date('2026-12-09T22:30:00Z')).map((w) => w.message).join()).toContain('29 Dec 2026');
    expect(draftWarnings(paid, { ...collab, startDate: '2026-03-02' }, settings, new Date('2026-12-09T23:30:00Z'))).toEqual([]);
  });
});
