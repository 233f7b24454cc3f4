/**
 * Child process of the scheduler benchmark: opens a prepared data folder as the app would, starts
 * the reminder worker (alone: the backup worker's copy at start is not what this measures), waits
 * while idle and prints its own memory as JSON.
 */
import { resolve } from 'node:path';
import { fixedClock } from '../src/main/clock';
import { openRuntime } from '../src/main/runtime';
import { checkReminders } from '../src/main/services/reminders/tick';
import { ReminderWorker } from '../src/main/workers/reminderWorker';

const [dataDir, asOf] = process.argv.slice(2) as [string, string];
const runtime = openRuntime({ dataDir, clock: fixedClock(asOf), migrationsFolder: resolve('src/main/db/migrations') });
const reminders = new ReminderWorker({ tick: () => checkReminders(runtime.ctx), onResult: (result) => runtime.reportReminders(result) });
reminders.start();
await new Promise((done) => setTimeout(done, 3_000));
globalThis.gc?.();
const { rss, heapUsed } = process.memoryUsage();
reminders.stop();
runtime.close();
console.log(JSON.stringify({ rss, heapUsed }));
