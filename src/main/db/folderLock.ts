import { accessSync, constants } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CodedError } from './codedError';
import { storageReason } from './storageErrors';

export const LOCK_FILE = 'followthrough.lock';

/** Another copy of Followthrough (desktop or browser host) has this data folder open. */
export class DataFolderInUseError extends CodedError {
  constructor(readonly dataDir: string) {
    super('start.inUse', { folder: dataDir });
    this.name = 'DataFolderInUseError';
  }
}

/** The lock file cannot be made: the folder is read-only, not ours, or the disk failed. */
export class DataFolderLockError extends CodedError {
  constructor(
    readonly dataDir: string,
    cause: unknown,
  ) {
    const reason = storageReason(cause, join(dataDir, LOCK_FILE));
    const why = reason === 'read_only' || reason === 'disk_full' ? reason : 'other';
    super('start.lockFailed', { folder: dataDir, why, detail: why === 'other' ? (cause instanceof Error ? cause.message : String(cause)) : '' }, { cause });
    this.name = 'DataFolderLockError';
  }
}

export interface FolderLock {
  release(): void;
}

/**
 * Takes the data folder for this process until release() or exit: two copies writing one database
 * make each other's writes fail, and a restore in one swaps the file under the other.
 *
 * The lock is SQLite's own exclusive lock on a small file beside the database (`locking_mode =
 * EXCLUSIVE` keeps it after the transaction). The operating system drops it when the process ends,
 * however it ends, so a crash never leaves a stale lock and no process id has to be trusted; it
 * holds across processes and between connections of one process alike.
 */
export function lockDataFolder(dataDir: string): FolderLock {
  let lock: Database.Database | null = null;
  try {
    // SQLite takes the lock of a read-only file too; a copy that cannot write has to say so now.
    accessSync(dataDir, constants.W_OK);
    lock = new Database(join(dataDir, LOCK_FILE), { timeout: 0 });
    lock.pragma('journal_mode = MEMORY');
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE; COMMIT;');
  } catch (error) {
    lock?.close();
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY') throw new DataFolderInUseError(dataDir);
    throw new DataFolderLockError(dataDir, error);
  }
  const held = lock;
  return {
    release: () => {
      if (held.open) held.close();
    },
  };
}
