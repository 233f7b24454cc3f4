import type { Timers } from '../workers/timers';

export interface FakeTimer {
  fn: () => void;
  ms: number;
  cleared: boolean;
}

/** Timers that never run by themselves: a test fires them, and sees which were set and cleared. */
export function fakeTimers(): { intervals: FakeTimer[]; timeouts: FakeTimer[]; timers: Timers } {
  const intervals: FakeTimer[] = [];
  const timeouts: FakeTimer[] = [];
  const add = (list: FakeTimer[], fn: () => void, ms: number) => list[list.push({ fn, ms, cleared: false }) - 1];
  const clear = (handle: unknown) => void ((handle as FakeTimer).cleared = true);
  return {
    intervals,
    timeouts,
    timers: {
      setInterval: (fn, ms) => add(intervals, fn, ms),
      clearInterval: clear,
      setTimeout: (fn, ms) => add(timeouts, fn, ms),
      clearTimeout: clear,
    },
  };
}
