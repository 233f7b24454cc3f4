import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../db/eventChain';
import { snapshot } from '../../testing/context';
import { sampleWorkspace } from '../../testing/sampleWorkspace';

const sample = sampleWorkspace('2026-03-25T10:00:00.000Z');
const { api } = sample;

const boardIds = (archived = false) => api.ok('collaborations.board', { archived }).cards.map((c) => c.id);
// The sample's sixth collaboration is in production with its draft overdue.
const LATE = 6;

describe('archiving collaborations', () => {
  it('takes a card off the board into the archived filter, records it, and restores it', () => {
    expect(boardIds()).toContain(LATE);
    expect(api.ok('collaborations.archive', { id: LATE })).toEqual({ kind: 'collaboration', ids: [LATE], visibility: 'archived' });
    expect(boardIds()).not.toContain(LATE);
    expect(boardIds(true)).toEqual([LATE]);
    expect(api.ok('collaborations.get', { id: LATE })).toMatchObject({ visibility: 'archived', visibilitySince: '2026-03-25T10:00:00.000Z' });
    const [marked] = api.ok('events.list', { collaborationId: LATE, limit: 1 });
    expect(marked).toMatchObject({ type: 'visibility.changed', data: { kind: 'collaboration', id: LATE, from: 'shown', to: 'archived' } });

    api.ok('collaborations.restore', { id: LATE });
    expect(boardIds()).toContain(LATE);
    expect(boardIds(true)).toEqual([]);
    expect(verifyChain(sample.ctx.db.$client).intact).toBe(true);
  });

  it('archives a selection all together, or none of it', () => {
    api.ok('collaborations.archive', { id: 2 });
    const before = snapshot(sample.ctx);
    const refused = api.refused('collaborations.archive', { ids: [1, 2, 3] });
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'Collaboration #2 is archived.' });
    expect(snapshot(sample.ctx)).toEqual(before);
    api.ok('collaborations.archive', { ids: [1, 3] });
    expect(boardIds(true).sort()).toEqual([1, 2, 3]);
  });

  it('stops reminders, the calendar and the nudges for an archived collaboration', () => {
    const asOf = '2026-03-25T10:00:00.000Z';
    const dueFor = () => api.ok('notifications.due', { asOf }).map((d) => d.collaborationId);
    const onCalendar = () => api.ok('calendar.list', { from: '2026-02-01', to: '2026-05-31' }).map((e) => e.collaborationId);
    const nudged = () => api.ok('outreach.nudges', {}).map((s) => s.collaborationId);
    expect(dueFor()).toContain(LATE);
    expect(onCalendar()).toContain(LATE);
    expect(nudged()).toContain(LATE);
    const fired = api.ok('notifications.check', {});
    expect(fired.fired).toBeGreaterThan(0);

    api.ok('collaborations.archive', { id: LATE });
    expect(dueFor()).not.toContain(LATE);
    expect(onCalendar()).not.toContain(LATE);
    expect(nudged()).not.toContain(LATE);
    // The reminders already in the bell close at the next check.
    expect(api.ok('notifications.check', {}).closed).toBeGreaterThan(0);
    expect(api.ok('notifications.list', {}).items.map((n) => n.collaborationId)).not.toContain(LATE);
  });

  it('refuses to move or edit an archived card, and to archive one twice', () => {
    api.ok('collaborations.archive', { id: 1 });
    expect(api.refused('collaborations.move', { id: 1, to: 'negotiating' })).toMatchObject({ code: 'CONFLICT', message: 'This collaboration is archived: restore it first.' });
    expect(api.refused('collaborations.update', { id: 1, notes: 'x' }).code).toBe('CONFLICT');
    expect(api.refused('collaborations.archive', { id: 1 }).code).toBe('CONFLICT');
    expect(api.refused('collaborations.restore', { id: 2 })).toMatchObject({ code: 'CONFLICT', message: 'Collaboration #2 is not archived.' });
    expect(api.refused('collaborations.archive', { id: 999 }).code).toBe('NOT_FOUND');
  });

  it('keeps archived collaborations in the campaign dashboard: their posts happened', () => {
    const before = api.ok('campaigns.dashboard', { campaignId: 1 });
    // The sample's eighth collaboration is published in the first campaign, with numbers.
    api.ok('collaborations.archive', { id: 8 });
    expect(api.ok('campaigns.dashboard', { campaignId: 1 }).totals).toEqual(before.totals);
  });
});

describe('archiving creators and campaigns', () => {
  it('is refused while a collaboration is on the board, then hides them from lists and pickers', () => {
    // Mia Janssen (creator 1) has the sample's first and seventh collaborations.
    expect(api.refused('influencers.archive', { id: 1 })).toMatchObject({
      code: 'CONFLICT',
      message: 'Mia Janssen cannot be archived while 2 collaborations are still on the board: archive them first.',
    });
    api.ok('collaborations.archive', { ids: [1, 7] });
    api.ok('influencers.archive', { id: 1 });
    expect(api.ok('influencers.list', {}).map((c) => c.name)).not.toContain('Mia Janssen');
    expect(api.ok('influencers.list', { archived: true }).map((c) => c.name)).toEqual(['Mia Janssen']);
    // Her collaborations come back only with her.
    expect(api.refused('collaborations.restore', { id: 1 })).toMatchObject({
      code: 'CONFLICT',
      message: 'Its creator, Mia Janssen, is archived: restore the creator first.',
    });
    const joining = api.refused('collaborations.create', { creatorId: 1, feeMinor: 0, currency: 'EUR' });
    expect(joining).toMatchObject({ code: 'CONFLICT', issues: [{ path: ['creatorId'], message: 'Mia Janssen is archived' }] });
    api.ok('influencers.restore', { id: 1 });
    api.ok('collaborations.restore', { id: 1 });
    expect(boardIds()).toContain(1);
  });

  it('hides an archived campaign, and refuses a collaboration in it', () => {
    const { id } = api.ok('campaigns.create', { name: 'Winter', currency: 'EUR' });
    api.ok('campaigns.archive', { id });
    expect(api.ok('campaigns.list', {}).map((c) => c.name)).not.toContain('Winter');
    expect(api.ok('campaigns.list', { archived: true }).map((c) => c.name)).toEqual(['Winter']);
    expect(api.refused('collaborations.create', { creatorId: 2, campaignId: id, feeMinor: 0, currency: 'EUR' }).code).toBe('CONFLICT');
    expect(api.refused('campaigns.archive', { id: 1 }).code).toBe('CONFLICT');
    api.ok('campaigns.restore', { id });
    expect(api.ok('campaigns.list', {}).map((c) => c.name)).toContain('Winter');
  });
});
