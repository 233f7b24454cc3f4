import { describe, expect, it } from 'vitest';
import { spelled } from '../i18n/spelled';
import { SEED } from './fixtures';
import { presetTerms } from './presets';
import { scheduleDeadlines } from './schedule';
import { ContractTerms } from './terms';

const holidays = new Set<string>();
const facts = (over: Partial<Parameters<typeof scheduleDeadlines>[1]> = {}) => ({
  signedOn: null,
  productReceivedOn: null,
  deliveredOn: new Map<string, string>(),
  holidays,
  ...over,
});

describe('presets', () => {
  it.each(['seeding', 'paid_video', 'paid_video_ads'] as const)('%s is valid terms', (preset) => {
    expect(ContractTerms.safeParse(presetTerms(preset, SEED)).success).toBe(true);
  });

  it('paid video has the DOMAIN defaults', () => {
    const t = presetTerms('paid_video', SEED);
    expect(t.milestones.map((m) => [m.name, m.offsetDays, m.dayCount])).toEqual([
      ['Product feedback', 3, 'calendar'],
      ['Script', 7, 'calendar'],
      ['First draft', 15, 'calendar'],
      ['Final video published', 20, 'calendar'],
    ]);
    expect(t).toMatchObject({
      replySlaHours: 24,
      fee: { feeMinor: 100_000, depositPct: 30, balanceDueDays: 14 },
      review: { brandReviewDays: 3, brandReviewDayCount: 'working', revisionDays: 2, includedRounds: 2 },
      lateDelivery: { enabled: true, deductionPctPerDay: 5, capPct: 50, graceDays: 0, terminationDays: 10 },
    });
  });

  it('seeding has no fee and no penalties; ads usage licenses paid ads', () => {
    expect(presetTerms('seeding', SEED)).toMatchObject({ fee: { feeMinor: 0 }, lateDelivery: { enabled: false } });
    expect(presetTerms('paid_video_ads', SEED).usage.channels).toContain('paid_ads');
  });
});

describe('scheduleDeadlines', () => {
  const terms = presetTerms('paid_video', SEED);

  it('leaves every date open until the anchor happens', () => {
    const list = scheduleDeadlines(terms, facts());
    expect(list.every((d) => d.dueDate === null)).toBe(true);
    expect(list.find((d) => d.key === 'publish')?.basis).toEqual({ from: 'product_received', days: 20, dayCount: 'calendar' });
  });

  it('counts the four milestones from the product received', () => {
    const list = scheduleDeadlines(terms, facts({ productReceivedOn: '2026-03-02' }));
    const creator = list.filter((d) => d.party === 'creator').map((d) => [d.key, d.dueDate]);
    expect(creator).toEqual([
      ['product_feedback', '2026-03-05'],
      ['script', '2026-03-09'],
      ['first_draft', '2026-03-17'],
      ['publish', '2026-03-22'],
    ]);
  });

  it('dates the brand duties from signing, the draft and publication', () => {
    const list = scheduleDeadlines(
      terms,
      facts({
        signedOn: '2026-02-20',
        productReceivedOn: '2026-03-02',
        deliveredOn: new Map([
          ['first_draft', '2026-03-13'], // a Friday: 3 working days → Wednesday
          ['publish', '2026-03-22'],
        ]),
      }),
    );
    const due = Object.fromEntries(list.map((d) => [d.key, d.dueDate]));
    expect(due).toMatchObject({
      brand_deposit: '2026-02-27',
      brand_review: '2026-03-18',
      brand_balance: '2026-04-05',
      post_licence_expiry: '2026-06-20',
      post_min_live_end: '2026-06-20',
    });
    expect(list.filter((d) => d.party === 'brand').every((d) => !d.deductible)).toBe(true);
  });

  it('working-day milestones skip weekends and the brand holidays', () => {
    const working = { ...terms, milestones: terms.milestones.map((m) => ({ ...m, dayCount: 'working' as const })) };
    const list = scheduleDeadlines(working, facts({ productReceivedOn: '2026-03-02', holidays: new Set(['2026-03-05']) }));
    expect(list.find((d) => d.key === 'product_feedback')?.dueDate).toBe('2026-03-06');
    expect(list.find((d) => d.key === 'publish')?.dueDate).toBe('2026-03-31');
  });

  it('no deposit, balance or licence dates when there is nothing to pay or license', () => {
    const seeding = presetTerms('seeding', SEED);
    const keys = scheduleDeadlines({ ...seeding, usage: { ...seeding.usage, perpetual: true } }, facts()).map((d) => d.key);
    expect(keys).not.toContain('brand_deposit');
    expect(keys).not.toContain('brand_balance');
    expect(keys).not.toContain('post_licence_expiry');
    expect(keys).toContain('post_min_live_end');
  });

  it('milestones are not deductible when the late-delivery clause is off', () => {
    const off = { ...terms, lateDelivery: { ...terms.lateDelivery, enabled: false } };
    expect(scheduleDeadlines(off, facts()).some((d) => d.deductible)).toBe(false);
  });
});

describe('ContractTerms validation', () => {
  const terms = presetTerms('paid_video', SEED);
  const issues = (value: unknown) => {
    const r = ContractTerms.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${spelled(i.message).message}`);
  };

  it.each([
    ['a percentage above 100', { ...terms, lateDelivery: { ...terms.lateDelivery, capPct: 120 } }, 'lateDelivery.capPct'],
    ['three decimals', { ...terms, lateDelivery: { ...terms.lateDelivery, deductionPctPerDay: 1.234 } }, 'two decimals'],
    ['a reserved key', { ...terms, milestones: [{ ...terms.milestones[0]!, key: 'brand_x' }] }, 'reserved'],
    ['duplicate keys', { ...terms, milestones: [terms.milestones[0]!, terms.milestones[0]!] }, 'same key'],
    ['a negative fee', { ...terms, fee: { ...terms.fee, feeMinor: -1 } }, 'fee.feeMinor'],
    ['an unknown field', { ...terms, surprise: 1 }, 'surprise'],
  ])('refuses %s with a message', (_name, value, expected) => {
    expect(issues(value).join('\n')).toContain(expected);
  });
});

describe('a milestone on a fixed date', () => {
  const launch = (terms: ContractTerms): ContractTerms => ({
    ...terms,
    milestones: terms.milestones.map((m) => (m.key === 'publish' ? { ...m, anchor: 'fixed' as const, onDate: '2026-04-15' } : m)),
  });

  it('is due on that day whatever happened before, and says so', () => {
    const d = scheduleDeadlines(launch(presetTerms('paid_video', SEED)), facts()).find((x) => x.key === 'publish')!;
    expect(d).toMatchObject({ dueDate: '2026-04-15', basis: { from: 'fixed', onDate: '2026-04-15' } });
  });

  it('needs its day, refused at the field', () => {
    const terms = presetTerms('paid_video', SEED);
    const bad = { ...terms, milestones: terms.milestones.map((m) => (m.key === 'publish' ? { ...m, anchor: 'fixed' } : m)) };
    expect(ContractTerms.safeParse(bad).error?.issues.map((i) => [i.path.join('.'), spelled(i.message).message])).toEqual([['milestones.3.onDate', 'Pick the day it is due']]);
    expect(ContractTerms.safeParse(launch(terms)).success).toBe(true);
  });
});
