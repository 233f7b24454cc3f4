import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testContext } from '../testing/context';
import { ENDED_STAGES_SQL, NEVER_STARTED_SQL, OPEN_DELIVERABLE, REMINDER_ONLY_KINDS_SQL, sqlList } from './sqlFragments';

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext();
});
afterEach(() => ctx.cleanup());

describe('the shared SQL conditions', () => {
  it('are written from the rule constants, as SQL lists', () => {
    expect(REMINDER_ONLY_KINDS_SQL).toBe("('licence_expiry', 'min_live_end')");
    expect(ENDED_STAGES_SQL).toBe("('completed', 'terminated', 'declined')");
    expect(NEVER_STARTED_SQL).toBe("('declined')");
    expect(sqlList(["it's"])).toBe("('it''s')");
  });

  it('read open deliverables exactly as the migrated partial index does, so SQLite can use it', () => {
    // The index comes from a migration file: a rule constant changed without a new migration shows here.
    const { sql } = ctx.db.$client.prepare(`SELECT sql FROM sqlite_master WHERE name = 'milestones_open_due_idx'`).get() as { sql: string };
    const indexWhere = sql.slice(sql.indexOf(' WHERE ') + 7).replace(/"milestones"\./g, 'm.').replace(/"/g, '');
    expect(indexWhere).toBe(OPEN_DELIVERABLE);
  });
});
