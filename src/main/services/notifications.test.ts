import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OPEN_DELIVERABLE } from '../db/sqlFragments';
import { contracted } from '../testing/contracted';
import { snapshot, testContext } from '../testing/context';
import { expectAppError } from '../testing/expectAppError';
import { ackAllNotifications, ackNotifications, listNotifications, reminderCounts, snoozeNotifications } from './notifications';
import { runTick } from './reminders/tick';
import { getSettings } from './settings';
import { updateSettings } from './settingsUpdate';
import { translator } from '../../shared/i18n/createI18n';
import type { Locale } from '../../shared/i18n/locales';
import { reminderWords } from '../../shared/reminders/words';

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
  updateSettings(ctx, { timeZone: 'Europe/Amsterdam' });
  contracted(ctx, { creatorName: 'Mia Chen', productReceivedOn: '2026-03-02' }); // publish due 22 Mar: overdue
  contracted(ctx, { creatorName: 'Liu Yang', productReceivedOn: '2026-03-06' }); // publish due 26 Mar: tomorrow
});
afterEach(() => ctx.cleanup());

describe('the notification centre', () => {
  it('lists reminders as kinds and facts, which read in English, Chinese and Dutch', () => {
    runTick(ctx, ctx.clock.now(), getSettings(ctx));
    const items = listNotifications(ctx, { all: false, limit: 10 }).items;
    const video = items.find((n) => n.facts.creatorName === 'Liu Yang' && n.kind === 'due_soon')!;
    expect(video).not.toHaveProperty('title');
    expect(video.facts).toEqual({ creatorName: 'Liu Yang', subject: 'Final video published', subjectKey: 'publish', dueDate: '2026-03-26', daysLeft: 1, daysSinceGift: null, messageSentAt: null });
    const say = (locale: Locale) => reminderWords(video, { t: translator(locale), locale, timeZone: 'Europe/Amsterdam' });
    expect(say('en')).toEqual({ title: 'Liu Yang: Final video published is due tomorrow', body: 'Due 26 Mar 2026.' });
    expect(say('zh')).toEqual({ title: 'Liu Yang：「Final video published」明天到期', body: '截止日期：2026年3月26日。' });
    expect(say('nl')).toEqual({ title: 'Liu Yang: Final video published moet morgen klaar zijn', body: 'Deadline: 26 mrt 2026.' });
    // A duty the contract gives the brand has a name Followthrough gave it: said in the reader's language.
    const duty = { ...video, party: 'brand' as const, facts: { ...video.facts, subject: 'Pay the deposit', subjectKey: 'brand_deposit' } };
    expect(reminderWords(duty, { t: translator('zh'), locale: 'zh', timeZone: 'Europe/Amsterdam' }).title).toBe('我方事项（Liu Yang）：「支付定金」明天到期');
  });

  it('counts what is overdue, due today and due this week, and lists the next deadlines overdue first', () => {
    const counts = reminderCounts(ctx, {});
    // Mia: all four milestones late; Liu: three late, the video due tomorrow.
    expect(counts).toMatchObject({ overdue: 7, dueToday: 0, dueThisWeek: 1, unread: 0 });
    expect(counts.next.map((n) => [n.creatorName, n.name, n.overdue])).toEqual([
      ['Mia Chen', 'Product feedback', true],
      ['Mia Chen', 'Script', true],
      ['Liu Yang', 'Product feedback', true],
      ['Liu Yang', 'Script', true],
      ['Mia Chen', 'First draft', true],
    ]);
  });

  it('refuses unknown ids and snoozes into the past, changing nothing', () => {
    runTick(ctx, ctx.clock.now(), getSettings(ctx));
    const before = snapshot(ctx);
    const [first] = listNotifications(ctx, { all: false, limit: 10 }).items;
    expect(expectAppError(() => ackNotifications(ctx, { ids: [first!.id, 9999] }), 'BAD_INPUT').message).toContain('9999');
    expect(expectAppError(() => snoozeNotifications(ctx, { ids: [first!.id], until: '2026-03-24T10:00:00.000Z' }), 'BAD_INPUT').message).toContain('future');
    expect(snapshot(ctx)).toEqual(before);
  });

  it('acknowledging lowers the unread count; acknowledging again changes nothing', () => {
    runTick(ctx, ctx.clock.now(), getSettings(ctx));
    const list = listNotifications(ctx, { all: false, limit: 10 });
    expect(list.unread).toBe(list.items.length);
    expect(list.unread).toBeGreaterThanOrEqual(2);
    expect(ackNotifications(ctx, { ids: [list.items[0]!.id] })).toEqual({ changed: 1 });
    expect(ackNotifications(ctx, { ids: [list.items[0]!.id] })).toEqual({ changed: 0 });
    expect(listNotifications(ctx, { all: false, limit: 10 }).unread).toBe(list.unread - 1);
    const all = listNotifications(ctx, { all: true, limit: 10 });
    expect(all.items.find((n) => n.id === list.items[0]!.id)?.acknowledgedAt).toBe('2026-03-25T10:00:00.000Z');
  });

  it('acknowledges every unread reminder at once, beyond one page of the bell', () => {
    runTick(ctx, ctx.clock.now(), getSettings(ctx));
    const unread = listNotifications(ctx, { all: false, limit: 1 }).unread;
    expect(unread).toBeGreaterThanOrEqual(2);
    expect(ackAllNotifications(ctx)).toEqual({ changed: unread });
    expect(listNotifications(ctx, { all: false, limit: 10 })).toEqual({ unread: 0, items: [] });
  });

  it('switching one kind of reminder off keeps the others as they were', () => {
    updateSettings(ctx, { notify: { groups: { replySla: false } } });
    updateSettings(ctx, { notify: { leadHours: [72] } });
    expect(getSettings(ctx).notify).toMatchObject({
      groups: { creatorDeadlines: true, brandDuties: true, replySla: false, usageDates: true, gifting: true },
      leadHours: [72],
      quietHours: { from: '21:00', to: '08:00' },
    });
  });

  it('reads open deadlines through the index on their due time, not a scan of every deadline', () => {
    const plan = ctx.db.$client
      .prepare(`EXPLAIN QUERY PLAN SELECT m.id FROM milestones m JOIN collaborations c ON c.id = m.collaboration_id
        WHERE ${OPEN_DELIVERABLE} AND m.due_at <= ?`)
      .all('2026-03-27T00:00:00.000Z') as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/SEARCH m USING INDEX milestones_open_due_idx \(due_at<\?\)/);
  });
});
