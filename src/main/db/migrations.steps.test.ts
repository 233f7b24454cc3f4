import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../testing/context';
import { HEALTHY, health, lostSince, readContents } from '../testing/dbRows';
import { STEPS } from '../testing/migrationSteps';
import { appliedTag, journalTags, migrateFromTo, openAt } from '../testing/migrations';
import { verifyChain } from './eventChain';

/*
 * Each migration on its own: a database as the version before left it (rows written by raw SQL,
 * as that version wrote them) is opened by the version that adds migration N, the way the app
 * opens it. The cases live in testing/migrationSteps.ts, one per migration.
 */

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'followthrough-step-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tags = journalTags();
const steps = tags.slice(1).map((tag, i) => ({ tag, from: tags[i]! }));

describe('each migration, step by step', () => {
  it('has a case for every migration after the first, and none for a migration that does not exist', () => {
    expect(Object.keys(STEPS)).toEqual(tags.slice(1));
  });

  it.each(steps)('$tag keeps what $from wrote and adds what it brings', ({ tag, from }) => {
    const step = STEPS[tag];
    if (!step) throw new Error(`Migration ${tag} has no case in testing/migrationSteps.ts`);
    const file = join(dir, 'old.db');
    const old = openAt(file, from).$client;
    step.seed(old);
    const before = readContents(old);
    old.close();
    // Every table the migration names that already existed must have rows for it to work on.
    const sqlText = readFileSync(join(MIGRATIONS, `${tag}.sql`), 'utf8');
    const touched = Object.keys(before).filter((table) => sqlText.includes(`\`${table}\``));
    expect(touched.filter((table) => before[table]!.rows.size === 0)).toEqual([]);

    const sqlite = migrateFromTo(file, from, tag);
    try {
      expect(appliedTag(sqlite)).toBe(tag);
      expect(lostSince(before, sqlite, step.rewrites)).toEqual([]);
      step.check(sqlite);
      expect(health(sqlite)).toEqual(HEALTHY);
      // From 0007 on every event is sealed: the chain holds over old and new ones alike.
      if (sqlite.prepare(`SELECT 1 FROM pragma_table_info('events') WHERE name = 'hash'`).get()) {
        const events = sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM events').get()!.n;
        expect(verifyChain(sqlite)).toMatchObject({ intact: true, checked: events });
      }
    } finally {
      sqlite.close();
    }
  });
});
