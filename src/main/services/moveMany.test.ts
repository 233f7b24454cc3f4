import { describe, expect, it } from 'vitest';
import { snapshot } from '../testing/context';
import { sampleWorkspace } from '../testing/sampleWorkspace';
import { moveCollaborations } from './moveMany';

const sample = sampleWorkspace('2026-03-25T10:00:00.000Z');
const { api } = sample;

const stageOf = (id: number) => api.ok('collaborations.get', { id }).stage;

describe('moving several collaborations at once', () => {
  it('moves every card and records each move', () => {
    const [a, b] = [stageOf(1), stageOf(2)];
    const moved = api.ok('collaborations.moveMany', { cards: [{ id: 1, from: a }, { id: 2, from: b }], to: 'declined' });
    expect(moved.map((c) => [c.id, c.stage])).toEqual([
      [1, 'declined'],
      [2, 'declined'],
    ]);
    for (const id of [1, 2]) {
      expect(api.ok('events.list', { collaborationId: id, limit: 1 })[0]).toMatchObject({ type: 'collaboration.moved', data: { to: 'declined' } });
    }
  });

  it('moves none when one of them cannot move, and says which one', () => {
    const before = snapshot(sample.ctx);
    const stale = stageOf(2) === 'outreach' ? 'negotiating' : 'outreach';
    const refused = api.refused('collaborations.moveMany', { cards: [{ id: 1, from: stageOf(1) }, { id: 2, from: stale }], to: 'declined' });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/^None was moved: .+: This collaboration is already in /);
    expect(snapshot(sample.ctx)).toEqual(before);
  });

  it('is all or nothing also when called without the dispatcher', () => {
    api.ok('collaborations.archive', { id: 2 });
    const before = snapshot(sample.ctx);
    expect(() => moveCollaborations(sample.ctx, { cards: [{ id: 1 }, { id: 2 }], to: 'declined' })).toThrow('None was moved');
    expect(snapshot(sample.ctx)).toEqual(before);
  });

  it('refuses a list that names a collaboration twice', () => {
    expect(api.refused('collaborations.moveMany', { cards: [{ id: 1 }, { id: 1 }], to: 'declined' })).toMatchObject({ code: 'BAD_INPUT', message: 'cards: A collaboration is listed twice' });
  });
});
