import { afterEach, beforeEach } from 'vitest';
import { archiveApi } from './archiveApi';
import { testContext } from './context';

/**
 * A fresh database with the sample data before each test of the file, closed after it. `api` is
 * the same object throughout and always talks to the current test's database.
 */
export function sampleWorkspace(now: string) {
  let current: { ctx: ReturnType<typeof testContext>; api: ReturnType<typeof archiveApi> } | null = null;
  beforeEach(() => {
    const ctx = testContext(now);
    current = { ctx, api: archiveApi(ctx) };
    current.api.ok('sample.load', {});
  });
  afterEach(() => {
    current?.ctx.cleanup();
    current = null;
  });
  const live = () => {
    if (!current) throw new Error('The sample workspace exists only inside a test');
    return current;
  };
  const api: ReturnType<typeof archiveApi> = {
    ok: (name, input) => live().api.ok(name, input),
    refused: (name, input) => live().api.refused(name, input),
  };
  return {
    api,
    get ctx() {
      return live().ctx;
    },
  };
}
