/**
 * Outreach benchmark. Prints the time of the "who needs a nudge" view (`outreach.nudges`, the
 * suggested next message for every collaboration) over 10,000 collaborations with contracts and
 * 100,000 logged messages (target < 200 ms), and of one suggestion and one composed message.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fixedClock } from '../src/main/clock';
import { restartReplyClock } from '../src/main/services/replyClock';
import { openRuntime } from '../src/main/runtime';
import { seedBoard, seedContracts } from './seed';
import { scaled, scaledRuns } from './scale';

const COLLABORATIONS = scaled(10_000);
const MESSAGES_PER_COLLABORATION = 10;
const AS_OF = '2026-11-23T10:00:00.000Z';
const RUNS = scaledRuns(15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

function time(fn: () => unknown): { ms: number; result: unknown } {
  const times: number[] = [];
  let result: unknown;
  for (let i = 0; i < RUNS + 2; i++) {
    const start = performance.now();
    result = fn();
    if (i >= 2) times.push(performance.now() - start);
  }
  return { ms: median(times), result };
}

const dataDir = mkdtempSync(join(tmpdir(), 'followthrough-bench-'));
try {
  const runtime = openRuntime({ dataDir, clock: fixedClock(AS_OF), migrationsFolder: resolve('src/main/db/migrations') });
  const sqlite = runtime.ctx.db.$client;
  seedBoard(sqlite, { collaborations: COLLABORATIONS, eventsPerCollaboration: 1, creators: scaled(1_000), campaigns: 20 });
  seedContracts(sqlite, { collaborations: COLLABORATIONS, asOfDate: AS_OF.slice(0, 10), timeZone: 'Europe/Amsterdam' });
  const insert = sqlite.prepare(`INSERT INTO events (at, recorded_at, type, collaboration_id, creator_id, data) VALUES (?, ?, 'message', ?, NULL, ?)`);
  sqlite.transaction(() => {
    for (let id = 1; id <= COLLABORATIONS; id++) {
      for (let m = 0; m < MESSAGES_PER_COLLABORATION; m++) {
        // Brand and creator take turns, but a third of the creators have gone quiet lately.
        const fromCreator = m % 2 === 1 && !(id % 3 === 0 && m >= 6);
        const at = new Date(Date.parse(AS_OF) - (MESSAGES_PER_COLLABORATION - m) * 20 * 3_600_000 - id * 1_000).toISOString();
        const data = { direction: fromCreator ? 'creator_to_brand' : 'brand_to_creator', channel: 'email', text: 'Message' };
        insert.run(at, at, id, JSON.stringify(data));
      }
      restartReplyClock(runtime.ctx, runtime.ctx.db, id);
    }
  })();
  const messages = (sqlite.prepare(`SELECT COUNT(*) AS n FROM events WHERE type = 'message'`).get() as { n: number }).n;

  const nudges = time(() => runtime.dispatch('outreach.nudges', { asOf: AS_OF }));
  const one = time(() => runtime.dispatch('outreach.suggest', { collaborationId: 4_242, asOf: AS_OF }));
  const compose = time(() => runtime.dispatch('outreach.compose', { collaborationId: 4_242, templateId: 'builtin:gentle_pressure.nl', asOf: AS_OF }));
  runtime.close();

  const list = (nudges.result as { ok: true; data: { kind: string }[] }).data;
  const byKind = new Map<string, number>();
  for (const n of list) byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + 1);
  console.log('Outreach benchmark');
  console.log(`  ${COLLABORATIONS.toLocaleString('en')} collaborations with contracts, ${messages.toLocaleString('en')} logged messages (${RUNS} runs each)`);
  console.log(`  outreach.nudges (who needs a nudge)   median ${ms(nudges.ms)}  (target < 200 ms) ${nudges.ms < 200 ? 'OK' : 'OVER'}`);
  console.log(`    ${list.length.toLocaleString('en')} need a message: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`  outreach.suggest, one collaboration    median ${ms(one.ms)}`);
  console.log(`  outreach.compose, one message          median ${ms(compose.ms)}`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
