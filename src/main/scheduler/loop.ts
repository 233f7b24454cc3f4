import type { TickResult } from '../../shared/reminders/schemas';

export interface SchedulerDeps {
  tick(): TickResult;
  /** Called after every tick that fired, closed or popped something. */
  onResult(result: TickResult): void;
  onError?(error: unknown): void;
  /** Injected for tests. */
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
}

export const TICK_EVERY_MS = 60_000;
/** After a change (a delivery, a reply) the bell should not wait up to a minute. */
const SOON_MS = 300;

/**
 * Ticks every minute, on start, on resume from sleep and shortly after data changes. Only short
 * timers: a long setTimeout drifts or never fires across sleep, so nothing here waits for a date.
 */
export class Scheduler {
  private interval: unknown = null;
  private soon: unknown = null;
  private readonly setIntervalFn;
  private readonly clearIntervalFn;
  private readonly setTimeoutFn;
  private readonly clearTimeoutFn;

  constructor(private readonly deps: SchedulerDeps) {
    this.setIntervalFn = deps.setInterval ?? ((fn: () => void, ms: number) => setInterval(fn, ms).unref());
    this.clearIntervalFn = deps.clearInterval ?? ((h: unknown) => clearInterval(h as NodeJS.Timeout));
    this.setTimeoutFn = deps.setTimeout ?? ((fn: () => void, ms: number) => setTimeout(fn, ms).unref());
    this.clearTimeoutFn = deps.clearTimeout ?? ((h: unknown) => clearTimeout(h as NodeJS.Timeout));
  }

  get running(): boolean {
    return this.interval !== null;
  }

  start(): void {
    if (this.running) return;
    this.interval = this.setIntervalFn(() => this.tickNow(), TICK_EVERY_MS);
    this.tickNow();
  }

  stop(): void {
    if (this.interval !== null) this.clearIntervalFn(this.interval);
    if (this.soon !== null) this.clearTimeoutFn(this.soon);
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
    this.soon = this.setTimeoutFn(() => {
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
