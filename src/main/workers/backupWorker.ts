import { dirname } from 'node:path';
import type { Clock } from '../clock';
import { backupDirOf, createBackup, dueBackups, listBackups, removeLeftovers } from '../db/backups';
import { materialsDirOf, recoverSetAside } from '../db/materialFiles';
import { kitFilesOf, poolDirOf } from '../db/materialKit';
import { readSecondFolder } from '../db/secondFolder';
import type { Ctx } from '../services/context';
import { systemTimers, type Timers } from './timers';
import type { BackgroundWorker } from './worker';

const HOUR_MS = 3_600_000;

export interface BackupWorkerDeps {
  ctx: Ctx;
  clock: Clock;
  onError?: (error: unknown) => void;
  intervalMs?: number;
  /** Injected for tests. */
  timers?: Timers;
}

/**
 * Makes the automatic backups: a daily one once a day has passed since the last, a weekly one
 * once a week has. Looks at start (the app may have been closed for days) and every hour. At
 * start it also removes what a backup, restore or import killed half-way left behind.
 */
export class BackupWorker implements BackgroundWorker {
  readonly name = 'Automatic backup';
  private timer: unknown = null;
  private readonly timers: Timers;

  constructor(private readonly deps: BackupWorkerDeps) {
    this.timers = deps.timers ?? systemTimers;
  }

  get running(): boolean {
    return this.timer !== null;
  }

  start(): void {
    if (this.running) return;
    // Leftovers that cannot be removed now are reported; the backups still run.
    try {
      this.removeLeftovers();
    } catch (error) {
      this.deps.onError?.(error);
    }
    this.check();
    this.timer = this.timers.setInterval(() => this.check(), this.deps.intervalMs ?? HOUR_MS);
  }

  stop(): void {
    if (this.timer !== null) this.timers.clearInterval(this.timer);
    this.timer = null;
  }

  /** Returns the names removed. */
  removeLeftovers(): string[] {
    const { $client: sqlite } = this.deps.ctx.db;
    const file = sqlite.name;
    const second = readSecondFolder(dirname(file));
    // A material's file set aside for a removal that was never stored goes back first.
    recoverSetAside(materialsDirOf(file), new Set(kitFilesOf(sqlite).map((f) => f.stored)));
    const pools = [poolDirOf(backupDirOf(file)), ...(second ? [poolDirOf(second)] : [])];
    return removeLeftovers([dirname(file), backupDirOf(file), ...(second ? [second] : []), materialsDirOf(file), ...pools]);
  }

  /** Makes what is due now; returns the kinds made. A second folder that cannot take its copy is reported, not fatal. */
  check(): string[] {
    try {
      const { ctx, clock } = this.deps;
      const file = ctx.db.$client.name;
      const now = clock.now();
      const second = readSecondFolder(dirname(file));
      const due = dueBackups(listBackups(file), now);
      for (const kind of due) {
        const made = createBackup(ctx.db.$client, file, now, kind, second);
        if (made.second?.problem) this.deps.onError?.(new Error(made.second.problem));
      }
      return due;
    } catch (error) {
      this.deps.onError?.(error);
      return [];
    }
  }
}
