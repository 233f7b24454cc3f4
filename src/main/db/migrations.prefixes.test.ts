import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEALTHY, health, lostSince, readContents, userTables } from '../testing/dbRows';
import { appliedTag, journalTags, migrateFromTo, openAt } from '../testing/migrations';
import { droppedAfter } from '../testing/migrationSteps';
import { fillEveryTable } from '../testing/tableFiller';
import { verifyChain } from './eventChain';

/*
 * A database can be left at any version: whichever migration it stopped at, with rows in every
 * table it had then, opening it with this version keeps every row and leaves a sound file.
 */

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'followthrough-prefix-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tags = journalTags();
const latest = tags.at(-1)!;

describe('upgrading a database left at any migration to the latest', () => {
  it.each(tags)('keeps every row of a database left at %s', (tag) => {
    const file = join(dir, 'old.db');
    const old = openAt(file, tag).$client;
    const filled = fillEveryTable(old);
    const before = readContents(old);
    const tablesThen = userTables(old);
    old.close();
    // Every table of that version got rows (the chain's head comes with the events).
    for (const table of tablesThen) expect(before[table]!.rows.size, table).toBeGreaterThan(0);
    expect(Object.keys(filled).length).toBeGreaterThan(0);

    const sqlite = migrateFromTo(file, tag, latest);
    try {
      expect(appliedTag(sqlite)).toBe(latest);
      expect(lostSince(before, sqlite, droppedAfter(tags, tag))).toEqual([]);
      expect(health(sqlite)).toEqual(HEALTHY);
      const events = before.events!.rows.size;
      expect(verifyChain(sqlite)).toMatchObject({ intact: true, checked: events });
    } finally {
      sqlite.close();
    }
  });
});
