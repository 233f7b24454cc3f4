import { accessSync, constants, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statfsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { type BackupCreated, type BackupFolder, type BackupInfo, type BackupKind, KEEP, newestFirst, parseBackupName, type SecondCopy } from '../../shared/backup/schemas';
import { checkDatabaseFile, countRows, countsDiffer, type FileCheck, type FileFault, type RowCounts } from './backupFile';
import { PARTIAL, removeQuietly, syncFile, syncFolder } from './durable';
import { isAccessTrouble, TROUBLE_WORDS, troubleOf, wordsFor } from './fileErrors';
import { materialsDirOf } from './materialFiles';
import { addToPool, type KitFile, kitFilesOf, poolDirOf, prunePool } from './materialKit';
import type { ProblemParams } from '../../shared/i18n/problems';
import { carried } from '../../shared/i18n/wording';
import { inEnglish } from '../../shared/i18n/spelled';

/*
 * Backups are whole copies of the database file made with `VACUUM INTO`: consistent even while the
 * app writes (it reads one snapshot), compact, and a plain SQLite file anyone can open. A copy is
 * written under a temporary name, synced, checked (integrity and every table's row count against
 * the data it came from) and only then renamed to a backup's name, so a full disk or a killed
 * process never leaves something that looks like a backup.
 */

export const backupDirOf = (dbFile: string) => join(dirname(dbFile), 'backups');

// Where they have always been imported from; their home is durable.ts, which material files share.
export { PARTIAL, removeQuietly };

const stampOf = (at: Date) => at.toISOString().replace(/[:.]/g, '-');

const baseNameOf = (kind: BackupKind, at: Date) => (kind === 'replaced' ? `followthrough-replaced-${stampOf(at)}` : `followthrough-${stampOf(at)}-${kind}`);

/** A name no file in `dir` has yet: two copies of the same moment (a pinned clock) never overwrite each other. */
export function backupNameOf(dir: string, kind: BackupKind, at: Date): string {
  const base = baseNameOf(kind, at);
  for (let copy = 1; ; copy++) {
    const name = copy === 1 ? `${base}.db` : `${base}-${copy}.db`;
    if (!existsSync(join(dir, name))) return name;
  }
}

/**
 * A copy that was not made; `detail` says why in English, to be put in whichever sentence fits the
 * caller, and `fault` holds the same as the values of the errors catalog's `service.copyFault`.
 */
export class BackupError extends Error {
  constructor(
    readonly reason: 'disk_full' | 'no_access' | 'check_failed' | 'changed' | 'other',
    readonly detail: string,
    readonly fault: ProblemParams,
  ) {
    super(reason === 'disk_full' ? 'No backup was made: the disk is full. Free some space and try again.' : `No backup was made: ${detail}.`);
    this.name = 'BackupError';
  }

  /** Why, as the value `why` of a refusal that passes it on. */
  get why(): ProblemParams {
    return carried('why', { message: this.detail, key: 'service.copyFault', params: this.fault });
  }
}

// Every value `service.copyFault` may read is there, whichever way it is said.
const copyFault = (code: string, more: ProblemParams = {}): ProblemParams => ({ fault: code, folder: '', trouble: '', detail: '', ...more });
// A file's own fault (`service.fileFault`) inside the copy's.
const withCheck = (code: string, check: FileFault): ProblemParams => copyFault(code, carried('check', { message: check.problem, key: 'service.fileFault', params: check.why }));

/** Makes a backup next to the data and, when a second folder is set, a checked copy there too. */
export function createBackup(sqlite: Database.Database, dbFile: string, at: Date, kind: BackupKind, secondDir: string | null = null): BackupCreated {
  const dir = backupDirOf(dbFile);
  // The materials' files go first: a backup is only listed once everything it names is kept.
  const kit = kitFilesOf(sqlite);
  try {
    addToPool(kit, poolDirOf(dir), (file) => join(materialsDirOf(dbFile), file.stored));
  } catch (error) {
    throw asBackupError(error, dir);
  }
  const name = backupNameOf(dir, kind, at);
  writeCheckedSnapshot(sqlite, dir, name);
  const info = infoOf(dir, name, 'backups');
  if (!info) throw new BackupError('check_failed', 'the copy could not be read back', copyFault('readBack'));
  rotate(dir, 'backups');
  return { ...info, second: secondDir ? copyToSecond(join(dir, name), secondDir, name, kit) : null };
}

/** A `VACUUM INTO` copy at `dir/name` that exists under that name only once it is synced and checked. */
export function writeCheckedSnapshot(sqlite: Database.Database, dir: string, name: string): void {
  const temp = join(dir, name + PARTIAL);
  try {
    mkdirSync(dir, { recursive: true });
    rmSync(temp, { force: true });
    const before = countRows(sqlite);
    sqlite.prepare('VACUUM INTO ?').run(temp);
    // One connection writes, so the counts only move if another process wrote meanwhile.
    const diff = countsDiffer(before, countRows(sqlite));
    if (diff) throw new BackupError('changed', 'the data changed while it was being copied; try again', copyFault('changed'));
    syncFile(temp);
    verifyCopy(temp, before);
    renameSync(temp, join(dir, name));
    syncFolder(dir);
  } catch (error) {
    removeQuietly(temp);
    throw asBackupError(error, dir);
  }
}

/** Copies a checked file to `dir/name` by way of a temporary name, checking the copy the same way. */
function copyChecked(source: string, dir: string, name: string, expected: RowCounts): void {
  const temp = join(dir, name + PARTIAL);
  try {
    rmSync(temp, { force: true });
    copyFileSync(source, temp);
    syncFile(temp);
    verifyCopy(temp, expected);
    renameSync(temp, join(dir, name));
    syncFolder(dir);
  } catch (error) {
    removeQuietly(temp);
    throw asBackupError(error, dir);
  }
}

/** integrity_check, and every table holding as many rows as the data the copy was made from. */
export function verifyCopy(file: string, expected: RowCounts): void {
  const check = checkDatabaseFile(file, { integrity: true });
  if (!check.ok) throw new BackupError('check_failed', `the copy failed its check (${check.problem})`, withCheck('copyCheck', check));
  const diff = countsDiffer(expected, check.counts);
  if (diff) throw new BackupError('check_failed', `the copy does not hold the same rows (${diff})`, copyFault('copyRows', { detail: diff }));
}

function copyToSecond(source: string, secondDir: string, name: string, kit: readonly KitFile[]): SecondCopy {
  const cannot = secondFolderProblem(secondDir);
  if (cannot.problem) return { folder: secondDir, saved: false, ...cannot };
  try {
    const check = checkDatabaseFile(source, { integrity: false });
    if (!check.ok) throw new BackupError('check_failed', `the backup could not be read back (${check.problem})`, withCheck('readBackCheck', check));
    addToPool(kit, poolDirOf(secondDir), (file) => join(poolDirOf(dirname(source)), file.sha256));
    copyChecked(source, secondDir, name, check.counts);
    rotate(secondDir, 'second');
    return { folder: secondDir, saved: true, problem: null };
  } catch (error) {
    const params = { folder: secondDir, ...whyNotCopied(error) };
    return { folder: secondDir, saved: false, problem: inEnglish(NOT_COPIED, params), key: NOT_COPIED, params };
  }
}

// Said on the settings page, where the copy's result is shown; the reason inside it is the errors catalog's.
const NOT_COPIED = 'settings:backups.notCopied';

/**
 * Why the copy failed, as the value `why`. A full disk is said plainly: the backup next to the data
 * was made, so "try again" would not help.
 */
function whyNotCopied(error: unknown): ProblemParams {
  if (error instanceof BackupError && error.reason !== 'disk_full') return error.why;
  const trouble = error instanceof BackupError ? 'disk_full' : troubleOf(error);
  const params = { trouble, detail: trouble === 'other' ? messageOf(error) : '' };
  return carried('why', { message: inEnglish('service.fileTrouble', params), key: 'service.fileTrouble', params });
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Why the second folder cannot take backups now, in English and coded (`service.folderCannotTake`); no problem when it can. */
export function secondFolderProblem(dir: string, needBytes = 0): Pick<SecondCopy, 'problem' | 'key' | 'params'> {
  const fault = folderFault(dir, needBytes);
  return fault ? { problem: fault.problem, key: 'service.folderCannotTake', params: fault.values } : { problem: null };
}

/**
 * Why a folder cannot take backups right now, in English and as the values of the errors catalog's
 * `service.folderCannotTake`; null when it can. `needBytes` (the size of the newest backup) also
 * checks the free space, so a full drive shows before a copy fails.
 */
export function folderFault(dir: string, needBytes = 0): { problem: string; values: ProblemParams } | null {
  const values = (fault: string, more: ProblemParams = {}): ProblemParams => ({ fault, folder: dir, free: '', need: '', trouble: '', detail: '', ...more });
  try {
    if (!statSync(dir).isDirectory()) return { problem: `${dir} is not a folder.`, values: values('notFolder') };
    accessSync(dir, constants.W_OK);
    const { bavail, bsize } = statfsSync(dir);
    if (bavail * bsize < needBytes) {
      const [free, need] = [megabytes(bavail * bsize), megabytes(needBytes)];
      return { problem: `The disk of ${dir} is full: ${free} free, a backup needs ${need}.`, values: values('full', { free, need }) };
    }
    return null;
  } catch (error) {
    const trouble = troubleOf(error);
    if (trouble === 'missing') return { problem: `There is no folder at ${dir} (is the drive connected?).`, values: values('missing') };
    return { problem: `The folder ${dir} cannot take backups: ${wordsFor(error)}.`, values: values('other', { trouble, detail: error instanceof Error ? error.message : String(error) }) };
  }
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

export function asBackupError(error: unknown, dir: string): BackupError {
  if (error instanceof BackupError) return error;
  const trouble = troubleOf(error);
  if (trouble === 'disk_full') return new BackupError('disk_full', 'the disk is full', copyFault('disk_full'));
  if (isAccessTrouble(trouble)) return new BackupError('no_access', `Followthrough cannot write to ${dir} (${TROUBLE_WORDS[trouble]})`, copyFault('no_access', { folder: dir, trouble }));
  return new BackupError('other', wordsFor(error), copyFault(trouble === 'missing' ? 'missing' : 'other', { detail: error instanceof Error ? error.message : String(error) }));
}

/** The backups in the folder next to the data and in the second folder, newest first. */
export function listBackups(dbFile: string, secondDir: string | null = null): BackupInfo[] {
  const all = [...listFolder(backupDirOf(dbFile), 'backups'), ...(secondDir ? listFolder(secondDir, 'second') : [])];
  return all.sort((a, b) => newestFirst(a, b) || a.folder.localeCompare(b.folder));
}

export const folderPathOf = (dbFile: string, folder: BackupFolder, secondDir: string | null): string | null =>
  folder === 'backups' ? backupDirOf(dbFile) : secondDir;

function listFolder(dir: string, folder: BackupFolder): BackupInfo[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    // A missing or unreachable folder holds no backups we can offer; the folder status says why.
    return [];
  }
  return names.map((name) => infoOf(dir, name, folder)).filter((b): b is BackupInfo => b !== null);
}

/*
 * Listing opens each file (header, the app's tables, three counts); the answer is kept while the
 * file's size and modification time stay the same, so a list of dozens of backups stays quick.
 */
const checked = new Map<string, { ino: number; size: number; mtimeMs: number; check: FileCheck }>();

function infoOf(dir: string, name: string, folder: BackupFolder): BackupInfo | null {
  const parsed = parseBackupName(name);
  if (!parsed) return null;
  const file = join(dir, name);
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return null;
  }
  let entry = checked.get(file);
  if (!entry || entry.ino !== stat.ino || entry.size !== stat.size || entry.mtimeMs !== stat.mtimeMs) {
    entry = { ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, check: checkDatabaseFile(file, { integrity: false }) };
    checked.set(file, entry);
  }
  if (!entry.check.ok) return null;
  return { name, kind: parsed.kind, folder, createdAt: parsed.createdAt, bytes: stat.size, holds: entry.check.holds };
}

/** Keeps the newest of each kind (7 daily, 4 weekly, 10 made by hand, 5 replaced), and the material files they name. */
function rotate(dir: string, folder: BackupFolder): void {
  const all = listFolder(dir, folder);
  for (const kind of Object.keys(KEEP) as BackupKind[]) {
    const old = all.filter((b) => b.kind === kind).sort(newestFirst).slice(KEEP[kind]);
    for (const b of old) {
      for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, b.name + suffix), { force: true });
      checked.delete(join(dir, b.name));
    }
  }
  prunePool(poolDirOf(dir), listFolder(dir, folder).map((b) => join(dir, b.name)));
}

/** Which automatic backups are due: a daily one after a day, a weekly one after a week. */
export function dueBackups(existing: readonly BackupInfo[], now: Date): BackupKind[] {
  const newest = (kind: BackupKind) => existing.filter((b) => b.kind === kind).reduce<string | null>((m, b) => (m === null || b.createdAt > m ? b.createdAt : m), null);
  const older = (iso: string | null, hours: number) => iso === null || now.getTime() - Date.parse(iso) >= hours * 3_600_000;
  return (['daily', 'weekly'] as const).filter((kind) => older(newest(kind), kind === 'daily' ? 24 : 24 * 7));
}

/** Removes what a killed backup, restore or import left under a temporary name; returns the names. */
export function removeLeftovers(dirs: readonly string[]): string[] {
  const removed: string[] = [];
  for (const dir of dirs) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.startsWith('followthrough') && n.includes(PARTIAL))) {
      try {
        rmSync(join(dir, name), { force: true });
        removed.push(name);
      } catch {
        // Tried again at the next start.
      }
    }
  }
  return removed;
}
