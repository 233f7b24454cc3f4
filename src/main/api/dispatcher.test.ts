import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROCEDURE_NAMES, procedures } from '../../shared/api';
import { snapshot, testContext } from '../testing/context';
import { createDispatcher } from './dispatcher';
import { handlers } from './handlers';
import { BAD_INPUT, validInput } from '../testing/procedureInputs';

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext('2026-03-02T09:00:00.000Z');
  const loaded = createDispatcher(ctx)('sample.load', {});
  expect(loaded.ok).toBe(true);
});
afterEach(() => ctx.cleanup());

describe('dispatcher', () => {
  it.each(PROCEDURE_NAMES)('%s rejects bad input with BAD_INPUT and changes nothing', async (name) => {
    const dispatch = createDispatcher(ctx);
    const valid = (await validInput(name, dispatch)) as object;
    const before = snapshot(ctx);
    for (const input of [BAD_INPUT[name], 'not an object', [], { ...valid, unexpected: 1 }]) {
      const result = await dispatch(name, input);
      expect(result.ok, `${name} accepted ${JSON.stringify(input)}`).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('BAD_INPUT');
      expect(result.error.issues?.length).toBeGreaterThan(0);
      expect(result.error.message.length).toBeGreaterThan(5);
    }
    expect(snapshot(ctx)).toEqual(before);
  });

  it.each(PROCEDURE_NAMES.filter((n) => n !== 'sample.load'))('%s answers valid input with data matching its output schema', async (name) => {
    const dispatch = createDispatcher(ctx);
    const result = await dispatch(name, await validInput(name, dispatch));
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    expect(() => procedures[name].output.parse(result.data)).not.toThrow();
  });

  it('names the field and the problem in the message', () => {
    const result = createDispatcher(ctx)('influencers.create', { name: '' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'name: Enter a name', issues: [{ path: ['name'], message: 'Enter a name', key: 'field.enter', params: { what: 'name' } }] },
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

  it('answers an asynchronous procedure with a promise of the same kind of result, failures included', async () => {
    const dispatch = createDispatcher(ctx);
    const found = dispatch('contracts.docx', { collaborationId: 1 });
    expect(found).toBeInstanceOf(Promise);
    expect(await found).toMatchObject({ ok: true, data: { filename: expect.stringMatching(/\.docx$/) } });
    expect(await dispatch('contracts.docx', { collaborationId: 1, version: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('tells listeners about successful changes only', () => {
    const onChange = vi.fn();
    const dispatch = createDispatcher(ctx, { onChange });
    dispatch('collaborations.board', {});
    dispatch('collaborations.move', { id: 1, to: 'zzz' });
    expect(onChange).not.toHaveBeenCalled();
    dispatch('collaborations.move', { id: 1, to: 'signed' });
    expect(onChange).toHaveBeenCalledWith('collaborations.move', undefined);
    // The calling page's id goes with the notice, so that page can skip it.
    dispatch('collaborations.move', { id: 1, to: 'product_shipped' }, { origin: 'page-1234abcd' });
    expect(onChange).toHaveBeenLastCalledWith('collaborations.move', 'page-1234abcd');
  });
});
