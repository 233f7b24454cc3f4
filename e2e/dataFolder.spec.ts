import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { startHost } from './host';

/** Starts the built host and waits for it to stop by itself: its exit code and what it said. */
function runToExit(dataDir: string, now: string): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, [resolve('out/main/serve.js')], {
    env: { ...process.env, FOLLOWTHROUGH_DATA_DIR: dataDir, FOLLOWTHROUGH_PORT: '0', FOLLOWTHROUGH_NOW: now },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((done) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, out, err });
    }),
  );
}

test('a second copy on the same data folder refuses to start, and the first keeps working', async ({ now }, testInfo) => {
  const dataDir = testInfo.outputPath('data');
  const first = await startHost(dataDir, { now });
  try {
    expect((await first.call('influencers.create', { name: 'Mia Chen' })).ok).toBe(true);
    const second = await runToExit(dataDir, now);
    expect(second.code).toBe(1);
    expect(second.out).not.toContain('running at');
    expect(second.err.trim()).toBe(`Followthrough could not start: Followthrough is already running on this data folder (${dataDir}); close it first.`);
    expect((await first.call('influencers.create', { name: 'Noah Berg' })).ok).toBe(true);
  } finally {
    await first.stop();
  }
  // Closed, the folder opens again, with everything the first copy acknowledged.
  const again = await startHost(dataDir, { now });
  try {
    const list = await again.call('influencers.list', {});
    expect(list.data?.map((c) => c.name)).toEqual(['Mia Chen', 'Noah Berg']);
  } finally {
    await again.stop();
  }
});
