import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_NOTIFY as DEFAULTS } from '../../../shared/reminders/settings';
import { updateCollaboration } from '../collaborations';
import { deliverMilestone } from '../deadlines';
import { listDeadlines } from '../deadlineList';
import { updateSettings } from '../settingsUpdate';
import { contracted } from '../../testing/contracted';
import { testContext } from '../../testing/context';
import { translator } from '../../../shared/i18n/createI18n';
import type { Locale } from '../../../shared/i18n/locales';
import type { DueItem } from '../../../shared/reminders/schemas';
import { reminderWords } from '../../../shared/reminders/words';
import { findDue } from './findDue';

// These cards are in production with the product arrived: their check-ins have their own tests (checkIns.test.ts).
const DEFAULT_NOTIFY = { ...DEFAULTS, groups: { ...DEFAULTS.groups, checkIns: false } };

const say = (d: DueItem, locale: Locale = 'en') => reminderWords(d, { t: translator(locale), locale, timeZone: 'Europe/Amsterdam' });

let ctx: ReturnType<typeof testContext>;
afterEach(() => ctx.cleanup());

/** One open milestone, "publish", 20 calendar days after the product arrived, in the given zone. */
function publishOnly(timeZone: string, productReceivedOn: string, stage: 'in_production' | 'completed' = 'in_production') {
  ctx = testContext('2026-01-01T00:00:00.000Z');
  updateSettings(ctx, { timeZone });
  return contracted(ctx, { productReceivedOn, milestones: ['publish'], stage });
}

const dueAt = (iso: string, notify = DEFAULT_NOTIFY, timeZone?: string) =>
  findDue(ctx.db, new Date(iso), { timeZone: timeZone ?? ctxZone(), notify }).map((d) => [d.kind, d.occurrence]);
const ctxZone = () => (ctx.db.$client.prepare('SELECT time_zone AS tz FROM settings').get() as { tz: string }).tz;

