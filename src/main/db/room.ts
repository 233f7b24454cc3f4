import { accessSync, constants, statfsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { backupDirOf, listBackups } from './backups';

/** Room kept free on top of what a file operation needs: the database's own log grows meanwhile. */
const MARGIN_BYTES = 256 * 1024;
/** The pages a mail's rows and their indexes touch, each written to the log. */
const MAIL_PAGES_BYTES = 64 * 1024;

/**
 * The procedures that write files outside a transaction (a backup, a restore, an import) refuse
 * before they touch anything when the folder cannot be written to or the disk has no room for what
 * they write: half a copy is no backup, and a restore that fails halfway leaves no database in place.
 * A mail is not handed to a server when what becomes of it could not be recorded after.
 */
export function ensureRoomFor(sqlite: Database.Database, what: { backupOf: 'database' } | { restoreOf: string } | { importOf: string } | { mailOf: number }): void {
  const dbFile = sqlite.name;
  // Throws EROFS or EACCES, which the dispatcher answers as a read-only folder.
  accessSync(dirname(dbFile), constants.W_OK);
  // The data as SQLite sees it (write-ahead log included): what a backup copies, and what the
  // database file may grow to when closing moves the log into it.
  const logical = Number(sqlite.pragma('page_count', { simple: true })) * Number(sqlite.pragma('page_size', { simple: true }));
  const growth = Math.max(0, logical - sizeOf(dbFile));
  let needed: number;
  if ('restoreOf' in what) {
    const backup = listBackups(dbFile).find((b) => b.name === what.restoreOf);
    // An unknown name is the restore's own refusal to make.
    needed = (backup ? sizeOf(join(backupDirOf(dbFile), backup.name)) : 0) + growth;
  } else if ('importOf' in what) {
    needed = Buffer.byteLength(what.importOf) + growth;
  } else if ('mailOf' in what) {
    // The outbox row, its state twice and the message event with the text again, each written to the log
    // first, a few pages each: what is written, not a copy of the database, so no margin on top.
    if (freeBytes(dirname(dbFile)) < 8 * what.mailOf + MAIL_PAGES_BYTES) throw noRoom(dbFile, 8 * what.mailOf + MAIL_PAGES_BYTES);
    return;
  } else {
    needed = logical;
  }
  if (freeBytes(dirname(dbFile)) < needed + MARGIN_BYTES) throw noRoom(dbFile, needed + MARGIN_BYTES);
}

const noRoom = (dbFile: string, bytes: number) => Object.assign(new Error(`Not enough free space next to ${dbFile}: ${bytes} bytes needed.`), { code: 'ENOSPC' });

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function freeBytes(dir: string): number {
  const stats = statfsSync(dir);
  return stats.bavail * stats.bsize;
}
