import { closeSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { BackupHolds } from '../../shared/backup/schemas';

/*
 * Whether a file is a whole Followthrough database, judged from the file itself: an empty file is
 * a valid (empty) SQLite database and passes integrity_check, so the header, the app's own tables
 * and the row counts are checked too.
 */

export type RowCounts = Record<string, number>;

/**
 * Why a file is not a usable database: `problem` in English, for the data layer's own sentences;
 * `why` as the values of the errors catalog's `service.fileFault`, for a page to say it in its language.
 */
export type FileFault = { problem: string; why: { fault: string; detail: string; pages: number; total: number } };

export type FileCheck = { ok: true; holds: BackupHolds; counts: RowCounts } | ({ ok: false } & FileFault);

const fault = (problem: string, code: string, more: Partial<FileFault['why']> = {}): FileFault => ({ problem, why: { fault: code, detail: '', pages: 0, total: 0, ...more } });

const MAGIC = 'SQLite format 3\0';
const APP_TABLES = ['creators', 'collaborations', 'events', '__drizzle_migrations'];

/** Problems visible in the first 100 bytes: not SQLite at all, or shorter than its header says. */
export function headerProblem(file: string): FileFault | null {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    return fault(`it cannot be read (${(error as Error).message})`, 'unreadable', { detail: (error as Error).message });
  }
  if (size === 0) return fault('it is empty', 'empty');
  if (size < 100) return fault('it is not a SQLite database', 'notSqlite');
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (header.subarray(0, 16).toString('latin1') !== MAGIC) return fault('it is not a SQLite database', 'notSqlite');
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return fault('its header is damaged', 'header');
  if (size % pageSize !== 0) return fault('it is cut short', 'cutShort');
  // The page count in the header is only trusted when it was written with the last change.
  const pages = header.readUInt32BE(28);
  const validFor = header.readUInt32BE(92);
  const changeCounter = header.readUInt32BE(24);
  if (validFor === changeCounter && pages * pageSize > size) return fault(`it is cut short (${size / pageSize} of ${pages} pages)`, 'cutShortPages', { pages: size / pageSize, total: pages });
  return null;
}

/** Every table's row count, as the app's own checks compare them. */
export function countRows(sqlite: Database.Database): RowCounts {
  const tables = sqlite
    .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all()
    .map((t) => t.name);
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM "${t}"`).get()!.n]));
}

export const holdsOf = (counts: RowCounts): BackupHolds => ({
  creators: counts.creators ?? 0,
  collaborations: counts.collaborations ?? 0,
  events: counts.events ?? 0,
});

/**
 * Reads a file as a Followthrough database without changing it. `integrity` adds SQLite's full
 * integrity_check, which reads every page: for restoring, not for listing.
 */
export function checkDatabaseFile(file: string, options: { integrity: boolean }): FileCheck {
  const header = headerProblem(file);
  if (header) return { ok: false, ...header };
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const tables = new Set(db.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table'`).all().map((t) => t.name));
    if (!APP_TABLES.every((t) => tables.has(t))) return { ok: false, ...fault('it is not a Followthrough database', 'notApp') };
    if (options.integrity) {
      const problems = integrityProblems(db, 'integrity_check');
      const detail = problems.slice(0, 3).join('; ');
      if (problems.length > 0) return { ok: false, ...fault(`it is damaged (${detail})`, 'damaged', { detail }) };
    }
    const counts = countRows(db);
    return { ok: true, holds: holdsOf(counts), counts };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, ...fault(`it cannot be read as a database (${detail})`, 'notDatabase', { detail }) };
  } finally {
    db?.close();
  }
}

/** What SQLite's integrity_check or quick_check finds, one problem a line; empty when all is well. */
export function integrityProblems(db: Database.Database, pragma: 'integrity_check' | 'quick_check'): string[] {
  const lines = (db.pragma(pragma) as Record<string, string>[]).flatMap((r) => String(Object.values(r)[0]).split('\n'));
  return lines.filter((line) => line !== 'ok' && !line.startsWith('*** in database'));
}

/** Where two sets of counts differ, in words; null when they agree. */
export function countsDiffer(expected: RowCounts, actual: RowCounts): string | null {
  const tables = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  const off = tables.filter((t) => expected[t] !== actual[t]);
  if (off.length === 0) return null;
  return off.map((t) => `${t}: ${actual[t] ?? 'missing'} rows instead of ${expected[t] ?? 'none'}`).join(', ');
}