describe('findDue: a creator milestone through its life', () => {
  // Due 2026-03-22 in Amsterdam (CET, UTC+1): the end of that day is 22:59:59.999Z. Leads of a day
  // or more start with a calendar day of the brand's zone: 48 h on the 20th, 24 h on the 21st.
  it.each([
    ['2026-03-19T22:59:59.999Z', 'the last moment of the 19th', []],
    ['2026-03-19T23:00:00.000Z', 'midnight starting the 20th, two days before', [['due_soon', 48]]],
    ['2026-03-20T22:59:59.999Z', 'the end of the 20th', [['due_soon', 48]]],
    ['2026-03-20T23:00:00.000Z', 'midnight starting the 21st, the day before', [['due_soon', 24]]],
    ['2026-03-21T22:59:59.999Z', 'the end of the 21st', [['due_soon', 24]]],
    ['2026-03-21T23:00:00.000Z', 'midnight of the due date in the brand zone', [['due_today', 0]]],
    ['2026-03-22T22:59:59.999Z', 'the last millisecond of the due date', [['due_today', 0]]],
    ['2026-03-22T23:00:00.000Z', 'the first millisecond after', [['overdue', 1]]],
    ['2026-03-25T10:00:00.000Z', 'three days later (DOMAIN example)', [['overdue', 3]]],
    ['2026-03-30T10:00:00.000Z', 'after the switch to summer time', [['overdue', 8]]],
  ])('Europe/Amsterdam at %s (%s)', (now, _label, expected) => {
    publishOnly('Europe/Amsterdam', '2026-03-02');
    expect(dueAt(now)).toEqual(expected);
  });

  it.each([
    // New York springs forward on 2026-03-08: that day has 23 hours (05:00Z to 03:59:59.999Z next day).
    ['2026-03-08T04:59:59.999Z', '23:59 on the 7th, EST', [['due_soon', 24]]],
    ['2026-03-08T05:00:00.000Z', 'midnight EST starts the short day', [['due_today', 0]]],
    ['2026-03-09T03:59:59.999Z', 'the end of the short day, EDT', [['due_today', 0]]],
    ['2026-03-09T04:00:00.000Z', 'the next day', [['overdue', 1]]],
  ])('America/New_York across the spring DST switch at %s (%s)', (now, _label, expected) => {
    publishOnly('America/New_York', '2026-02-16');
    expect(dueAt(now)).toEqual(expected);
  });

  it.each([
    // Amsterdam falls back on 2026-10-25: that day has 25 hours (22:00Z on the 24th to 22:59:59.999Z).
    ['2026-10-24T21:59:59.999Z', '23:59 on the 24th, CEST', [['due_soon', 24]]],
    ['2026-10-24T22:00:00.000Z', 'midnight starts the long day', [['due_today', 0]]],
    ['2026-10-25T22:59:59.999Z', 'the end of the long day, CET', [['due_today', 0]]],
    ['2026-10-25T23:00:00.000Z', 'the next day', [['overdue', 1]]],
  ])('Europe/Amsterdam across the autumn DST switch at %s (%s)', (now, _label, expected) => {
    publishOnly('Europe/Amsterdam', '2026-10-05');
    expect(dueAt(now)).toEqual(expected);
  });

  it.each([
    ['2026-03-22T15:59:59.999Z', [['due_today', 0]]],
    ['2026-03-22T16:00:00.000Z', [['overdue', 1]]],
    ['2026-03-21T16:00:00.000Z', [['due_today', 0]]],
    ['2026-03-21T15:59:59.999Z', [['due_soon', 24]]],
  ])('Asia/Shanghai (UTC+8, no DST) at %s', (now, expected) => {
    publishOnly('Asia/Shanghai', '2026-03-02');
    expect(dueAt(now)).toEqual(expected);
  });

  it('uses the lead times from the settings: days from the start of a day, hours on the due date itself', () => {
    publishOnly('Europe/Amsterdam', '2026-03-02');
    const notify = { ...DEFAULT_NOTIFY, leadHours: [72, 2] };
    expect(dueAt('2026-03-18T22:59:59.999Z', notify)).toEqual([]);
    expect(dueAt('2026-03-18T23:00:00.000Z', notify)).toEqual([['due_soon', 72]]);
    expect(dueAt('2026-03-21T10:00:00.000Z', notify)).toEqual([['due_soon', 72]]);
    expect(dueAt('2026-03-22T20:59:59.998Z', notify)).toEqual([['due_today', 0]]);
    expect(dueAt('2026-03-22T20:59:59.999Z', notify)).toEqual([['due_soon', 2]]);
    expect(say(findDue(ctx.db, new Date('2026-03-22T21:30:00.000Z'), { timeZone: 'Europe/Amsterdam', notify })[0]!).title).toBe(
      'Mia Chen: Final video published is due in 2 hours',
    );
  });

  it('starts the reminders again when a deadline moves to a new date', () => {
    const { collaborationId } = publishOnly('Europe/Amsterdam', '2026-03-02');
    const before = findDue(ctx.db, new Date('2026-03-25T10:00:00.000Z'), { timeZone: 'Europe/Amsterdam', notify: DEFAULT_NOTIFY });
    updateCollaboration(ctx, { id: collaborationId, productReceivedOn: '2026-03-09' });
    const after = findDue(ctx.db, new Date('2026-03-28T10:00:00.000Z'), { timeZone: 'Europe/Amsterdam', notify: DEFAULT_NOTIFY });
    expect(after.map((d) => [d.kind, d.facts.dueDate])).toEqual([['due_soon', '2026-03-29']]);
    expect(after[0]!.item).not.toBe(before[0]!.item);
  });

  it('says nothing once delivered, for ended collaborations, or when the kind is switched off', () => {
    const { collaborationId } = publishOnly('Europe/Amsterdam', '2026-03-02');
    const off = { ...DEFAULT_NOTIFY, groups: { ...DEFAULT_NOTIFY.groups, creatorDeadlines: false } };
    expect(dueAt('2026-03-25T10:00:00.000Z', off)).toEqual([]);
    ctx.clock.set('2026-03-24T10:00:00.000Z');
    const publish = listDeadlines(ctx, { collaborationId, openOnly: true }).deadlines.find((d) => d.key === 'publish')!;
    deliverMilestone(ctx, { id: publish.id });
    expect(dueAt('2026-03-25T10:00:00.000Z').filter(([k]) => k === 'overdue')).toEqual([]);
    ctx.cleanup();
    publishOnly('Europe/Amsterdam', '2026-03-02', 'completed');
    expect(dueAt('2026-03-25T10:00:00.000Z')).toEqual([]);
  });

  it('describes the reminder in words a marketer reads in a pop-up', () => {
    publishOnly('Europe/Amsterdam', '2026-03-02');
    const [item] = findDue(ctx.db, new Date('2026-03-25T10:00:00.000Z'), { timeZone: 'Europe/Amsterdam', notify: DEFAULT_NOTIFY });
    expect(item).toMatchObject({ group: 'creatorDeadlines', facts: { creatorName: 'Mia Chen', subject: 'Final video published', dueDate: '2026-03-22' } });
    expect(say(item!)).toEqual({ title: 'Mia Chen: Final video published is 3 days late', body: 'It was due 22 Mar 2026.' });
    const title = (iso: string) => say(findDue(ctx.db, new Date(iso), { timeZone: 'Europe/Amsterdam', notify: DEFAULT_NOTIFY })[0]!).title;
    expect(title('2026-03-20T22:59:59.999Z')).toBe('Mia Chen: Final video published is due in 2 days');
    expect(title('2026-03-21T10:00:00.000Z')).toBe('Mia Chen: Final video published is due tomorrow');
    expect(title('2026-03-22T10:00:00.000Z')).toBe('Mia Chen: Final video published is due today');
  });

  it('says the same reminder in Chinese and Dutch, with the deadline as it was typed', () => {
    publishOnly('Europe/Amsterdam', '2026-03-02');
    const [late] = findDue(ctx.db, new Date('2026-03-25T10:00:00.000Z'), { timeZone: 'Europe/Amsterdam', notify: DEFAULT_NOTIFY });
    expect(say(late!, 'zh')).toEqual({ title: 'Mia Chen：「Final video published」已逾期 3 天', body: '原定截止日期：2026年3月22日。' });
    expect(say(late!, 'nl')).toEqual({ title: 'Mia Chen: Final video published is 3 dagen te laat', body: 'De deadline was 22 mrt 2026.' });
    const [soon] = findDue(ctx.db, new Date('2026-03-21T10:00:00.000Z'), { timeZone: 'Europe/Amsterdam', notify: DEFAULT_NOTIFY });
    expect(say(soon!, 'nl').title).toBe('Mia Chen: Final video published moet morgen klaar zijn');
    expect(say(soon!, 'zh').title).toBe('Mia Chen：「Final video published」明天到期');
  });
});

