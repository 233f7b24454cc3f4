import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROCEDURE_NAMES, type ProcedureName, procedures } from '../../shared/api';
import { snapshot, testContext } from '../testing/context';
import { createDispatcher } from './dispatcher';
import { handlers } from './handlers';

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext('2026-03-02T09:00:00.000Z');
  const loaded = createDispatcher(ctx)('sample.load', {});
  expect(loaded.ok).toBe(true);
});
afterEach(() => ctx.cleanup());

/** One input per procedure that is well-formed JSON but wrong; the type forces a case for every procedure. */
const BAD_INPUT: Record<ProcedureName, unknown> = {
  'influencers.create': { name: '   ', email: 'not-an-email' },
  'influencers.update': { id: 1, followers: -5 },
  'influencers.get': { id: 'one' },
  'influencers.list': { search: 42 },
  'campaigns.create': { name: 'Launch', currency: 'euro' },
  'campaigns.update': { id: 1, budgetMinor: 12.5 },
  'campaigns.get': { id: 0 },
  'campaigns.list': { archived: true },
  'collaborations.create': { creatorId: 1, feeMinor: -100 },
  'collaborations.update': { id: 1, publishBy: '2026-02-30' },
  'collaborations.get': {},
  'collaborations.board': { campaignId: -1 },
  'collaborations.move': { id: 1, to: 'done' },
  'events.list': { limit: 5000 },
  'events.log': { collaborationId: 1, type: 'collaboration.moved', text: 'forged' },
  'settings.get': { brand: 'x' },
  'settings.update': { timeZone: 'Mars/Olympus' },
  'sample.load': { force: true },
};

const VALID_INPUT: Record<ProcedureName, unknown> = {
  'influencers.create': { name: 'Ada Lovelace', email: 'ada@example.com' },
  'influencers.update': { id: 1, followers: 50_000 },
  'influencers.get': { id: 1 },
  'influencers.list': { search: 'mia' },
  'campaigns.create': { name: 'Autumn', currency: 'USD' },
  'campaigns.update': { id: 1, budgetMinor: 1250 },
  'campaigns.get': { id: 1 },
  'campaigns.list': {},
  'collaborations.create': { creatorId: 1, feeMinor: 10_000 },
  'collaborations.update': { id: 1, publishBy: '2026-03-22' },
  'collaborations.get': { id: 1 },
  'collaborations.board': {},
  'collaborations.move': { id: 1, to: 'negotiating' },
  'events.list': { collaborationId: 1 },
  'events.log': { collaborationId: 1, type: 'note', text: 'Phoned; she will reply Friday' },
  'settings.get': {},
  'settings.update': { brandName: 'Acme Kitchen' },
  'sample.load': {},
};

describe('dispatcher', () => {
  it.each(PROCEDURE_NAMES)('%s rejects bad input with BAD_INPUT and changes nothing', (name) => {
    const dispatch = createDispatcher(ctx);
    const before = snapshot(ctx);
    for (const input of [BAD_INPUT[name], 'not an object', [], { ...(VALID_INPUT[name] as object), unexpected: 1 }]) {
      const result = dispatch(name, input);
      expect(result.ok, `${name} accepted ${JSON.stringify(input)}`).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('BAD_INPUT');
      expect(result.error.issues?.length).toBeGreaterThan(0);
      expect(result.error.message.length).toBeGreaterThan(5);
    }
    expect(snapshot(ctx)).toEqual(before);
  });

  it.each(PROCEDURE_NAMES.filter((n) => n !== 'sample.load'))('%s answers valid input with data matching its output schema', (name) => {
    const result = createDispatcher(ctx)(name, VALID_INPUT[name]);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    expect(() => procedures[name].output.parse(result.data)).not.toThrow();
  });

  it('names the field and the problem in the message', () => {
    const result = createDispatcher(ctx)('influencers.create', { name: '' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'name: Enter a name', issues: [{ path: ['name'], message: 'Enter a name' }] },
    });
  });

  it('validates before any service runs', () => {
    const spy = vi.fn(handlers['collaborations.move']);
    const dispatch = createDispatcher(ctx, { handlers: { ...handlers, 'collaborations.move': spy } });
    expect(dispatch('collaborations.move', { id: 1, to: 'nowhere' }).ok).toBe(false);
    expect(spy).not.toHaveBeenCalled();
    expect(dispatch('collaborations.move', { id: 1, to: 'signed' }).ok).toBe(true);
    expect(spy).toHaveBeenCalledOnce();
  });

  it('answers unknown procedures with NOT_FOUND, refused loads with CONFLICT', () => {
    const dispatch = createDispatcher(ctx);
    expect(dispatch('collaborations.drop', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dispatch('sample.load', {})).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('turns unexpected failures into INTERNAL without leaking details, and logs them', () => {
    const logError = vi.fn();
    const dispatch = createDispatcher(ctx, {
      logError,
      handlers: { ...handlers, 'campaigns.list': () => { throw new Error('disk on fire'); } },
    });
    const result = dispatch('campaigns.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
    expect(logError).toHaveBeenCalledOnce();
  });

  it('tells listeners about successful changes only', () => {
    const onChange = vi.fn();
    const dispatch = createDispatcher(ctx, { onChange });
    dispatch('collaborations.board', {});
    dispatch('collaborations.move', { id: 1, to: 'zzz' });
    expect(onChange).not.toHaveBeenCalled();
    dispatch('collaborations.move', { id: 1, to: 'signed' });
    expect(onChange).toHaveBeenCalledWith('collaborations.move');
  });
});
