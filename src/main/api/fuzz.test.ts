import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCEDURE_NAMES, type ProcedureName, procedures } from '../../shared/api';
import { snapshot, testContext } from '../testing/context';
import { BAD_INPUT, validInput } from '../testing/procedureInputs';
import { createDispatcher, type Dispatch } from './dispatcher';

/*
 * Random and malformed input for every procedure. No library derives fast-check arbitraries from
 * zod 4 schemas yet, so inputs are built from each procedure's valid input (fields dropped,
 * replaced by anything, unknown fields added) and from anything at all. The answer must always be
 * a typed error or a result matching the output schema, never a crash; a refused call changes
 * nothing.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const tried = new Map<string, { accepted: number; refused: number }>();

let ctx: ReturnType<typeof testContext>;
let dispatch: Dispatch;
const crashes: unknown[] = [];
beforeAll(() => {
  ctx = testContext('2026-03-02T09:00:00.000Z');
  dispatch = createDispatcher(ctx, { logError: (error) => crashes.push(error) });
  expect(dispatch('sample.load', {})).toMatchObject({ ok: true });
});
afterAll(() => {
  ctx.cleanup();
  const rows = [...tried].map(([name, t]) => `${name.padEnd(28)} ${String(t.accepted + t.refused).padStart(4)} inputs (${t.accepted} accepted, ${t.refused} refused)`);
  console.log(`Fuzzed inputs per procedure:\n${rows.join('\n')}`);
});

const odd = fc.oneof(
  fc.anything(),
  fc.constantFrom(null, undefined, '', ' ', -1, 0, 1.5, Number.MAX_SAFE_INTEGER + 2, 1e308, -0, '2026-02-30', '9999-99-99T99:99:99Z', '<script>alert(1)</script>', "'; DROP TABLE events; --", '\u0000', 'x'.repeat(20_000), [], {}, [1, 2, 3], true),
);

/** Near-valid: the procedure's own valid input with some fields dropped, replaced or added. */
function mutationsOf(valid: unknown): fc.Arbitrary<unknown> {
  if (valid === null || typeof valid !== 'object' || Array.isArray(valid)) return odd;
  const keys = Object.keys(valid);
  const change = fc.record({
    drop: fc.subarray(keys),
    replace: fc.dictionary(keys.length > 0 ? fc.constantFrom(...keys) : fc.constant('extra'), odd, { maxKeys: 3 }),
    add: fc.dictionary(fc.string({ maxLength: 12 }), odd, { maxKeys: 2 }),
  });
  return change.map(({ drop, replace, add }) => {
    const next: Record<string, unknown> = { ...(valid as Record<string, unknown>), ...add, ...replace };
    for (const k of drop) delete next[k];
    return next;
  });
}

describe('fuzzed API', () => {
  it.each(PROCEDURE_NAMES)('%s answers any input with a typed error or a valid result', async (name: ProcedureName) => {
    crashes.length = 0;
    const valid = await validInput(name, dispatch);
    const counts = { accepted: 0, refused: 0 };
    tried.set(name, counts);
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutationsOf(valid), mutationsOf(BAD_INPUT[name]), odd), async (input) => {
        const before = snapshot(ctx);
        const result = await dispatch(name, input);
        expect(crashes).toEqual([]);
        if (result.ok) {
          counts.accepted += 1;
          expect(procedures[name].output.safeParse(result.data).success).toBe(true);
        } else {
          counts.refused += 1;
          expect(['BAD_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN']).toContain(result.error.code);
          expect(result.error.message.length).toBeGreaterThan(5);
          expect(snapshot(ctx)).toEqual(before);
        }
      }),
      { numRuns: RUNS },
    );
    expect(counts.accepted + counts.refused).toBe(RUNS);
  }, 60_000);
});
