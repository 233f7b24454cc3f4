import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TickResult } from '../../shared/reminders/schemas';
import { backupDirOf } from '../db/backups';
import { openRuntime, type Runtime } from '../runtime';
import { contracted } from '../testing/contracted';
import { MIGRATIONS, testClock, type TestClock } from '../testing/context';
import { fakeTimers } from '../testing/fakeTimers';
import { runWorkers, startWorkers } from './startWorkers';
import type { BackgroundWorker } from './worker';

let dataDir: string;
let runtime: Runtime;
let reported: TickResult[];
let clock: TestClock;
beforeEach(() => {
  clock = testClock('2026-03-25T10:00:00.000Z');
  dataDir = mkdtempSync(join(tmpdir(), 'followthrough-workers-'));
  reported = [];
  runtime = openRuntime({ dataDir, migrationsFolder: MIGRATIONS, clock, onReminders: (result) => reported.push(result) });
  // The cards here are in production: their check-ins would join the deadline reminders these tests count.
  expect(runtime.dispatch('settings.update', { timeZone: 'Europe/Amsterdam', notify: { quietHours: null, groups: { checkIns: false } } }).ok).toBe(true);
});
afterEach(() => {
  runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The runtime, telling the test whether the workers still listen to its changes. */
function listened() {
  let listening = 0;
  const host = {
    ...runtime,
    subscribeChanges: (listener: Parameters<Runtime['subscribeChanges']>[0]) => {
      const off = runtime.subscribeChanges(listener);
      listening += 1;
      return () => {
        listening -= 1;
        off();
      };
    },
  };
  return { host, listening: () => listening };
}

describe('the background workers', () => {
  it('start together: a reminder check and the backups at once, leftovers cleaned, then on their own timers', () => {
    const { collaborationId } = contracted(runtime.ctx, { productReceivedOn: '2026-03-02', milestones: ['publish'] });
    const backups = backupDirOf(runtime.dbFile);
    mkdirSync(backups, { recursive: true });
    const leftover = join(backups, 'followthrough-2026-03-24T23-00-00-000Z-daily.db.partial');
    writeFileSync(leftover, 'half a backup');
    const timers = fakeTimers();
    const log = vi.fn();

    const workers = startWorkers(runtime, { timers: timers.timers, log });
    expect(reported).toEqual([expect.objectContaining({ fired: 1, pops: [expect.objectContaining({ collaborationId })] })]);
    expect(readdirSync(backups).filter((f) => f.endsWith('.db')).map((f) => f.replace(/^.*-/, ''))).toEqual(['daily.db', 'weekly.db']);
    expect(existsSync(leftover)).toBe(false);
    expect(timers.intervals.map((t) => t.ms)).toEqual([60_000, 3_600_000, 300_000, 30_000]);

    // Every minute the reminders are looked at again; every hour the backups (none due again yet).
    timers.intervals[0]!.fn();
    timers.intervals[1]!.fn();
    expect(reported).toHaveLength(1);
    expect(readdirSync(backups).filter((f) => f.endsWith('.db'))).toHaveLength(2);
    workers.stop();
    expect(log).not.toHaveBeenCalled();
  });

  it('a change pokes the reminder check, once per burst; resume looks at once; stop ends every timer and stops listening', () => {
    contracted(runtime.ctx, { productReceivedOn: '2026-03-02', milestones: ['publish'] });
    const timers = fakeTimers();
    const { host, listening } = listened();
    const workers = startWorkers(host, { timers: timers.timers, log: vi.fn() });
    expect(listening()).toBe(1);
    expect(reported).toHaveLength(1);

    // Delivering the late video closes its reminder, on the check shortly after the change.
    const milestone = runtime.ctx.db.$client.prepare(`SELECT id FROM milestones WHERE key = 'publish'`).get() as { id: number };
    expect(runtime.dispatch('deadlines.deliver', { id: milestone.id }).ok).toBe(true);
    expect(runtime.dispatch('influencers.create', { name: 'Ada' }).ok).toBe(true);
    expect(timers.timeouts.map((t) => t.ms)).toEqual([300]);
    expect(reported).toHaveLength(1);
    timers.timeouts[0]!.fn();
    expect(reported.at(-1)).toMatchObject({ fired: 0, closed: 1 });

    // Waking up: a new reminder is found at once, not at the next minute.
    contracted(runtime.ctx, { creatorName: 'Liu Yang', productReceivedOn: '2026-03-02', milestones: ['publish'] });
    workers.resume();
    expect(reported.at(-1)).toMatchObject({ fired: 1 });

    workers.stop();
    expect(timers.intervals.every((t) => t.cleared)).toBe(true);
    expect(listening()).toBe(0);
    expect(runtime.dispatch('influencers.create', { name: 'Bo' }).ok).toBe(true);
    expect(timers.timeouts).toHaveLength(1);
  });

  it('say what failed, and keep going', () => {
    const timers = fakeTimers();
    const log = vi.fn();
    const workers = startWorkers(runtime, { timers: timers.timers, log });
    // The database is gone from under them: each check reports its failure rather than throwing.
    runtime.ctx.db.$client.close();
    clock.advance(24 * 3_600_000);
    timers.intervals[0]!.fn();
    timers.intervals[1]!.fn();
    expect(log.mock.calls.map(([message]) => message)).toEqual([
      expect.stringMatching(/^Reminder check failed: .*database connection is not open/),
      expect.stringMatching(/^Automatic backup: .*database connection is not open/),
    ]);
    workers.stop();
    expect(timers.intervals.every((t) => t.cleared)).toBe(true);
  });
});

function fakeWorker(name: string, fail: { start?: boolean; stop?: boolean } = {}) {
  const worker = {
    name,
    running: false as boolean,
    start: vi.fn(() => {
      if (fail.start) throw new Error(`${name} is broken`);
      worker.running = true;
    }),
    stop: vi.fn(() => {
      worker.running = false;
      if (fail.stop) throw new Error(`${name} hangs`);
    }),
    poke: vi.fn(),
    resume: vi.fn(),
  } satisfies BackgroundWorker;
  return worker;
}

describe('running a set of workers', () => {
  it('one that throws in start or stop keeps none of the others from starting or stopping', () => {
    const log = vi.fn();
    const first = fakeWorker('Reminder check');
    const broken = fakeWorker('Mail sync', { start: true, stop: true });
    const last = fakeWorker('Automatic backup');
    const workers = runWorkers([first, broken, last], log);
    expect([first, broken, last].map((w) => w.start.mock.calls.length)).toEqual([1, 1, 1]);
    expect([first.running, broken.running, last.running]).toEqual([true, false, true]);
    expect(log).toHaveBeenCalledExactlyOnceWith('Mail sync could not start: Mail sync is broken');

    workers.stop();
    expect([first, broken, last].map((w) => w.stop.mock.calls.length)).toEqual([1, 1, 1]);
    expect([first.running, last.running]).toEqual([false, false]);
    expect(log).toHaveBeenLastCalledWith('Mail sync could not stop: Mail sync hangs');
  });

  it('passes a poke and a resume to each worker that takes them', () => {
    const reminders = fakeWorker('Reminder check');
    const { poke: _poke, resume: _resume, ...plain } = fakeWorker('Automatic backup');
    const workers = runWorkers([plain, reminders], vi.fn());
    workers.poke();
    workers.resume();
    expect(reminders.poke).toHaveBeenCalledOnce();
    expect(reminders.resume).toHaveBeenCalledOnce();
    workers.stop();
  });
});
