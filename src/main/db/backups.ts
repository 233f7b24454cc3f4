import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { BACKUP_NAME, type BackupInfo, type BackupKind, KEEP } from '../../shared/backup/schemas';

/*
 * Backups are whole copies of the database file made with `VACUUM INTO`: consistent even while the
 * app writes (it reads one snapshot), compact, and a plain SQLite file anyone can open.
 */

export const backupDirOf = (dbFile: string) => join(dirname(dbFile), 'backups');

const stampOf = (at: Date) => at.toISOString().replace(/[:.]/g, '-');
const instantOf = (stamp: string) => stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');

export function createBackup(sqlite: Database.Database, dbFile: string, at: Date, kind: BackupKind): BackupInfo {
  const dir = backupDirOf(dbFile);
  mkdirSync(dir, { recursive: true });
  const name = `followthrough-${stampOf(at)}-${kind}.db`;
  const target = join(dir, name);
  if (!existsSync(target)) sqlite.prepare('VACUUM INTO ?').run(target);
  rotate(dir);
  return infoOf(dir, name)!;
}

export function listBackups(dbFile: string): BackupInfo[] {
  const dir = backupDirOf(dbFile);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => infoOf(dir, name))
    .filter((b): b is BackupInfo => b !== null)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

/** Keeps the newest of each kind (7 daily, 4 weekly, 10 made by hand). */
function rotate(dir: string): void {
  const all = readdirSync(dir).map((name) => infoOf(dir, name)).filter((b): b is BackupInfo => b !== null);
  for (const kind of Object.keys(KEEP) as BackupKind[]) {
    const old = all.filter((b) => b.kind === kind).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1)).slice(KEEP[kind]);
    for (const b of old) rmSync(join(dir, b.name), { force: true });
  }
}

function infoOf(dir: string, name: string): BackupInfo | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  return { name, kind: match[2] as BackupKind, createdAt: instantOf(match[1]!), bytes: statSync(join(dir, name)).size };
}

/** Which automatic backups are due: a daily one after a day, a weekly one after a week. */
export function dueBackups(existing: readonly BackupInfo[], now: Date): BackupKind[] {
  const newest = (kind: BackupKind) => existing.filter((b) => b.kind === kind).reduce<string | null>((m, b) => (m === null || b.createdAt > m ? b.createdAt : m), null);
  const older = (iso: string | null, hours: number) => iso === null || now.getTime() - Date.parse(iso) >= hours * 3_600_000;
  return (['daily', 'weekly'] as const).filter((kind) => older(newest(kind), kind === 'daily' ? 24 : 24 * 7));
}

/** `PRAGMA integrity_check` on a file, without changing it: 'ok', or what is wrong. */
export function integrityOf(file: string, pragma: 'integrity_check' | 'quick_check' = 'integrity_check'): string {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma(pragma) as Record<string, string>[];
    const messages = rows.map((r) => Object.values(r)[0]);
    return messages.length === 1 && messages[0] === 'ok' ? 'ok' : messages.join('; ');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

/**
 * Puts a backup in place of the database file (which must be closed), keeping the replaced file
 * (and its write-ahead log) beside the backups. Returns the name it was kept under.
 */
export function swapInBackup(dbFile: string, backupName: string, at: Date): string {
  return swapIn(dbFile, join(backupDirOf(dbFile), backupName), at, 'copy');
}

/** Puts `source` in place of the (closed) database file, moving or copying it; see swapInBackup. */
export function swapIn(dbFile: string, source: string, at: Date, how: 'copy' | 'move'): string {
  const dir = backupDirOf(dbFile);
  mkdirSync(dir, { recursive: true });
  const keptAs = `followthrough-replaced-${stampOf(at)}.db`;
  renameSync(dbFile, join(dir, keptAs));
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(dbFile + suffix)) renameSync(dbFile + suffix, join(dir, keptAs + suffix));
  }
  if (how === 'copy') copyFileSync(source, dbFile);
  else renameSync(source, dbFile);
  return basename(keptAs);
}
