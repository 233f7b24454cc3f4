import type { Runtime } from '../runtime';
import { writeTransaction } from '../db/writeTransaction';
import { emptyTrashByAge } from '../services/archive/trash';
import { checkReminders } from '../services/reminders/tick';
import { BackupWorker } from './backupWorker';
import { CalendarFeedWorker } from './calendarFeedWorker';
import { MailSyncWorker } from './mailSyncWorker';
import { OutboxWorker } from './outboxWorker';
import { ReminderWorker } from './reminderWorker';
import type { Timers } from './timers';
import type { BackgroundWorker } from './worker';

export interface WorkersOptions {
  /** Injected for tests; Node's timers otherwise. */
  timers?: Timers;
  /** Where a worker's failure is said (the console by default). */
  log?: (message: string) => void;
  /** The live calendar feed: its port and how to show a card when a calendar app links back. Off without it. */
  feed?: { port: number; openCard(collaborationId: number): void };
}

/** The running workers, as the desktop shell and the browser host hold them. */
export interface Workers {
  /** Data changed: each worker that cares looks again soon. */
  poke(): void;
  /** The computer woke up or was unlocked. */
  resume(): void;
  /** Stops every worker, whatever another one does. */
  stop(): void;
}

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
const consoleLog = (message: string) => console.error(message);

/**
 * Starts the app's background workers on an open runtime: the reminder check (on start, every
 * minute, shortly after a change), the automatic backups (leftovers cleaned at start, then
 * hourly), the mailbox sync (on start and every five minutes, once a mailbox is connected), the
 * outbox (every half minute, when a mail's pause is over) and,
 * when asked for, the live calendar feed. The one way the desktop shell and the browser host run them; stop before closing.
 */
export function startWorkers(runtime: Pick<Runtime, 'ctx' | 'subscribeChanges' | 'reportReminders' | 'dispatch'>, options: WorkersOptions = {}): Workers {
  const log = options.log ?? consoleLog;
  const { timers } = options;
  // The trash keeps what was put in it for 30 days: older things are deleted for good at each start.
  try {
    writeTransaction(runtime.ctx.db.$client, () => emptyTrashByAge(runtime.ctx));
  } catch (error) {
    log(`Emptying the trash failed: ${reason(error)}`);
  }
  const workers = runWorkers(
    [
      new ReminderWorker({
        tick: () => checkReminders(runtime.ctx),
        onResult: (result) => runtime.reportReminders(result),
        onError: (error) => log(`Reminder check failed: ${reason(error)}`),
        timers,
      }),
      new BackupWorker({ ctx: runtime.ctx, clock: runtime.ctx.clock, timers, onError: (error) => log(`Automatic backup: ${reason(error)}`) }),
      // Through the API, so the pages hear of what a sync took as of any other change.
      new MailSyncWorker({ ctx: runtime.ctx, clock: runtime.ctx.clock, timers, sync: async () => runtime.dispatch('mail.sync', {}), onError: (error) => log(`Mail sync: ${reason(error)}`) }),
      new OutboxWorker({ ctx: runtime.ctx, timers, retry: async () => runtime.dispatch('mail.outbox.retry', {}), onError: (error) => log(`Outbox: ${reason(error)}`) }),
      ...(options.feed ? [new CalendarFeedWorker({ ctx: runtime.ctx, ...options.feed, onError: (error) => log(`Calendar feed: ${reason(error)}`) })] : []),
    ],
    log,
  );
  // A delivery, a reply or a settings change may close or open reminders.
  const unsubscribe = runtime.subscribeChanges(() => workers.poke());
  return {
    poke: workers.poke,
    resume: workers.resume,
    stop: () => {
      unsubscribe();
      workers.stop();
    },
  };
}

/** Starts each worker in turn: one that fails to start is logged, and the others run (and stop) all the same. */
export function runWorkers(workers: readonly BackgroundWorker[], log: (message: string) => void = consoleLog): Workers {
  const each = (verb: string, act: (worker: BackgroundWorker) => void) => {
    for (const worker of workers) {
      try {
        act(worker);
      } catch (error) {
        log(`${worker.name} could not ${verb}: ${reason(error)}`);
      }
    }
  };
  each('start', (w) => w.start());
  return {
    poke: () => each('look again', (w) => w.poke?.()),
    resume: () => each('resume', (w) => w.resume?.()),
    stop: () => each('stop', (w) => w.stop()),
  };
}
