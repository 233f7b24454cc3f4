import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo } from '../../shared/backup/schemas';
import { carried } from '../../shared/i18n/wording';
import { checkDatabaseFile, integrityProblems } from './backupFile';
import { backupDirOf, folderPathOf, listBackups } from './backups';
import { CodedError } from './codedError';
import { type FileTrouble, isAccessTrouble, troubleOf } from './fileErrors';
import { materialsDirOf } from './materialFiles';
import { bringBack, kitFilesIn, poolDirOf } from './materialKit';
import { keepDamaged, stageCopy, swapInStaged } from './replace';

/*
 * What stops the data from opening at start. A file that cannot be read or written (permissions,
 * a read-only drive) is not damaged, and rolling back to a backup would throw away good data, so
 * access is checked first and reported on its own; only a file that opens and fails SQLite's
 * quick_check is damaged.
 */

export class DatabaseUnreadableError extends CodedError {
  constructor(
    readonly path: string,
    readonly access: 'read' | 'write',
    readonly trouble: FileTrouble,
  ) {
    super('start.unreachable', { path, access, trouble });
    this.name = 'DatabaseUnreadableError';
  }
}

function accessTrouble(path: string, mode: number): FileTrouble | null {
  try {
    accessSync(path, mode);
    return null;
  } catch (error) {
    const trouble = troubleOf(error);
    return isAccessTrouble(trouble) ? trouble : null;
  }
}

/** The folder and the file must be readable and writable, and the file must open for writing. */
export function findAccessProblem(dataDir: string, file: string): DatabaseUnreadableError | null {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    // Node's recursive mkdir can answer ENOENT for a read-only parent: ask the nearest folder that exists.
    let parent = dirname(dataDir);
    while (!existsSync(parent) && dirname(parent) !== parent) parent = dirname(parent);
    const trouble = isAccessTrouble(troubleOf(error)) ? troubleOf(error) : accessTrouble(parent, constants.W_OK);
    if (trouble) return new DatabaseUnreadableError(dataDir, 'write', trouble);
    throw error;
  }
  for (const path of [dataDir, ...[file, `${file}-wal`, `${file}-shm`].filter((f) => existsSync(f))]) {
    const read = accessTrouble(path, path === dataDir ? constants.R_OK | constants.X_OK : constants.R_OK);
    if (read) return new DatabaseUnreadableError(path, 'read', read);
    const write = accessTrouble(path, constants.W_OK);
    if (write) return new DatabaseUnreadableError(path, 'write', write);
  }
  if (!existsSync(file)) return null;
  return openingProblem(file);
}

/** Opening for writing shows what access() cannot: SQLite falls back to read-only without an error. */
function openingProblem(file: string): DatabaseUnreadableError | null {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    if (db.readonly) return new DatabaseUnreadableError(file, 'write', 'read_only');
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    return null;
  } catch (error) {
    const trouble = troubleOf(error);
    // Anything else (a file that is not a database, a damaged one) is for the damage check.
    return isAccessTrouble(trouble) ? new DatabaseUnreadableError(file, 'write', trouble) : null;
  } finally {
    db?.close();
  }
}

/** What was found wrong with the database file at startup, and the backup that could replace it. */
export interface Damage {
  file: string;
  problem: string;
  /** The newest backup that passes every check, if any. */
  latestGood: BackupInfo | null;
}

/** `quick_check` before opening: a damaged file is reported instead of crashing the app later. */
export function findDamage(file: string, secondDir: string | null = null): Damage | null {
  if (!existsSync(file)) return null;
  const problem = quickCheck(file);
  if (problem === 'ok') return null;
  // Replaced copies hold data the user chose to set aside: recovery never picks them by itself.
  const latestGood =
    listBackups(file, secondDir)
      .filter((b) => b.kind !== 'replaced')
      .find((b) => checkDatabaseFile(join(folderPathOf(file, b.folder, secondDir)!, b.name), { integrity: true }).ok) ?? null;
  return { file, problem, latestGood };
}

function quickCheck(file: string): string {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const problems = integrityProblems(db, 'quick_check');
    return problems.length === 0 ? 'ok' : problems.slice(0, 3).join('; ');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}

/** Puts a checked copy of the latest good backup in place; the damaged file is kept beside the backups. */
export function recoverFrom(damage: Damage, at: Date, secondDir: string | null = null): string {
  if (!damage.latestGood) throw new CodedError('start.noGoodBackup', {});
  const source = join(folderPathOf(damage.file, damage.latestGood.folder, secondDir)!, damage.latestGood.name);
  const check = checkDatabaseFile(source, { integrity: true });
  if (!check.ok) {
    throw new CodedError('start.backupUnusable', { name: damage.latestGood.name, ...carried('check', { message: check.problem, key: 'service.fileFault', params: check.why }) });
  }
  const staged = stageCopy(damage.file, source, check.counts);
  const keptAs = keepDamaged(damage.file, at);
  swapInStaged(damage.file, staged);
  bringBackKitQuietly(source, damage.file, secondDir);
  return keptAs;
}

/**
 * The files the backup's materials name, put back where they are missing. The data is back either
 * way: a file found nowhere (or a disk with no room for it) shows as missing in the kit.
 */
function bringBackKitQuietly(backup: string, dbFile: string, secondDir: string | null): void {
  try {
    const pools = [poolDirOf(dirname(backup)), poolDirOf(backupDirOf(dbFile)), ...(secondDir ? [poolDirOf(secondDir)] : [])];
    bringBack(kitFilesIn(backup), materialsDirOf(dbFile), [...new Set(pools)]);
  } catch {
    // Each file is written checked or not at all; what could not be is listed as missing.
  }
}

export class DatabaseDamagedError extends CodedError {
  constructor(readonly damage: Damage) {
    const latest = damage.latestGood ? { latest: 'yes', backup: damage.latestGood.name } : { latest: 'no', backup: '' };
    super('start.damaged', { file: damage.file, problem: damage.problem, ...latest });
  }
}
