import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import type { Ctx } from '../context';
import { logEvent, listEvents } from '../events';
import { ackNotifications, listNotifications, snoozeNotifications } from '../notifications';
import { getSettings } from '../settings';
import { updateSettings } from '../settingsUpdate';
import { contracted } from '../../testing/contracted';
import { MIGRATIONS, testContext } from '../../testing/context';
import { translator } from '../../../shared/i18n/createI18n';
import type { Locale } from '../../../shared/i18n/locales';
import type { NotificationRecord, Pop } from '../../../shared/reminders/schemas';
import { popWords, reminderWords } from '../../../shared/reminders/words';
import { runTick } from './tick';

const said = (locale: Locale) => ({ t: translator(locale), locale, timeZone: 'Europe/Amsterdam' });
const words = (pop: Pop, locale: Locale = 'en') => popWords(pop, said(locale));
const recordWords = (n: NotificationRecord) => reminderWords(n, said('en'));

let ctx: ReturnType<typeof testContext>;
afterEach(() => ctx.cleanup());

function setup(productReceivedOn = '2026-03-02', quiet: { from: string; to: string } | null = { from: '21:00', to: '08:00' }) {
  ctx = testContext('2026-03-02T09:00:00.000Z');
  // About deadlines: the check-ins of these cards in production have their own tests (checkIns.test.ts).
  updateSettings(ctx, { timeZone: 'Europe/Amsterdam', notify: { quietHours: quiet, groups: { checkIns: false } } });
  return contracted(ctx, { productReceivedOn, milestones: ['publish'] });
}

const tickAt = (iso: string, on: Ctx = ctx) => runTick(on, new Date(iso), getSettings(on));
const unread = (asOf: string) => listNotifications(ctx, { all: false, limit: 100, asOf }).items;

