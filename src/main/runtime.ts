import { join } from 'node:path';
import type { ProcedureName } from '../shared/api';
import type { TickResult } from '../shared/reminders/schemas';
import { type CallMeta, createDispatcher, type Dispatch } from './api/dispatcher';
import type { Clock } from './clock';
import { openDatabase } from './db/client';
import { type Damage, DatabaseDamagedError, findAccessProblem, findDamage, recoverFrom } from './db/damage';
import { lockDataFolder } from './db/folderLock';
import { readSecondFolder } from './db/secondFolder';
import { MemorySecrets } from './secrets/memory';
import type { Secrets } from './secrets/secrets';
import type { Ctx } from './services/context';

export interface RuntimeOptions {
  dataDir: string;
  migrationsFolder: string;
  clock: Clock;
  /** A procedure changed data; `origin` is the calling page's id when it gave one. */
  onChange?: (procedure: ProcedureName, origin?: string) => void;
  /** Reminders fired, closed or to pop up (the shell shows them natively, the host over SSE). */
  onReminders?: (result: TickResult) => void;
  /**
   * The database failed its check at startup: return true to put the latest good backup in place
   * (the damaged file is kept). Without it, or when it says no, opening fails with the damage.
   * Never asked when the data cannot be read or written: that throws DatabaseUnreadableError.
   */
  onDamage?: (damage: Damage) => boolean;
  /** Where passwords are kept: the desktop passes the keychain's, the browser host its own; memory otherwise. */
  secrets?: Secrets;
}

export interface Runtime {
  ctx: Ctx;
  dispatch: Dispatch;
  dbFile: string;
  /** Hears of every change a procedure made, after `onChange`; returns how to stop hearing. */
  subscribeChanges(listener: (procedure: ProcedureName) => void): () => void;
  /** Passes on what a reminder check found, when it fired, closed or pops up something. */
  reportReminders(result: TickResult): void;
  /** Stop the workers (src/main/workers) first: the database closes here. */
  close(): void;
}

/**
 * Opens the data folder and wires the dispatcher: shared by the Electron app and the browser host.
 * Only one copy may have a data folder open (DataFolderInUseError otherwise).
 */
export function openRuntime(options: RuntimeOptions): Runtime {
  const dbFile = join(options.dataDir, 'followthrough.db');
  // What cannot be read or written is said as such first, before any lock or check.
  const unreachable = findAccessProblem(options.dataDir, dbFile);
  if (unreachable) throw unreachable;
  const lock = lockDataFolder(options.dataDir);
  try {
    return openLocked(options, dbFile, () => lock.release());
  } catch (error) {
    lock.release();
    throw error;
  }
}

function openLocked(options: RuntimeOptions, dbFile: string, unlock: () => void): Runtime {
  const secondDir = readSecondFolder(options.dataDir);
  const damage = findDamage(dbFile, secondDir);
  if (damage) {
    if (!damage.latestGood || !options.onDamage?.(damage)) throw new DatabaseDamagedError(damage);
    recoverFrom(damage, options.clock.now(), secondDir);
  }
  const db = openDatabase(dbFile, { migrationsFolder: options.migrationsFolder, now: () => options.clock.now() });
  const ctx: Ctx = { db, clock: options.clock, migrationsFolder: options.migrationsFolder, secrets: options.secrets ?? new MemorySecrets() };
  const report = (result: TickResult) => {
    if (result.fired > 0 || result.closed > 0 || result.pops.length > 0) options.onReminders?.(result);
  };
  const listeners = new Set<(procedure: ProcedureName) => void>();
  const dispatch = createDispatcher(ctx, {
    onChange: (procedure, origin) => {
      options.onChange?.(procedure, origin);
      for (const listener of listeners) listener(procedure);
    },
  });
  return {
    ctx,
    dbFile,
    subscribeChanges: (listener) => {
      // Wrapped, so the same function subscribed twice is two subscriptions, each ended on its own.
      const own = (procedure: ProcedureName) => listener(procedure);
      listeners.add(own);
      return () => listeners.delete(own);
    },
    reportReminders: report,
    // A check asked for through the API pops up what it finds, like the app's own checks; only
    // once its answer is back, so nothing pops up for a check whose write failed.
    dispatch: ((name: string, input: unknown, meta?: CallMeta) => {
      const result = dispatch(name, input, meta);
      if (name === 'notifications.check' && !(result instanceof Promise) && result.ok) report(result.data as TickResult);
      return result;
    }) as Dispatch,
    close: () => {
      listeners.clear();
      // A restore may have replaced the connection it opened with.
      ctx.db.$client.close();
      unlock();
    },
  };
}
