import { copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RowCounts } from './backupFile';
import { asBackupError, backupDirOf, PARTIAL, removeQuietly, verifyCopy } from './backups';
import { renameDurably, syncFile } from './durable';

/*
 * Putting other data in place of the database file. The new data is first copied next to it under
 * a temporary name and checked; the swap itself is one rename, so at every moment there is a whole
 * database file under the database's name, and a crash leaves either the old data or the new.
 */

/** Where the incoming data waits, checked, for its rename. */
export const incomingFileOf = (dbFile: string) => join(dirname(dbFile), `followthrough-incoming${PARTIAL}`);

/** Copies `source` next to the database and checks the copy; returns the staged file. */
export function stageCopy(dbFile: string, source: string, expected: RowCounts): string {
  const staged = incomingFileOf(dbFile);
  try {
    // A log left beside the staged name would be read as the new file's own.
    for (const suffix of ['', '-wal', '-shm']) rmSync(staged + suffix, { force: true });
    copyFileSync(source, staged);
    syncFile(staged);
    verifyCopy(staged, expected);
    return staged;
  } catch (error) {
    removeQuietly(staged);
    throw asBackupError(error, dirname(dbFile));
  }
}

/**
 * Renames the staged file over the (closed) database file. The write-ahead logs go first: the old
 * file's belongs to it, and SQLite would otherwise replay it into the new one (its content is
 * already in the copy the caller kept of the old data); the staged file's, if reading it left one,
 * holds nothing.
 */
export function swapInStaged(dbFile: string, staged: string): void {
  for (const suffix of ['-wal', '-shm']) {
    rmSync(dbFile + suffix, { force: true });
    rmSync(staged + suffix, { force: true });
  }
  renameDurably(staged, dbFile);
}

const stampOf = (at: Date) => at.toISOString().replace(/[:.]/g, '-');

/**
 * Keeps a damaged database file beside the backups (never listed: it is not a backup), without a
 * moment in which the database's name holds nothing: a hard link where the disk allows, else a copy.
 */
export function keepDamaged(dbFile: string, at: Date): string {
  const dir = backupDirOf(dbFile);
  mkdirSync(dir, { recursive: true });
  const keptAs = `followthrough-damaged-${stampOf(at)}.db`;
  try {
    linkSync(dbFile, join(dir, keptAs));
  } catch {
    copyFileSync(dbFile, join(dir, keptAs));
  }
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(dbFile + suffix)) renameSync(dbFile + suffix, join(dir, keptAs + suffix));
  }
  return keptAs;
}
