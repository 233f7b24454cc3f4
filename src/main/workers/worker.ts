/** A part of the app that works in the background while it is open, on short timers of its own. */
export interface BackgroundWorker {
  /** Names it in the log when it fails. */
  readonly name: string;
  readonly running: boolean;
  /** Does its first round at once (the app may have been closed for days), then keeps going. Twice is once. */
  start(): void;
  /** Clears its timers. Stopping a stopped worker does nothing. */
  stop(): void;
  /** Data changed: look again soon. */
  poke?(): void;
  /** The computer woke up or was unlocked: timers paused while it slept, so look now. */
  resume?(): void;
}
