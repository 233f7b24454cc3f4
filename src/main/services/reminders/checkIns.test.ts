import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n/createI18n';
import type { Locale } from '../../../shared/i18n/locales';
import type { Pop } from '../../../shared/reminders/schemas';
import { popWords } from '../../../shared/reminders/words';
import { openDatabase } from '../../db/client';
import { archiveApi } from '../../testing/archiveApi';
import { contracted } from '../../testing/contracted';
import { MIGRATIONS, testContext } from '../../testing/context';
import type { Ctx } from '../context';
import { listDeadlines } from '../deadlineList';
import { deliverMilestone } from '../deadlines';
import { getSettings } from '../settings';
import { runTick } from './tick';

/*
 * The check-in rhythm as the scheduler runs it (the rule's own tests are rules/checkIn.test.ts).
 * The product arrives on Monday 2 March 2026; the brand is in Amsterdam (UTC+1 until 29 March).
 */

let ctx: ReturnType<typeof testContext>;
let api: ReturnType<typeof archiveApi>;
let campaignId: number;
let mia: number;
beforeEach(() => {
  ctx = testContext('2026-03-02T09:00:00.000Z');
  api = archiveApi(ctx);
  api.ok('settings.update', { timeZone: 'Europe/Amsterdam', notify: { quietHours: null } });
  campaignId = api.ok('campaigns.create', { name: 'Spring glow', currency: 'EUR' }).id;
  const creator = api.ok('influencers.create', { name: 'Mia Chen' });
  mia = api.ok('collaborations.create', { creatorId: creator.id, campaignId, feeMinor: 100_000, currency: 'EUR', stage: 'in_production', productReceivedOn: '2026-03-02' }).id;
});
afterEach(() => ctx.cleanup());

const tickAt = (iso: string, on: Ctx = ctx) => runTick(on, new Date(iso), getSettings(on));
const checkInsAt = (iso: string) => {
  const pops = tickAt(iso).pops.filter((p) => p.kind === 'check_in');
  return pops.map((p) => [p.collaborationId, p.occurrence]);
};
const due = (iso: string) => api.ok('notifications.due', { asOf: iso }).filter((d) => d.kind === 'check_in').map((d) => [d.collaborationId, d.occurrence, d.facts.dueDate]);
const said = (pop: Pop, locale: Locale = 'en') => popWords(pop, { t: translator(locale), locale, timeZone: 'Europe/Amsterdam' });
const message = (direction: 'brand_to_creator' | 'creator_to_brand', at: string) =>
  api.ok('events.log', { collaborationId: mia, type: 'message', direction, channel: 'email', text: direction === 'brand_to_creator' ? 'How is it going?' : 'All good, filming Friday', at });

