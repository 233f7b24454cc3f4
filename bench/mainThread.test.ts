import { describe, expect, it } from 'vitest';
import { mainThreadBusyMs } from './mainThread';

const meta = (pid: number, tid: number, name: string) => ({ ph: 'M', name: 'thread_name', pid, tid, args: { name } });
const task = (pid: number, tid: number, dur: number, name = 'RunTask') => ({ ph: 'X', name, pid, tid, dur });

describe('mainThreadBusyMs', () => {
  it('sums the top-level tasks of the busiest page main thread, in milliseconds', () => {
    const trace = {
      traceEvents: [
        meta(1, 10, 'CrRendererMain'),
        meta(1, 11, 'Compositor'),
        meta(2, 20, 'CrRendererMain'),
        task(1, 10, 4_000),
        task(1, 10, 2_500),
        // Nested in a task: already counted by it.
        task(1, 10, 3_000, 'FunctionCall'),
        task(1, 11, 90_000),
        task(2, 20, 1_000),
      ],
    };
    expect(mainThreadBusyMs(JSON.stringify(trace))).toBe(6.5);
  });

  it('reads the bare array form too', () => {
    expect(mainThreadBusyMs(Buffer.from(JSON.stringify([meta(3, 30, 'CrRendererMain'), task(3, 30, 16_000)])))).toBe(16);
  });

  it('refuses a trace without a page main thread rather than answering zero', () => {
    expect(() => mainThreadBusyMs(JSON.stringify({ traceEvents: [task(1, 10, 5_000)] }))).toThrow(/no main-thread tasks/);
  });
});
