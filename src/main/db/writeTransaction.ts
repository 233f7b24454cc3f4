import type Database from 'better-sqlite3';

/**
 * Runs `fn` as one write transaction begun IMMEDIATE, so that:
 * - the COMMIT is a statement of its own whose failure (disk full, I/O error) is thrown. A lone
 *   `INSERT … RETURNING` read with better-sqlite3's `.get()` commits when the statement is reset,
 *   and that result is dropped: the call answered with a row that was never stored;
 * - the write lock is taken first, so another writer makes it wait (busy_timeout) rather than fail:
 *   a deferred transaction that reads and then writes gets SQLITE_BUSY at once, without waiting;
 * - a change of several rows is all or nothing.
 * Inside a transaction already, it nests as a savepoint (better-sqlite3 does that).
 */
export function writeTransaction<T>(sqlite: Database.Database, fn: () => T): T {
  try {
    return sqlite.transaction(fn).immediate();
  } catch (error) {
    if (isDiskFull(error) && !sqlite.inTransaction) giveBackLogSpace(sqlite);
    throw error;
  }
}

function isDiskFull(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_FULL';
}

/**
 * The write-ahead log only shrinks at a checkpoint, and on a disk that is nearly full the log is
 * what fills it; copying it into the database and truncating it gives that space back, so the
 * next write can succeed once the disk has a little room. Best effort: it may fail for lack of
 * space too, and is tried again after the next failure.
 */
function giveBackLogSpace(sqlite: Database.Database): void {
  try {
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Nothing was changed by the failed write; the checkpoint is only a courtesy.
  }
}