describe('the check-in reminder', () => {
  it('fires the day after the product arrives, once, and not again after a restart', () => {
    expect(checkInsAt('2026-03-02T10:00:00.000Z')).toEqual([]);
    const first = tickAt('2026-03-03T09:00:00.000Z');
    expect(first.fired).toBe(1);
    expect(first.pops).toEqual([expect.objectContaining({ kind: 'check_in', occurrence: 1, collaborationId: mia, party: 'creator', item: `checkin:${mia}@2026-03-02` })]);
    expect(said(first.pops[0]!)).toEqual({ title: 'Check in with Mia Chen: how is it going?', body: 'The product arrived on 2 Mar 2026. Ask how it is going and whether they need anything.' });
    expect(said(first.pops[0]!, 'zh').title).toBe('问候一下 Mia Chen：进展如何？');
    expect(said(first.pops[0]!, 'nl').body).toBe('Het product kwam aan op 2 mrt 2026. Vraag hoe het gaat en of ze iets nodig hebben.');
    expect(tickAt('2026-03-03T09:01:00.000Z')).toMatchObject({ fired: 0, pops: [] });

    ctx.db.$client.close();
    const reopened: Ctx = { db: openDatabase(ctx.file, { migrationsFolder: MIGRATIONS }), clock: ctx.clock };
    try {
      expect(tickAt('2026-03-04T09:00:00.000Z', reopened)).toMatchObject({ fired: 0, pops: [] });
    } finally {
      reopened.db.$client.close();
      ctx.db = openDatabase(ctx.file, { migrationsFolder: MIGRATIONS });
      api = archiveApi(ctx);
    }
    const fired = api.ok('events.list', { collaborationId: mia, limit: 50 }).filter((e) => e.type === 'notification.fired');
    expect(fired).toHaveLength(1);
    expect(fired[0]!.data).toMatchObject({ kind: 'check_in', occurrence: 1, facts: { creatorName: 'Mia Chen', arrivedOn: '2026-03-02', lastContactOn: null, dueDate: '2026-03-03' } });
  });

  it('comes back weekly while nobody writes, the newer one replacing the one before in the bell', () => {
    expect(checkInsAt('2026-03-03T09:00:00.000Z')).toEqual([[mia, 1]]);
    expect(checkInsAt('2026-03-09T09:00:00.000Z')).toEqual([]);
    expect(checkInsAt('2026-03-10T09:00:00.000Z')).toEqual([[mia, 8]]);
    // A laptop asleep for two weeks wakes up to the latest check-in only.
    expect(checkInsAt('2026-03-24T09:00:00.000Z')).toEqual([[mia, 22]]);
    const open = api.ok('notifications.list', { asOf: '2026-03-24T09:00:00.000Z' }).items.filter((n) => n.kind === 'check_in');
    expect(open.map((n) => n.occurrence)).toEqual([22]);
  });

  it('pauses while a conversation is active and counts the next one from the last message', () => {
    expect(checkInsAt('2026-03-03T09:00:00.000Z')).toEqual([[mia, 1]]);
    ctx.clock.set('2026-03-04T10:00:00.000Z');
    message('brand_to_creator', '2026-03-04T10:00:00.000Z');
    // Waiting for the reply: the open check-in is answered, and none is due however long it takes.
    expect(tickAt('2026-03-04T10:01:00.000Z').closed).toBe(1);
    expect(due('2026-03-04T12:00:00.000Z')).toEqual([]);
    expect(due('2026-03-20T12:00:00.000Z')).toEqual([]);
    ctx.clock.set('2026-03-05T16:00:00.000Z');
    message('creator_to_brand', '2026-03-05T16:00:00.000Z');
    expect(due('2026-03-11T12:00:00.000Z')).toEqual([]);
    expect(due('2026-03-12T12:00:00.000Z')).toEqual([[mia, 10, '2026-03-12']]);
    const pop = tickAt('2026-03-12T12:00:00.000Z').pops.find((p) => p.kind === 'check_in')!;
    expect(said(pop).body).toBe('You last spoke on 5 Mar 2026. Ask how it is going and whether they need anything.');
  });

  it('stops once the draft is in, at publication, and when the card ends', () => {
    const other = contracted(ctx, { creatorName: 'Lin', productReceivedOn: '2026-03-02', milestones: ['first_draft', 'publish'] }).collaborationId;
    expect(due('2026-03-10T12:00:00.000Z').map(([id]) => id)).toEqual([mia, other]);
    const draft = listDeadlines(ctx, { collaborationId: other, openOnly: true }).deadlines.find((d) => d.kind === 'draft')!;
    ctx.clock.set('2026-03-09T12:00:00.000Z');
    deliverMilestone(ctx, { id: draft.id });
    expect(due('2026-03-10T12:00:00.000Z').map(([id]) => id)).toEqual([mia]);

    api.ok('collaborations.move', { id: mia, to: 'published' });
    expect(due('2026-03-10T12:00:00.000Z')).toEqual([]);
    api.ok('collaborations.move', { id: mia, to: 'in_production' });
    expect(due('2026-03-10T12:00:00.000Z')).toEqual([[mia, 8, '2026-03-10']]);
    api.ok('collaborations.move', { id: mia, to: 'terminated' });
    expect(due('2026-03-10T12:00:00.000Z')).toEqual([]);
  });

  it('follows the campaign’s own rhythm, and the default for a collaboration without a campaign', () => {
    api.ok('cadence.save', { campaignId, cadence: { enabled: true, firstAfterArrivalDays: 3, everyDays: 14 } });
    const alone = contracted(ctx, { creatorName: 'Lin', productReceivedOn: '2026-03-02', milestones: ['publish'] }).collaborationId;
    expect(due('2026-03-03T12:00:00.000Z')).toEqual([[alone, 1, '2026-03-03']]);
    expect(due('2026-03-05T12:00:00.000Z')).toEqual([[mia, 3, '2026-03-05'], [alone, 1, '2026-03-03']]);
    expect(due('2026-03-18T12:00:00.000Z')).toEqual([[mia, 3, '2026-03-05'], [alone, 15, '2026-03-17']]);
    expect(due('2026-03-19T12:00:00.000Z')).toEqual([[mia, 17, '2026-03-19'], [alone, 15, '2026-03-17']]);
    api.ok('cadence.save', { campaignId, cadence: { enabled: false, firstAfterArrivalDays: 3, everyDays: 14 } });
    expect(due('2026-03-19T12:00:00.000Z')).toEqual([[alone, 15, '2026-03-17']]);
  });

  it('is one of the kinds that can be switched off, and leaves gifts to their own follow-ups', () => {
    const creator = api.ok('influencers.create', { name: 'Noor' });
    api.ok('collaborations.create', { creatorId: creator.id, stage: 'in_production', productReceivedOn: '2026-03-02' });
    expect(due('2026-03-10T12:00:00.000Z')).toEqual([[mia, 8, '2026-03-10']]);
    api.ok('settings.update', { notify: { groups: { checkIns: false } } });
    expect(api.ok('settings.get', {}).notify.groups).toMatchObject({ checkIns: false, gifting: true });
    expect(due('2026-03-10T12:00:00.000Z')).toEqual([]);
    expect(checkInsAt('2026-03-10T12:00:00.000Z')).toEqual([]);
    // Settings saved before check-ins existed have them on.
    ctx.db.$client.prepare(`UPDATE settings SET notify = json_remove(notify, '$.groups.checkIns')`).run();
    expect(api.ok('settings.get', {}).notify.groups.checkIns).toBe(true);
    expect(due('2026-03-10T12:00:00.000Z')).toEqual([[mia, 8, '2026-03-10']]);
    api.ok('settings.update', { notify: { groups: { checkIns: false } } });
    // The gift is followed up on its own day 7 instead.
    expect(api.ok('notifications.due', { asOf: '2026-03-10T12:00:00.000Z' }).map((d) => d.kind)).toEqual(['gifting_followup']);
  });
});