describe('the reminder tick', () => {
  it('fires a reminder once, pops it once, and records it as an event', () => {
    const { collaborationId } = setup();
    const first = tickAt('2026-03-25T10:00:00.000Z');
    expect(first).toMatchObject({ fired: 1, quiet: false });
    expect(first.pops).toEqual([expect.objectContaining({ kind: 'overdue', occurrence: 3, collaborationId, party: 'creator', summary: null })]);
    expect(words(first.pops[0]!).title).toBe('Mia Chen: Final video published is 3 days late');
    expect(unread('2026-03-25T10:00:00.000Z')).toEqual([expect.objectContaining({ kind: 'overdue', party: 'creator' })]);
    expect(tickAt('2026-03-25T10:01:00.000Z')).toMatchObject({ fired: 0, pops: [] });
    const fired = listEvents(ctx, { collaborationId, limit: 50 }).filter((e) => e.type === 'notification.fired');
    expect(fired).toHaveLength(1);
    expect(fired[0]!.data).toMatchObject({ kind: 'overdue', occurrence: 3, party: 'creator', facts: { creatorName: 'Mia Chen', subject: 'Final video published' } });
    expect(fired[0]!.data).not.toHaveProperty('title');
  });

  it('never fires twice across a restart', () => {
    setup();
    expect(tickAt('2026-03-25T10:00:00.000Z').fired).toBe(1);
    ctx.db.$client.close();
    const reopened: Ctx = { db: openDatabase(ctx.file, { migrationsFolder: MIGRATIONS }), clock: ctx.clock };
    try {
      expect(tickAt('2026-03-25T10:00:30.000Z', reopened)).toMatchObject({ fired: 0, pops: [] });
    } finally {
      reopened.db.$client.close();
      ctx.db = openDatabase(ctx.file, { migrationsFolder: MIGRATIONS });
    }
  });

  it('catches up after a 3-day sleep with one summary, and only the most urgent reminder per deadline', () => {
    ctx = testContext('2026-03-02T09:00:00.000Z');
    updateSettings(ctx, { timeZone: 'Europe/Amsterdam', notify: { groups: { checkIns: false } } });
    contracted(ctx, { creatorName: 'Mia Chen', productReceivedOn: '2026-03-02', milestones: ['publish'] }); // due 22 Mar
    contracted(ctx, { creatorName: 'Liu Yang', productReceivedOn: '2026-03-03', milestones: ['publish'] }); // due 23 Mar
    contracted(ctx, { creatorName: 'Noor Jansen', productReceivedOn: '2026-03-05', milestones: ['publish'] }); // due 25 Mar
    expect(tickAt('2026-03-19T10:00:00.000Z')).toMatchObject({ fired: 0, pops: [] });
    const woke = tickAt('2026-03-22T10:00:00.000Z');
    expect(woke.fired).toBe(2);
    expect(woke.pops).toHaveLength(1);
    expect(woke.pops[0]).toMatchObject({ collaborationId: null, summary: { caughtUp: true, asOf: '2026-03-22' } });
    expect(words(woke.pops[0]!).title).toBe('2 reminders while Followthrough was away');
    expect(words(woke.pops[0]!).body).toContain('1 due today · 1 due soon');
    expect(words(woke.pops[0]!, 'zh')).toEqual({ title: 'Followthrough 未运行期间有 2 条提醒', body: '1 项今天到期 · 1 项即将到期。截至 2026-03-22。' });
    expect(words(woke.pops[0]!, 'nl').title).toBe('2 herinneringen terwijl Followthrough uit stond');
    // Mia's deadline slept through "due in 48 h" and "due in 24 h": only "due today" is left to say.
    expect(unread('2026-03-22T10:00:00.000Z').map((n) => [recordWords(n).title.split(':')[0], n.kind])).toEqual([
      ['Liu Yang', 'due_soon'],
      ['Mia Chen', 'due_today'],
    ]);
  });

  it('a newer reminder of the same deadline replaces the earlier one in the bell', () => {
    setup();
    tickAt('2026-03-21T10:00:00.000Z');
    expect(unread('2026-03-21T10:00:00.000Z').map((n) => n.kind)).toEqual(['due_soon']);
    tickAt('2026-03-22T10:00:00.000Z');
    expect(unread('2026-03-22T10:00:00.000Z').map((n) => n.kind)).toEqual(['due_today']);
  });

  it('acknowledged reminders stay quiet, also after a restart; an overdue deadline reminds again the next day', () => {
    setup();
    tickAt('2026-03-25T10:00:00.000Z');
    const [reminder] = unread('2026-03-25T10:00:00.000Z');
    expect(ackNotifications(ctx, { ids: [reminder!.id] })).toEqual({ changed: 1 });
    expect(tickAt('2026-03-25T18:00:00.000Z')).toMatchObject({ fired: 0, pops: [] });
    expect(unread('2026-03-25T18:00:00.000Z')).toEqual([]);
    const next = tickAt('2026-03-26T10:00:00.000Z');
    expect(next.fired).toBe(1);
    expect(words(next.pops[0]!).title).toContain('4 days late');
  });

  it('holds pop-ups in quiet hours and shows them when the quiet hours end', () => {
    setup();
    const early = tickAt('2026-03-25T06:30:00.000Z'); // 07:30 in Amsterdam
    expect(early).toMatchObject({ fired: 1, quiet: true, pops: [] });
    expect(unread('2026-03-25T06:30:00.000Z')).toHaveLength(1);
    const morning = tickAt('2026-03-25T07:01:00.000Z'); // 08:01
    expect(morning).toMatchObject({ fired: 0, quiet: false });
    expect(morning.pops.map((p) => words(p).title)).toEqual(['Mia Chen: Final video published is 3 days late']);
  });

  it('a snoozed reminder leaves the bell and pops up again when the snooze ends', () => {
    setup(undefined, null);
    tickAt('2026-03-22T09:00:00.000Z');
    const [reminder] = unread('2026-03-22T09:00:00.000Z');
    expect(reminder!.kind).toBe('due_today');
    ctx.clock.set('2026-03-22T09:05:00.000Z');
    snoozeNotifications(ctx, { ids: [reminder!.id], until: '2026-03-22T15:00:00.000Z' });
    expect(unread('2026-03-22T12:00:00.000Z')).toEqual([]);
    expect(tickAt('2026-03-22T12:00:00.000Z').pops).toEqual([]);
    expect(tickAt('2026-03-22T15:00:30.000Z').pops.map((p) => p.notificationIds)).toEqual([[reminder!.id]]);
  });

  it("a snooze holds for the deadline: the next day's overdue reminder waits until it ends", () => {
    setup(undefined, null);
    tickAt('2026-03-25T10:00:00.000Z');
    const [reminder] = unread('2026-03-25T10:00:00.000Z');
    ctx.clock.set('2026-03-25T10:05:00.000Z');
    snoozeNotifications(ctx, { ids: [reminder!.id] });
    const midnight = tickAt('2026-03-25T23:00:30.000Z');
    expect(midnight).toMatchObject({ fired: 1, pops: [] });
    expect(unread('2026-03-26T09:00:00.000Z')).toEqual([]);
    const after = tickAt('2026-03-26T10:05:30.000Z');
    expect(after.pops.map((p) => words(p).title)).toEqual(['Mia Chen: Final video published is 4 days late']);
  });

  it('closes a reminder once the deadline is met', () => {
    setup();
    tickAt('2026-03-25T10:00:00.000Z');
    ctx.db.$client.prepare(`UPDATE milestones SET delivered_at = '2026-03-25T11:00:00.000Z', delivered_on = '2026-03-25'`).run();
    expect(tickAt('2026-03-25T11:01:00.000Z')).toMatchObject({ closed: 1 });
    expect(unread('2026-03-25T11:01:00.000Z')).toEqual([]);
  });
});

