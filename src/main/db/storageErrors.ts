import { accessSync, constants } from 'node:fs';
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

/**
 * Whether an error means the disk or the folder failed (full, read-only, held by another writer,
 * an I/O error), and which; null for any other error. `file` (the database or another file written
 * in that folder) tells a folder that cannot be written to from a failing disk, as SQLite only says
 * that it could not open a file.
 */
export function storageReason(error: unknown, file?: string): ErrorReason | null {
  if (!(error instanceof Error)) return null;
  const code = (error as NodeJS.ErrnoException).code;
  if (typeof code !== 'string') return null;
  // Extended result codes (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT, …) share their primary code's meaning.
  const primary = error instanceof Database.SqliteError ? (/^SQLITE_[A-Z]+/.exec(code)?.[0] ?? code) : code;
  if (primary === 'SQLITE_CANTOPEN' && file && !writable(dirname(file))) return 'read_only';
  return BY_CODE[primary] ?? null;
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
