import type { Ctx } from '../services/context';
import { storedLogin } from '../services/mailbox/connect';
import { outboxHasWork } from '../services/mail/outbox';
import { systemTimers, type Timers } from './timers';
import type { BackgroundWorker } from './worker';

/** Often enough that the first pauses (one and two minutes) are kept close to. */
const EVERY_MS = 30_000;

export interface OutboxWorkerDeps {
  ctx: Ctx;
  /** Tries the outbox the way the API does (`mail.outbox.retry`), so the pages hear of what went. */
  retry: () => Promise<unknown>;
  onError?: (error: unknown) => void;
  intervalMs?: number;
  timers?: Timers;
}

/**
 * Sends what waits in the outbox once its pause is over, and settles mail a stopped app left
 * half-sent: at start, every half minute and when the computer wakes. A quiet outbox costs one
 * query a round; without a connected mailbox (or its password) it does nothing.
 */
export class OutboxWorker implements BackgroundWorker {
  readonly name = 'Outbox';
  private timer: unknown = null;
  private busy = false;
  private readonly timers: Timers;

  constructor(private readonly deps: OutboxWorkerDeps) {
    this.timers = deps.timers ?? systemTimers;
  }

  get running(): boolean {
    return this.timer !== null;
  }

  start(): void {
    if (this.running) return;
    this.timer = this.timers.setInterval(() => void this.round(), this.deps.intervalMs ?? EVERY_MS);
    void this.round();
  }

  stop(): void {
    if (this.timer !== null) this.timers.clearInterval(this.timer);
    this.timer = null;
  }

  resume(): void {
    if (this.running) void this.round();
  }

  /** One look; resolves when it is done (tests wait for it), never rejects. Rounds never overlap. */
  async round(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      if (storedLogin(this.deps.ctx) === null || !outboxHasWork(this.deps.ctx)) return;
      await this.deps.retry();
    } catch (error) {
      this.deps.onError?.(error);
    } finally {
      this.busy = false;
    }
  }
}
