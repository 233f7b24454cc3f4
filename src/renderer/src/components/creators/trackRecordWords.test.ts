import { afterEach, describe, expect, it } from 'vitest';
import type { OwedDeliverable, PostsRecord } from '../../../../shared/accountability/trackRecord';
import { i18n } from '../../i18n';
import { amountsWords, deliveryWords, owedWords, postWords, strikeWords } from './trackRecordWords';

const owed = (o: Partial<OwedDeliverable>): OwedDeliverable => ({
  milestoneId: 1,
  collaborationId: 1,
  campaignId: 1,
  campaignName: 'Spring launch',
  key: 'own_3',
  name: 'Draft',
  kind: 'draft',
  dueDate: '2026-04-17',
  status: 'overdue',
  daysLate: 3,
  ...o,
});

const posts: PostsRecord = {
  collaborationId: 1,
  campaignName: 'Spring launch',
  currency: 'EUR',
  posts: 1,
  views: 9_000,
  engagementRatePct: 1.25,
  expected: { views: 25_000, engagementRatePct: 3 },
  hasTargets: true,
  underperforming: true,
  misses: [],
};

const none = { onTime: 0, late: 0, overdue: 0, missed: 0, longestDaysLate: 0, lateDeliveries: [] };

afterEach(() => i18n.changeLanguage('en'));

describe("a creator's track record in words", () => {
  it('says how deadlines went, and plainly when none came due', () => {
    expect(deliveryWords({ ...none, onTime: 4, late: 2, longestDaysLate: 5, overdue: 1 })).toBe('4 on time · 2 late (up to 5 days) · 1 overdue now');
    expect(deliveryWords({ ...none, late: 1, longestDaysLate: 1, missed: 1 })).toBe('1 late (up to 1 day) · 1 never delivered');
    expect(deliveryWords(none)).toBe('Nothing due yet');
  });

  it('counts strikes by what became of them', () => {
    expect(strikeWords({ active: 1, served: 0, withdrawn: 2 })).toBe('1 active · 2 withdrawn');
    expect(strikeWords({ active: 0, served: 0, withdrawn: 0 })).toBe('None');
  });

  it('names what is still owed elsewhere, how late or when due', () => {
    expect(owedWords(owed({}))).toBe('Draft for Spring launch, 3 days late');
    expect(owedWords(owed({ status: 'overdue', daysLate: 1, campaignName: null }))).toBe('Draft, 1 day late');
    expect(owedWords(owed({ status: 'upcoming', daysLate: 0, dueDate: '2026-04-30' }))).toMatch(/^Draft for Spring launch, due 30 Apr 2026$/);
    expect(owedWords(owed({ status: 'waiting', daysLate: 0, dueDate: null }))).toBe('Draft for Spring launch, no date yet');
  });

  it('writes posts against their targets, and money, as the interface language does', async () => {
    expect(postWords(posts)).toBe('9,000 views (target 25,000), engagement 1.3 % (target 3.0 %)');
    expect(postWords({ ...posts, engagementRatePct: null, expected: { views: null, engagementRatePct: null } })).toBe('9,000 views');
    expect(amountsWords([{ currency: 'EUR', minor: 100_000 }, { currency: 'USD', minor: 15_000 }])).toBe('€1,000 + US$150');

    await i18n.changeLanguage('nl');
    expect(postWords(posts)).toBe('9.000 weergaven (doel 25.000), engagementrate 1,3 % (doel 3,0 %)');
    expect(owedWords(owed({}))).toBe('Concept voor Spring launch, 3 dagen te laat');

    await i18n.changeLanguage('zh');
    // An own date's name is the app's, so it is said in the page's language; the campaign's as written.
    expect(owedWords(owed({}))).toMatch(/^.+（活动：Spring launch），已逾期 3 天$/);
    expect(deliveryWords({ ...none, onTime: 2, late: 1, longestDaysLate: 3 })).toBe('按时 2 项 · 逾期 1 项（最多 3 天）');
  });
});