describe('findDue: brand duties, usage dates, gifts', () => {
  it('reminds the brand of its own deposit as its own kind of reminder', () => {
    ctx = testContext();
    updateSettings(ctx, { timeZone: 'Europe/Amsterdam' });
    contracted(ctx, { signedOn: '2026-03-02', stage: 'signed', milestones: [] });
    const deposit = listDeadlines(ctx, { openOnly: true }).deadlines.find((d) => d.kind === 'deposit')!;
    const items = findDue(ctx.db, new Date(deposit.dueAt!), { timeZone: 'Europe/Amsterdam', notify: DEFAULT_NOTIFY });
    expect(items).toMatchObject([{ kind: 'due_today', group: 'brandDuties', party: 'brand', facts: { subject: 'Pay the deposit' } }]);
    expect(say(items[0]!).title).toContain('Your part, with Mia Chen');
    expect(say(items[0]!, 'nl').title).toContain('Jouw deel, met Mia Chen');
    expect(say(items[0]!, 'zh').title).toContain('我方事项（Mia Chen）');
    const off = { ...DEFAULT_NOTIFY, groups: { ...DEFAULT_NOTIFY.groups, brandDuties: false } };
    expect(findDue(ctx.db, new Date(deposit.dueAt!), { timeZone: 'Europe/Amsterdam', notify: off })).toEqual([]);
  });

  it('counts a usage licence down 14, 3 and 0 days, and stops a week after it ended', () => {
    ctx = testContext('2026-03-10T10:00:00.000Z');
    updateSettings(ctx, { timeZone: 'Europe/Amsterdam' });
    const { collaborationId } = contracted(ctx, { preset: 'paid_video_ads', productReceivedOn: '2026-03-02', milestones: ['publish'] });
    const publish = listDeadlines(ctx, { collaborationId, openOnly: false }).deadlines.find((d) => d.key === 'publish')!;
    deliverMilestone(ctx, { id: publish.id, at: '2026-03-10T10:00:00.000Z' });
    const licence = listDeadlines(ctx, { collaborationId, openOnly: false }).deadlines.find((d) => d.kind === 'licence_expiry')!;
    const end = licence.dueDate!;
    const at = (daysBefore: number) => new Date(Date.parse(`${end}T10:00:00Z`) - daysBefore * 86_400_000).toISOString();
    const licenceDue = (iso: string) => dueAt(iso, DEFAULT_NOTIFY, 'Europe/Amsterdam').filter(([k]) => k === 'licence_expiring');
    expect(licenceDue(at(15))).toEqual([]);
    expect(licenceDue(at(14))).toEqual([['licence_expiring', 14]]);
    expect(licenceDue(at(4))).toEqual([['licence_expiring', 14]]);
    expect(licenceDue(at(3))).toEqual([['licence_expiring', 3]]);
    expect(licenceDue(at(0))).toEqual([['licence_expiring', 0]]);
    expect(licenceDue(at(-7))).toEqual([['licence_expiring', 0]]);
    expect(licenceDue(at(-8))).toEqual([]);
    const words = (iso: string) => say(findDue(ctx.db, new Date(iso), { timeZone: 'Europe/Amsterdam', notify: DEFAULT_NOTIFY }).find((d) => d.kind === 'licence_expiring')!).title;
    expect(words(at(10))).toBe("The usage licence for Mia Chen's content ends in 10 days");
    expect(words(at(0))).toBe("The usage licence for Mia Chen's content ends today");
    expect(words(at(-3))).toBe("The usage licence for Mia Chen's content ended 3 days ago");
  });

  it('follows up a gift on day 7, 10 and 14 after it arrived, until something is published', () => {
    ctx = testContext();
    updateSettings(ctx, { timeZone: 'Europe/Amsterdam' });
    contracted(ctx, { preset: 'seeding', feeMinor: 0, productReceivedOn: '2026-03-02', stage: 'product_received', milestones: [] });
    const gift = (iso: string) => dueAt(iso, DEFAULT_NOTIFY, 'Europe/Amsterdam').filter(([k]) => k === 'gifting_followup');
    expect(gift('2026-03-08T22:59:59.999Z')).toEqual([]);
    expect(gift('2026-03-08T23:00:00.000Z')).toEqual([['gifting_followup', 7]]);
    expect(gift('2026-03-12T10:00:00.000Z')).toEqual([['gifting_followup', 10]]);
    expect(gift('2026-03-16T10:00:00.000Z')).toEqual([['gifting_followup', 14]]);
    expect(gift('2026-04-30T10:00:00.000Z')).toEqual([['gifting_followup', 14]]);
    const [late] = findDue(ctx.db, new Date('2026-03-14T10:00:00.000Z'), { timeZone: 'Europe/Amsterdam', notify: DEFAULT_NOTIFY });
    expect(late!.facts).toMatchObject({ subject: null, daysSinceGift: 12 });
    expect(say(late!).title).toBe('Follow up with Mia Chen: 12 days since the gift arrived');
    expect(say(late!, 'zh').title).toBe('跟进 Mia Chen：寄样已到 12 天');
  });
});
