import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../db/eventChain';
import { snapshot } from '../../testing/context';
import { sampleWorkspace } from '../../testing/sampleWorkspace';

const sample = sampleWorkspace('2026-03-25T10:00:00.000Z');
const { api } = sample;

const eventCount = () => (sample.ctx.db.$client.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;

describe('removing the sample data', () => {
  it('removes exactly the sample rows, marks their history, and leaves an empty workspace', () => {
    const mine = api.ok('influencers.create', { name: 'Ada Lovelace' });
    const events = eventCount();
    expect(api.ok('sample.remove', {})).toEqual({ creators: 6, campaigns: 2, collaborations: 10 });
    expect(api.ok('collaborations.board', {}).cards).toEqual([]);
    expect(api.ok('collaborations.board', { archived: true }).cards).toEqual([]);
    expect(api.ok('influencers.list', {}).map((c) => c.id)).toEqual([mine.id]);
    expect(api.ok('campaigns.list', {})).toEqual([]);
    expect(api.ok('notifications.due', {})).toEqual([]);
    // The history is never deleted: one mark per row removed, and the chain holds.
    expect(eventCount()).toBe(events + 18);
    expect(verifyChain(sample.ctx.db.$client).intact).toBe(true);
    expect(api.refused('sample.remove', {})).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^There is no sample data to remove/) });
  });

  it('takes along what trying the board leaves: moves, an archived card, a fired reminder', () => {
    api.ok('collaborations.move', { id: 1, to: 'negotiating' });
    api.ok('collaborations.archive', { id: 2 });
    api.ok('notifications.check', {});
    expect(api.ok('sample.remove', {}).collaborations).toBe(10);
  });

  it('can be loaded again once removed', () => {
    api.ok('sample.remove', {});
    expect(api.ok('sample.load', {})).toEqual({ creators: 6, campaigns: 2, collaborations: 10 });
    expect(api.ok('collaborations.board', {}).cards).toHaveLength(10);
    expect(api.ok('sample.remove', {}).collaborations).toBe(10);
  });

  it('refuses, naming it, when the user recorded work of their own on it, and changes nothing', () => {
    api.ok('events.log', { collaborationId: 3, type: 'note', text: 'Called Jordan about the rate', at: '2026-03-25T09:00:00.000Z' });
    const before = snapshot(sample.ctx);
    const refused = api.refused('sample.remove', {});
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe(
      'The sample data has work of yours in it ("Note" on 2026-03-25), which removing it would lose. Archive what you no longer want to see instead.',
    );
    expect(snapshot(sample.ctx)).toEqual(before);
  });

  it('counts as work an edit of a sample creator, campaign or contract draft, and a collaboration of your own with the sample', () => {
    api.ok('influencers.update', { id: 2, email: 'lin@example.com' });
    api.ok('campaigns.update', { id: 1, budgetMinor: 5 });
    const terms = api.ok('contracts.preset', { collaborationId: 5, preset: 'paid_video' });
    api.ok('contracts.save', { collaborationId: 5, terms: { ...terms, replySlaHours: terms.replySlaHours + 12 } });
    const own = api.ok('collaborations.create', { creatorId: 3, feeMinor: 0, currency: 'EUR' });
    const refused = api.refused('sample.remove', {});
    expect(refused.issues?.map((i) => i.message)).toEqual([
      "you changed Lin Wei's details",
      'you changed the campaign Spring kitchen launch',
      'you changed the contract draft of collaboration #5',
      `your own collaboration #${own.id} with Jordan Reyes uses the sample`,
    ]);
  });
});