describe('the reply SLA', () => {
  it('is breached when the creator has not answered a brand message within the agreed hours; a reply closes it', () => {
    const { collaborationId } = setup('2026-03-02', null);
    ctx.clock.set('2026-03-03T09:00:00.000Z');
    logEvent(ctx, { collaborationId, type: 'message', direction: 'brand_to_creator', channel: 'email', text: 'Did the serum arrive?' });
    ctx.clock.set('2026-03-03T12:00:00.000Z');
    logEvent(ctx, { collaborationId, type: 'message', direction: 'brand_to_creator', channel: 'dm', text: 'Also sent a DM' });
    expect(tickAt('2026-03-04T08:59:59.999Z').fired).toBe(0);
    const breached = tickAt('2026-03-04T09:00:00.000Z');
    expect(breached.fired).toBe(1);
    expect(breached.pops[0]).toMatchObject({ kind: 'sla_breached', collaborationId, party: 'creator', facts: { messageSentAt: '2026-03-03T09:00:00.000Z' } });
    expect(words(breached.pops[0]!).title).toBe('Mia Chen has not replied');
    expect(words(breached.pops[0]!).body).toContain('Reply to your message of 3 Mar, 10:00');
    expect(words(breached.pops[0]!, 'nl')).toEqual({ title: 'Mia Chen heeft nog niet gereageerd', body: expect.stringContaining('Je bericht van 3 mrt, 10:00') });
    ctx.clock.set('2026-03-04T10:00:00.000Z');
    logEvent(ctx, { collaborationId, type: 'message', direction: 'creator_to_brand', channel: 'email', text: 'Yes! Filming Friday.' });
    expect(tickAt('2026-03-04T10:01:00.000Z')).toMatchObject({ closed: 1, fired: 0 });
  });

  it('uses the reply time of the contract in force and counts a reply logged late in its place', () => {
    const { collaborationId } = setup('2026-03-02', null);
    ctx.db.$client.prepare('UPDATE contracts SET reply_sla_hours = 48').run();
    ctx.clock.set('2026-03-05T09:00:00.000Z');
    logEvent(ctx, { collaborationId, type: 'message', direction: 'brand_to_creator', channel: 'email', text: 'Script?', at: '2026-03-03T09:00:00.000Z' });
    expect(tickAt('2026-03-05T08:59:00.000Z').fired).toBe(0);
    logEvent(ctx, { collaborationId, type: 'message', direction: 'creator_to_brand', channel: 'phone', text: 'Called back', at: '2026-03-04T09:00:00.000Z' });
    expect(tickAt('2026-03-05T09:00:00.000Z').fired).toBe(0);
  });
});
