import type { SpyKit } from './fakeElectron';

/*
 * Spies without a test runner, for booting the built app under Node with the fake Electron: each
 * records its calls in `mock.calls`, like vitest's, and runs the implementation it was given.
 */

type AnyFn = (...args: any[]) => any;

function spy(impl?: AnyFn) {
  const calls: unknown[][] = [];
  const recorder = function (this: unknown, ...args: unknown[]) {
    calls.push(args);
    return impl?.apply(this, args);
  };
  return Object.assign(recorder, {
    mock: {
      calls,
      get lastCall() {
        return calls.at(-1);
      },
    },
  });
}

export const recordingSpies = { fn: spy as unknown as SpyKit['fn'], resetAllMocks: () => {} } satisfies SpyKit;
