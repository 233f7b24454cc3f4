/**
 * Scheduler benchmark. Prints the time of one reminder tick over ~100,000 dated obligations
 * (target < 20 ms, read through the index on the due time), and the memory of a fresh process
 * idle with that data open and the scheduler running.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixedClock } from '../src/main/clock';
import { openRuntime } from '../src/main/runtime';
import { findDue } from '../src/main/services/reminders/findDue';
import { runTick } from '../src/main/services/reminders/tick';
import { getSettings } from '../src/main/services/settings';
import { seedBoard, seedContracts } from './seed';
import { scaled, scaledRuns } from './scale';

const COLLABORATIONS = scaled(11_200);
const AS_OF = '2026-11-23T10:00:00.000Z';
const RUNS = scaledRuns(30);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(2)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** Measured in a fresh process, so the seeding above does not count. */
function idleMemory(dataDir: string): { rss: number; heapUsed: number } {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/schedulerIdle.ts', dataDir, AS_OF], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as { rss: number; heapUsed: number };
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'followthrough-bench-'));
  const clock = fixedClock(AS_OF);
  try {
    const seeding = openRuntime({ dataDir, clock, migrationsFolder: resolve('src/main/db/migrations') });
    const sqlite = seeding.ctx.db.$client;
    seedBoard(sqlite, { collaborations: COLLABORATIONS, eventsPerCollaboration: 1, creators: scaled(1_000), campaigns: 20 });
    seedContracts(sqlite, { collaborations: COLLABORATIONS, asOfDate: AS_OF.slice(0, 10), timeZone: 'Europe/Amsterdam' });
    // Some creators owe a reply: the reply clock runs for one card in twenty.
    sqlite.prepare(`UPDATE collaborations SET awaiting_reply_since = ? WHERE id % 20 = 0`).run('2026-11-21T09:00:00.000Z');
    sqlite.prepare(`INSERT INTO settings (id, time_zone, currency) VALUES (1, 'Europe/Amsterdam', 'EUR') ON CONFLICT DO UPDATE SET time_zone = 'Europe/Amsterdam'`).run();
    const obligations = (sqlite.prepare('SELECT COUNT(*) AS n FROM milestones').get() as { n: number }).n;
    const open = (sqlite.prepare('SELECT COUNT(*) AS n FROM milestones WHERE delivered_at IS NULL').get() as { n: number }).n;
    seeding.close();

    const runtime = openRuntime({ dataDir, clock, migrationsFolder: resolve('src/main/db/migrations') });
    const { ctx } = runtime;
    const settings = getSettings(ctx);

    const t0 = performance.now();
    const first = runTick(ctx, clock.now(), settings);
    const firstMs = performance.now() - t0;

    const finds: number[] = [];
    const ticks: number[] = [];
    let due = 0;
    // findDue as the API answers it (with the words of each reminder); the tick words only new ones.
    for (let i = 0; i < RUNS + 3; i++) {
      const at = new Date(Date.parse(AS_OF) + (i + 1) * 60_000);
      let start = performance.now();
      due = findDue(ctx.db, at, settings).length;
      const find = performance.now() - start;
      start = performance.now();
      runTick(ctx, at, getSettings(ctx));
      const tick = performance.now() - start;
      if (i >= 3) {
        finds.push(find);
        ticks.push(tick);
      }
    }

    runtime.close();
    const memory = idleMemory(dataDir);

    const tick = median(ticks);
    console.log('Scheduler benchmark');
    console.log(`  ${obligations.toLocaleString('en')} dated obligations stored (${open.toLocaleString('en')} open) over ${COLLABORATIONS.toLocaleString('en')} collaborations`);
    console.log(`  first tick (fires ${first.fired.toLocaleString('en')} reminders, ${first.pops.length} summary pop-up)   ${ms(firstMs)}`);
    console.log(`  findDue alone (${due} items need attention)     median ${ms(median(finds))}  (${RUNS} runs)`);
    console.log(`  one tick, steady state (nothing new)          median ${ms(tick)}  (min ${ms(Math.min(...ticks))})  (target < 20 ms) ${tick < 20 ? 'OK' : 'OVER'}`);
    console.log(`  a fresh process idle with that data open, reminders running: rss ${mb(memory.rss)}, JS heap used ${mb(memory.heapUsed)}`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
