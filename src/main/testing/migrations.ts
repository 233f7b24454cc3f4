import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import { openDatabase } from '../db/client';
import { MIGRATIONS } from './context';

interface Journal {
  entries: { tag: string; when: number }[];
}

const readJournal = () => JSON.parse(readFileSync(join(MIGRATIONS, 'meta/_journal.json'), 'utf8')) as Journal;

/** Every migration's tag, oldest first, as the journal lists them. */
export const journalTags = (): string[] => readJournal().entries.map((e) => e.tag);

// One folder per tag for each test file, removed after it.
const folders = new Map<string, string>();
afterAll(() => {
  for (const dir of folders.values()) rmSync(dir, { recursive: true, force: true });
  folders.clear();
});

/**
 * A migrations folder holding only the migrations up to and including `lastTag`, so a test can
 * build a database as an earlier version left it and then open it with the current version.
 */
export function migrationsUpTo(lastTag: string): string {
  const made = folders.get(lastTag);
  if (made) return made;
  const journal = readJournal();
  const end = journal.entries.findIndex((e) => e.tag === lastTag);
  if (end < 0) throw new Error(`No migration named ${lastTag}`);
  const entries = journal.entries.slice(0, end + 1);
  const dir = mkdtempSync(join(tmpdir(), 'followthrough-migrations-'));
  mkdirSync(join(dir, 'meta'));
  writeFileSync(join(dir, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
  for (const e of entries) copyFileSync(join(MIGRATIONS, `${e.tag}.sql`), join(dir, `${e.tag}.sql`));
  folders.set(lastTag, dir);
  return dir;
}

// The copy taken before migrating is named after this moment, not after today.
const BACKUP_STAMP = () => new Date('2026-03-02T09:00:00.000Z');

/** Opens `file` migrated only up to `lastTag` (see migrationsUpTo). */
export const openAt = (file: string, lastTag: string) => openDatabase(file, { migrationsFolder: migrationsUpTo(lastTag), now: BACKUP_STAMP });

/** The newest migration applied to this database, or null for a file never migrated. */
export function appliedTag(sqlite: Database.Database): string | null {
  const table = sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`).get();
  if (!table) return null;
  const last = sqlite.prepare<[], { at: number | null }>('SELECT MAX(created_at) AS at FROM __drizzle_migrations').get()?.at ?? null;
  return readJournal().entries.find((e) => e.when === last)?.tag ?? null;
}

/**
 * Takes `file`, which an earlier version left at migration `from`, on to `to` the way the app
 * opens it (openDatabase: backup, migrations, data migrations, reference check). Returns the open
 * connection; the caller closes it.
 */
export function migrateFromTo(file: string, from: string, to: string): Database.Database {
  const tags = journalTags();
  if (tags.indexOf(to) < tags.indexOf(from)) throw new Error(`${to} comes before ${from}`);
  const before = new Database(file, { fileMustExist: true });
  const standsAt = appliedTag(before);
  before.close();
  if (standsAt !== from) throw new Error(`The database stands at ${standsAt ?? 'no migration'}, not ${from}`);
  return openAt(file, to).$client;
}
