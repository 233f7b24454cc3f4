import { accessSync, constants, statfsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { backupDirOf, listBackups } from '../db/backups';
import type { Ctx } from '../services/context';

/** Room kept free on top of what a file operation needs: the database's own log grows meanwhile. */
const MARGIN_BYTES = 256 * 1024;

/**
 * The procedures that write files outside a transaction (a backup, a restore, an import) refuse
 * before they touch anything when the folder cannot be written to or the disk has no room for what
 * they write: half a copy is no backup, and a restore that fails halfway leaves no database in place.
 */
export function ensureRoomFor(ctx: Ctx, what: { backupOf: 'database' } | { restoreOf: string } | { importOf: string }): void {
  const sqlite = ctx.db.$client;
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
  } else {
    needed = logical;
  }
  if (freeBytes(dirname(dbFile)) < needed + MARGIN_BYTES) {
    throw Object.assign(new Error(`Not enough free space next to ${dbFile}: ${needed + MARGIN_BYTES} bytes needed.`), { code: 'ENOSPC' });
  }
}

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
