import { describe, expect, it, vi } from 'vitest';
import type { TickResult } from '../../shared/reminders/schemas';
import { fakeTimers } from '../testing/fakeTimers';
import { ReminderWorker, TICK_EVERY_MS } from './reminderWorker';

const result = (fired: number): TickResult => ({ at: '2026-03-25T10:00:00.000Z', fired, closed: 0, quiet: false, pops: [] });

describe('the reminder worker', () => {
  it('ticks on start and then every minute, with no timer longer than a few minutes', () => {
    const timers = fakeTimers();
    const tick = vi.fn(() => result(0));
    const worker = new ReminderWorker({ tick, onResult: vi.fn(), timers: timers.timers });
    worker.start();
    expect(tick).toHaveBeenCalledTimes(1);
    expect(timers.intervals.map((t) => t.ms)).toEqual([TICK_EVERY_MS]);
    timers.intervals[0]!.fn();
    timers.intervals[0]!.fn();
    expect(tick).toHaveBeenCalledTimes(3);
    worker.start();
    expect(timers.intervals).toHaveLength(1);
    expect([...timers.intervals, ...timers.timeouts].every((t) => t.ms <= 5 * 60_000)).toBe(true);
  });

  it('ticks at once on resume, shortly after a burst of changes, and not at all once stopped', () => {
    const timers = fakeTimers();
    const tick = vi.fn(() => result(0));
    const worker = new ReminderWorker({ tick, onResult: vi.fn(), timers: timers.timers });
    worker.resume();
    worker.poke();
    expect(tick).not.toHaveBeenCalled();
    worker.start();
    worker.resume();
    expect(tick).toHaveBeenCalledTimes(2);
    worker.poke();
    worker.poke();
    expect(timers.timeouts).toHaveLength(1);
    timers.timeouts[0]!.fn();
    expect(tick).toHaveBeenCalledTimes(3);
    worker.stop();
    expect(timers.intervals[0]!.cleared).toBe(true);
    expect(worker.running).toBe(false);
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
    const worker = new ReminderWorker({ tick, onResult, onError, timers: timers.timers });
    worker.start();
    timers.intervals[0]!.fn();
    timers.intervals[0]!.fn();
    expect(onResult.mock.calls).toEqual([[result(2)]]);
    expect(onError).toHaveBeenCalledWith(new Error('database is locked'));
    expect(worker.running).toBe(true);
  });
});
