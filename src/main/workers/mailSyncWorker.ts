import type { Clock } from '../clock';
import type { Ctx } from '../services/context';
import { storedLogin } from '../services/mailbox/connect';
import { setNextSync } from '../services/mail/syncNow';
import { systemTimers, type Timers } from './timers';
import type { BackgroundWorker } from './worker';

/** Often enough that a reply shows within minutes, rarely enough for a mail server's limits. */
const EVERY_MS = 5 * 60_000;

export interface MailSyncWorkerDeps {
  ctx: Ctx;
  clock: Clock;
  /** Runs one sync the way the API does (`mail.sync`), so the pages hear of what it took. */
  sync: () => Promise<unknown>;
  onError?: (error: unknown) => void;
  intervalMs?: number;
  timers?: Timers;
}

/**
 * Reads the connected mailbox at start, every five minutes and when the computer wakes. Without a
 * connected mailbox it does nothing; a sync that fails is recorded for Settings (syncNow) and tried
 * again at the next round, so a laptop offline for a day catches up when it is back. Two rounds
 * never overlap: syncNow answers a second request with the sync already running.
 */
export class MailSyncWorker implements BackgroundWorker {
  readonly name = 'Mail sync';
  private timer: unknown = null;
  private readonly timers: Timers;

  constructor(private readonly deps: MailSyncWorkerDeps) {
    this.timers = deps.timers ?? systemTimers;
  }

  get running(): boolean {
    return this.timer !== null;
  }

  start(): void {
    if (this.running) return;
    this.timer = this.timers.setInterval(() => void this.round(), this.interval);
    void this.round();
  }

  stop(): void {
    if (this.timer !== null) this.timers.clearInterval(this.timer);
    this.timer = null;
    setNextSync(this.deps.ctx, null);
  }

  resume(): void {
    if (this.running) void this.round();
  }

  private get interval(): number {
    return this.deps.intervalMs ?? EVERY_MS;
  }

  /** One sync; resolves when it is done (tests wait for it), never rejects. */
  async round(): Promise<void> {
    const { ctx, clock } = this.deps;
    if (this.running) setNextSync(ctx, new Date(clock.now().getTime() + this.interval).toISOString());
    // No mailbox, or its password not kept (the browser host forgets it when it stops): nothing to do until the brand connects.
    if (storedLogin(ctx) === null) return;
    try {
      await this.deps.sync();
    } catch (error) {
      this.deps.onError?.(error);
    }
  }
}
