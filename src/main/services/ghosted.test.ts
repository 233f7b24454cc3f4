import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveApi } from '../testing/archiveApi';
import { testContext } from '../testing/context';

let ctx: ReturnType<typeof testContext>;
let api: ReturnType<typeof archiveApi>;
let gift: number;
beforeEach(() => {
  ctx = testContext('2026-03-10T10:00:00.000Z');
  api = archiveApi(ctx);
  api.ok('settings.update', { timeZone: 'Europe/Amsterdam' });
  const creator = api.ok('influencers.create', { name: 'Lin' });
  gift = api.ok('collaborations.create', { creatorId: creator.id, stage: 'product_received', productReceivedOn: '2026-03-01' }).id;
});
afterEach(() => ctx.cleanup());

const health = () => api.ok('collaborations.board', {}).cards.find((c) => c.id === gift)!.health;

describe('a gift with no post', () => {
  it('is followed up on day 7, 10 and 14, and ghosted once day 14 has passed; a post ends it', () => {
    expect(health()).toBe('on_track');
    ctx.clock.set('2026-03-15T10:00:00.000Z');
    expect(api.ok('notifications.due', {}).filter((d) => d.collaborationId === gift).map((d) => d.kind)).toEqual(['gifting_followup']);
    expect(health()).toBe('on_track');
    ctx.clock.set('2026-03-16T10:00:00.000Z');
    expect(health()).toBe('ghosted');
    // The lost-contact ladder is offered: a comment on their latest post first.
    expect(api.ok('outreach.suggest', { collaborationId: gift })).toMatchObject({ kind: 'lost_contact_comment' });
    api.ok('collaborations.move', { id: gift, from: 'product_received', to: 'published' });
    expect(health()).toBe('on_track');
  });

  it('is neither followed up nor ghosted when sent with no post asked for, and the change is on record', () => {
    api.ok('collaborations.update', { id: gift, expectsPost: false });
    ctx.clock.set('2026-03-20T10:00:00.000Z');
    expect(api.ok('notifications.due', {}).filter((d) => d.collaborationId === gift)).toEqual([]);
    expect(health()).toBe('on_track');
    const updated = api.ok('events.list', { collaborationId: gift, limit: 10 }).find((e) => e.type === 'collaboration.updated');
    expect(updated?.data).toMatchObject({ changes: { expectsPost: { from: true, to: false } } });
  });
});
