/**
 * Child process of the scheduler benchmark: opens a prepared data folder as the app would, starts
 * the reminder loop, waits while idle and prints its own memory as JSON.
 */
import { resolve } from 'node:path';
import { fixedClock } from '../src/main/clock';
import { openRuntime } from '../src/main/runtime';

const [dataDir, asOf] = process.argv.slice(2) as [string, string];
const runtime = openRuntime({ dataDir, clock: fixedClock(asOf), migrationsFolder: resolve('src/main/db/migrations') });
runtime.scheduler.start();
await new Promise((done) => setTimeout(done, 3_000));
globalThis.gc?.();
const { rss, heapUsed } = process.memoryUsage();
runtime.close();
console.log(JSON.stringify({ rss, heapUsed }));
