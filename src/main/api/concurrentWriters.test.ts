import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logEvent } from '../services/events';
import { runTick } from '../services/reminders/tick';
import { getSettings } from '../services/settings';
import { testContext } from '../testing/context';
import { createDispatcher } from './dispatcher';

/*
 * Another connection (another copy's scheduler, a script) writing to the same file at the same
 * time: with write transactions begun IMMEDIATE and a busy timeout, each waits its turn.
 */

const WRITER = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.file, { timeout: 5000 });
db.exec('CREATE TABLE IF NOT EXISTS other_writer (n INTEGER)');
const insert = db.prepare('INSERT INTO other_writer (n) VALUES (?)');
const stop = new Int32Array(workerData.stop);
const nap = new Int32Array(new SharedArrayBuffer(4));
let commits = 0;
const errors = [];
while (Atomics.load(stop, 0) === 0) {
  try {
    db.transaction(() => {
      insert.run(commits);
      // Hold the write lock a while, as a long change would.
      Atomics.wait(nap, 0, 0, 10);
    }).immediate();
    commits += 1;
    if (commits === 1) parentPort.postMessage({ started: true });
  } catch (error) {
    errors.push(error.code || String(error));
  }
  // Then let go a while, as another program does between its changes. With only a 2 ms gap, the
  // waiting side (SQLite's busy handler sleeps up to 100 ms between tries) could miss every gap
  // for the whole busy timeout on a loaded machine: a test of starvation, not of waiting one's turn.
  Atomics.wait(nap, 0, 0, 20);
}
db.close();
parentPort.postMessage({ commits, errors });
`;

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext('2026-03-20T09:00:00.000Z');
  expect(createDispatcher(ctx)('sample.load', {}).ok).toBe(true);
});
afterEach(() => ctx.cleanup());

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` while another connection keeps taking the write lock; returns what that writer did. */
async function withOtherWriter(work: () => Promise<void>): Promise<{ commits: number; errors: string[] }> {
  const stop = new SharedArrayBuffer(4);
  const worker = new Worker(WRITER, { eval: true, workerData: { file: ctx.file, stop } });
  const done = new Promise<{ commits: number; errors: string[] }>((resolve, reject) => {
    worker.on('message', (message: { started?: boolean; commits: number; errors: string[] }) => {
      if (!message.started) resolve(message);
    });
    worker.on('error', reject);
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  try {
    await work();
  } finally {
    Atomics.store(new Int32Array(stop), 0, 1);
  }
  const result = await done;
  await worker.terminate();
  return result;
}

describe('two connections writing at once', () => {
  it('wait for each other: 200 notes logged and reminder checks between them, none refused as busy', async () => {
    const dispatch = createDispatcher(ctx, { logError: () => {} });
    const answers: string[] = [];
    let ticks = 0;
    const other = await withOtherWriter(async () => {
      for (let i = 0; i < 200; i++) {
        // Calls come one after another, as requests do, not all in one go.
        await pause(2);
        const result = dispatch('events.log', { collaborationId: 1 + (i % 5), type: 'note', text: `Note ${i}` });
        answers.push(result.ok ? 'ok' : (result.error.reason ?? result.error.code));
        if (i % 20 === 0) {
          ctx.clock.advance(60_000);
          runTick(ctx, ctx.clock.now(), getSettings(ctx));
          ticks += 1;
        }
      }
    });
    const busy = answers.filter((a) => a === 'busy').length;
    console.log(`concurrent writers: 200 events.log calls, ${answers.filter((a) => a === 'ok').length} ok, ${busy} busy; ${ticks} reminder checks; the other connection committed ${other.commits} times meanwhile`);
    expect(answers).toEqual(Array(200).fill('ok'));
    expect(other.errors).toEqual([]);
    // The other writer kept taking the lock meanwhile.
    expect(other.commits).toBeGreaterThan(20);
    const stored = ctx.db.$client.prepare(`SELECT COUNT(*) AS n FROM events WHERE type = 'note' AND json_extract(data, '$.text') LIKE 'Note %'`).get() as { n: number };
    expect(stored.n).toBe(200);
  }, 60_000);

  it('(for contrast) a deferred transaction that reads before it writes fails at once under the same load', async () => {
    const codes: string[] = [];
    await withOtherWriter(async () => {
      for (let i = 0; i < 200; i++) {
        await pause(2);
        try {
          ctx.db.$client.transaction(() => logEvent(ctx, { collaborationId: 1, type: 'note', text: `Deferred ${i}` })).deferred();
        } catch (error) {
          codes.push(String((error as { code?: string }).code));
        }
      }
    });
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((code) => code.startsWith('SQLITE_BUSY'))).toBe(true);
  }, 60_000);
});
