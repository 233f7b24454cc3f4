import type { Clock } from './clock';
import { createBackup, dueBackups, listBackups } from './db/backups';
import type { Ctx } from './services/context';

const HOUR_MS = 3_600_000;

/**
 * Makes the automatic backups: a daily one once a day has passed since the last, a weekly one
 * once a week has. Looks at start (the app may have been closed for days) and every hour.
 */
export class BackupKeeper {
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    private readonly deps: { ctx: Ctx; clock: Clock; onError?: (error: unknown) => void; intervalMs?: number },
  ) {}

  get running(): boolean {
    return this.timer !== null;
  }

  start(): void {
    if (this.timer) return;
    this.check();
    this.timer = setInterval(() => this.check(), this.deps.intervalMs ?? HOUR_MS);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Makes what is due now; returns the kinds made. */
  check(): string[] {
    try {
      const { ctx, clock } = this.deps;
      const file = ctx.db.$client.name;
      const now = clock.now();
      const due = dueBackups(listBackups(file), now);
      for (const kind of due) createBackup(ctx.db.$client, file, now, kind);
      return due;
    } catch (error) {
      this.deps.onError?.(error);
      return [];
    }
  }
}
