import { accessSync, constants, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ErrorReason } from '../../shared/result';

/** SQLite's primary result codes and Node's errno codes that mean the machine, not the request, failed. */
const BY_CODE: Record<string, ErrorReason> = {
  SQLITE_FULL: 'disk_full',
  ENOSPC: 'disk_full',
  EDQUOT: 'disk_full',
  SQLITE_READONLY: 'read_only',
  SQLITE_PERM: 'read_only',
  SQLITE_AUTH: 'read_only',
  EROFS: 'read_only',
  EACCES: 'read_only',
  EPERM: 'read_only',
  SQLITE_BUSY: 'busy',
  SQLITE_LOCKED: 'busy',
  SQLITE_IOERR: 'io_error',
  SQLITE_CANTOPEN: 'io_error',
  EIO: 'io_error',
};

/** Less free space than this, and an I/O error is taken for what it most likely is: a full disk. */
const NEARLY_FULL_BYTES = 256 * 1024;

/**
 * Whether an error means the disk or the folder failed (full, read-only, held by another writer,
 * an I/O error), and which; null for any other error. SQLite says a file could not be opened, or
 * an I/O error, also when the folder cannot be written to or the disk is full (growing the shared
 * memory file, creating a new file): `file` (the database or another file in its folder) lets the
 * folder itself tell which.
 */
export function storageReason(error: unknown, file?: string): ErrorReason | null {
  const code = codeOf(error);
  if (code === null) return null;
  // Extended result codes (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT, …) share their primary code's meaning.
  const primary = /^SQLITE_[A-Z]+/.exec(code)?.[0] ?? code;
  const reason = BY_CODE[primary] ?? null;
  if (reason === 'io_error' && file) {
    if (!writable(dirname(file))) return 'read_only';
    if (diskNearlyFull(file)) return 'disk_full';
  }
  return reason;
}

/** Whether the disk holding `file` has (almost) no room left. */
export function diskNearlyFull(file: string): boolean {
  return freeBytes(dirname(file)) < NEARLY_FULL_BYTES;
}

/** The SQLite or system error code, also of an error wrapped by drizzle ("Failed to run the query …"). */
function codeOf(error: unknown): string | null {
  for (let e = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && (e instanceof Database.SqliteError || /^E[A-Z]+$/.test(code))) return code;
  }
  return null;
}

function freeBytes(dir: string): number {
  try {
    const stats = statfsSync(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
