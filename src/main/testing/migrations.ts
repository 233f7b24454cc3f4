import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/client';
import { MIGRATIONS } from './context';

interface Journal {
  entries: { tag: string }[];
}

/**
 * A migrations folder holding only the migrations up to and including `lastTag`, so a test can
 * build a database as an earlier version left it and then open it with the current version.
 */
export function migrationsUpTo(lastTag: string): string {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta/_journal.json'), 'utf8')) as Journal;
  const end = journal.entries.findIndex((e) => e.tag === lastTag);
  if (end < 0) throw new Error(`No migration named ${lastTag}`);
  const entries = journal.entries.slice(0, end + 1);
  const dir = mkdtempSync(join(tmpdir(), 'followthrough-migrations-'));
  mkdirSync(join(dir, 'meta'));
  writeFileSync(join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const e of entries) copyFileSync(join(MIGRATIONS, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  return dir;
}

/** Opens `file` migrated only up to `lastTag` (see migrationsUpTo). */
export const openAt = (file: string, lastTag: string) => openDatabase(file, { migrationsFolder: migrationsUpTo(lastTag) });
