import { describe, expect, it, vi } from 'vitest';
import type { TickResult } from '../../shared/reminders/schemas';
import { Scheduler, TICK_EVERY_MS } from './loop';

const result = (fired: number): TickResult => ({ at: '2026-03-25T10:00:00.000Z', fired, closed: 0, quiet: false, pops: [] });

function fakeTimers() {
  const intervals: { fn: () => void; ms: number; cleared: boolean }[] = [];
  const timeouts: { fn: () => void; ms: number; cleared: boolean }[] = [];
  return {
    intervals,
    timeouts,
    deps: {
      setInterval: (fn: () => void, ms: number) => intervals[intervals.push({ fn, ms, cleared: false }) - 1],
      clearInterval: (h: unknown) => void ((h as { cleared: boolean }).cleared = true),
      setTimeout: (fn: () => void, ms: number) => timeouts[timeouts.push({ fn, ms, cleared: false }) - 1],
      clearTimeout: (h: unknown) => void ((h as { cleared: boolean }).cleared = true),
    },
  };
}

describe('the scheduler loop', () => {
  it('ticks on start and then every minute, with no timer longer than a few minutes', () => {
    const timers = fakeTimers();
    const tick = vi.fn(() => result(0));
    const scheduler = new Scheduler({ tick, onResult: vi.fn(), ...timers.deps });
    scheduler.start();
    expect(tick).toHaveBeenCalledTimes(1);
    expect(timers.intervals.map((t) => t.ms)).toEqual([TICK_EVERY_MS]);
    timers.intervals[0]!.fn();
    timers.intervals[0]!.fn();
    expect(tick).toHaveBeenCalledTimes(3);
    scheduler.start();
    expect(timers.intervals).toHaveLength(1);
    expect([...timers.intervals, ...timers.timeouts].every((t) => t.ms <= 5 * 60_000)).toBe(true);
  });

  it('ticks at once on resume, shortly after a burst of changes, and not at all once stopped', () => {
    const timers = fakeTimers();
    const tick = vi.fn(() => result(0));
    const scheduler = new Scheduler({ tick, onResult: vi.fn(), ...timers.deps });
    scheduler.resume();
    scheduler.poke();
    expect(tick).not.toHaveBeenCalled();
    scheduler.start();
    scheduler.resume();
    expect(tick).toHaveBeenCalledTimes(2);
    scheduler.poke();
    scheduler.poke();
    expect(timers.timeouts).toHaveLength(1);
    timers.timeouts[0]!.fn();
    expect(tick).toHaveBeenCalledTimes(3);
    scheduler.stop();
    expect(timers.intervals[0]!.cleared).toBe(true);
    expect(scheduler.running).toBe(false);
  });

  it('reports only ticks that did something, and survives a failing tick', () => {
    const timers = fakeTimers();
    const onResult = vi.fn();
    const onError = vi.fn();
    const outcomes = [result(0), result(2)];
    const tick = vi.fn(() => {
      const next = outcomes.shift();
      if (!next) throw new Error('database is locked');
      return next;
    });
    const scheduler = new Scheduler({ tick, onResult, onError, ...timers.deps });
    scheduler.start();
    timers.intervals[0]!.fn();
    timers.intervals[0]!.fn();
    expect(onResult.mock.calls).toEqual([[result(2)]]);
    expect(onError).toHaveBeenCalledWith(new Error('database is locked'));
    expect(scheduler.running).toBe(true);
  });
});
