import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { writeCheckedSnapshot } from './backups';
import { runDataMigrations } from './dataMigrations';
import * as schema from './schema';

export type Db = ReturnType<typeof openDatabase>;

export interface OpenOptions {
  migrationsFolder: string;
  /** Where to put the copy taken before migrating a database that already holds data. */
  backupDir?: string;
  now?: () => Date;
}

/**
 * Opens (creating if needed) the database file and brings its schema up to date.
 * Contracts and evidence matter more than write speed, hence synchronous=FULL.
 */
export function openDatabase(file: string, options: OpenOptions) {
  const sqlite = new Database(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('busy_timeout = 5000');
    const db = drizzle(sqlite, { schema });
    migrateSafely(sqlite, db, file, options);
    return db;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

function migrateSafely(sqlite: Database.Database, db: Parameters<typeof migrate>[0], file: string, options: OpenOptions) {
  const pending = pendingMigrations(sqlite, options.migrationsFolder);
  if (pending > 0 && hasUserTables(sqlite) && file !== ':memory:') {
    backupBeforeMigrating(sqlite, file, options);
  }
  // drizzle-orm#5782: a generated table rebuild turns foreign keys off inside the migrator's
  // transaction, where SQLite ignores it, so DROP TABLE would cascade. Turn them off here instead.
  sqlite.pragma('foreign_keys = OFF');
  const upgrading = pendingTags(sqlite, options.migrationsFolder);
  migrate(db, { migrationsFolder: options.migrationsFolder });
  runDataMigrations(sqlite, upgrading);
  const broken = sqlite.pragma('foreign_key_check') as unknown[];
  if (broken.length > 0) {
    throw new Error(`Database migration left ${broken.length} broken references; the pre-migration backup is untouched.`);
  }
  sqlite.pragma('foreign_keys = ON');
}

function pendingMigrations(sqlite: Database.Database, migrationsFolder: string): number {
  const all = readMigrationFiles({ migrationsFolder });
  const table = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'`)
    .get();
  if (!table) return all.length;
  const last = sqlite.prepare('SELECT MAX(created_at) AS at FROM __drizzle_migrations').get() as { at: number | null };
  return all.filter((m) => m.folderMillis > (last.at ?? 0)).length;
}

/** The tags of the migrations not yet applied (from the journal, which names them). */
function pendingTags(sqlite: Database.Database, migrationsFolder: string): string[] {
  const pending = pendingMigrations(sqlite, migrationsFolder);
  if (pending === 0) return [];
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  return journal.entries.slice(-pending).map((e) => e.tag);
}

function hasUserTables(sqlite: Database.Database): boolean {
  return Boolean(sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'creators'`).get());
}

function backupBeforeMigrating(sqlite: Database.Database, file: string, options: OpenOptions) {
  const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
  const name = `followthrough-before-migration-${stamp}.db`;
  const dir = options.backupDir ?? dirname(file);
  // Checked like any backup: a full disk stops the upgrade rather than leave a copy that is not one.
  if (!existsSync(join(dir, name))) writeCheckedSnapshot(sqlite, dir, name);
}

/** The folder of generated migrations, wherever this code runs from (tests, build, package). */
export function findMigrationsFolder(candidates: string[]): string {
  const found = candidates.find((dir) => existsSync(join(dir, 'meta', '_journal.json')));
  if (!found) throw new Error(`Database migrations not found; looked in: ${candidates.join(', ')}`);
  return found;
}
