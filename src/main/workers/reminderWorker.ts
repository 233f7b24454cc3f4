import type { TickResult } from '../../shared/reminders/schemas';
import { systemTimers, type Timers } from './timers';
import type { BackgroundWorker } from './worker';

export interface ReminderWorkerDeps {
  /** One look at the clock: the reminders service's check. */
  tick(): TickResult;
  /** Called after every tick that fired, closed or popped something. */
  onResult(result: TickResult): void;
  onError?(error: unknown): void;
  /** Injected for tests. */
  timers?: Timers;
}

export const TICK_EVERY_MS = 60_000;
/** After a change (a delivery, a reply) the bell should not wait up to a minute. */
const SOON_MS = 300;

/**
 * Ticks every minute, on start, on resume from sleep and shortly after data changes. Only short
 * timers: a long setTimeout drifts or never fires across sleep, so nothing here waits for a date.
 * What a tick finds and records is the reminders service's (services/reminders); this is the timer.
 */
export class ReminderWorker implements BackgroundWorker {
  readonly name = 'Reminder check';
  private interval: unknown = null;
  private soon: unknown = null;
  private readonly timers: Timers;

  constructor(private readonly deps: ReminderWorkerDeps) {
    this.timers = deps.timers ?? systemTimers;
  }

  get running(): boolean {
    return this.interval !== null;
  }

  start(): void {
    if (this.running) return;
    this.interval = this.timers.setInterval(() => this.tickNow(), TICK_EVERY_MS);
    this.tickNow();
  }

  stop(): void {
    if (this.interval !== null) this.timers.clearInterval(this.interval);
    if (this.soon !== null) this.timers.clearTimeout(this.soon);
    this.interval = null;
    this.soon = null;
  }

  /** The computer woke up: look now rather than at the next minute. */
  resume(): void {
    if (this.running) this.tickNow();
  }

  /** Data changed: look again shortly, once for a burst of changes. */
  poke(): void {
    if (!this.running || this.soon !== null) return;
    this.soon = this.timers.setTimeout(() => {
      this.soon = null;
      this.tickNow();
    }, SOON_MS);
  }

  tickNow(): TickResult | null {
    try {
      const result = this.deps.tick();
      if (result.fired > 0 || result.closed > 0 || result.pops.length > 0) this.deps.onResult(result);
      return result;
    } catch (error) {
      this.deps.onError?.(error);
      return null;
    }
  }
}
