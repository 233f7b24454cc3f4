import { join } from 'node:path';
import type { ProcedureName } from '../shared/api';
import type { TickResult } from '../shared/reminders/schemas';
import { createDispatcher, type Dispatch } from './api/dispatcher';
import { handlers } from './api/handlers';
import type { Clock } from './clock';
import { BackupKeeper } from './backupKeeper';
import { openDatabase } from './db/client';
import { type Damage, DatabaseDamagedError, findAccessProblem, findDamage, recoverFrom } from './db/damage';
import { readSecondFolder } from './db/secondFolder';
import { Scheduler } from './scheduler/loop';
import { runTick } from './scheduler/tick';
import type { Ctx } from './services/context';
import { getSettings } from './services/settings';

export interface RuntimeOptions {
  dataDir: string;
  migrationsFolder: string;
  clock: Clock;
  onChange?: (procedure: ProcedureName) => void;
  /** Reminders fired, closed or to pop up (the shell shows them natively, the host over SSE). */
  onReminders?: (result: TickResult) => void;
  /**
   * The database failed its check at startup: return true to put the latest good backup in place
   * (the damaged file is kept). Without it, or when it says no, opening fails with the damage.
   * Never asked when the data cannot be read or written: that throws DatabaseUnreadableError.
   */
  onDamage?: (damage: Damage) => boolean;
}

export interface Runtime {
  ctx: Ctx;
  dispatch: Dispatch;
  dbFile: string;
  scheduler: Scheduler;
  backups: BackupKeeper;
  close(): void;
}

/** Opens the data folder and wires the dispatcher: shared by the Electron app and the browser host. */
export function openRuntime(options: RuntimeOptions): Runtime {
  const dbFile = join(options.dataDir, 'followthrough.db');
  const unreachable = findAccessProblem(options.dataDir, dbFile);
  if (unreachable) throw unreachable;
  const secondDir = readSecondFolder(options.dataDir);
  const damage = findDamage(dbFile, secondDir);
  if (damage) {
    if (!damage.latestGood || !options.onDamage?.(damage)) throw new DatabaseDamagedError(damage);
    recoverFrom(damage, options.clock.now(), secondDir);
  }
  const db = openDatabase(dbFile, { migrationsFolder: options.migrationsFolder, now: () => options.clock.now() });
  const ctx: Ctx = { db, clock: options.clock, migrationsFolder: options.migrationsFolder };
  const backups = new BackupKeeper({ ctx, clock: options.clock, onError: (error) => console.error(`Automatic backup: ${error instanceof Error ? error.message : String(error)}`) });
  const report = (result: TickResult) => options.onReminders?.(result);
  const scheduler = new Scheduler({
    tick: () => runTick(ctx, options.clock.now(), getSettings(ctx)),
    onResult: report,
    onError: (error) => console.error('Reminder check failed:', error),
  });
  return {
    ctx,
    dbFile,
    scheduler,
    backups,
    dispatch: createDispatcher(ctx, {
      handlers: {
        ...handlers,
        // A check asked for through the API pops up what it finds, like the app's own checks.
        'notifications.check': (c, input) => {
          const result = handlers['notifications.check'](c, input);
          if (result.fired > 0 || result.closed > 0 || result.pops.length > 0) report(result);
          return result;
        },
      },
      onChange: (procedure) => {
        options.onChange?.(procedure);
        // A delivery, a reply or a settings change may close or open reminders.
        scheduler.poke();
      },
    }),
    close: () => {
      scheduler.stop();
      backups.stop();
      // A restore may have replaced the connection it opened with.
      ctx.db.$client.close();
    },
  };
}
