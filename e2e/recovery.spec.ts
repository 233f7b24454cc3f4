import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, closeSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { type Host, type HostOptions, startHost } from './host';

/*
 * What the browser host does at start when its data cannot be used: data it may not read or write
 * is reported as such (never as damage, never with a backup to roll back to), and recovery from a
 * damaged file only ever takes a whole, checked backup.
 */

const SERVE = resolve('out/main/serve.js');

/** Starts the host and waits for it to stop by itself; what it printed and its exit code. */
function runUntilExit(dataDir: string, env: Record<string, string> = {}, uid?: number): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [SERVE], {
      // A day after the seeded data, pinned like every test's clock.
      env: { ...process.env, FOLLOWTHROUGH_DATA_DIR: dataDir, FOLLOWTHROUGH_PORT: '0', FOLLOWTHROUGH_TOKEN: 'recovery', FOLLOWTHROUGH_NOW: '2026-03-26T10:00:00.000Z', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(uid === undefined ? {} : { uid, gid: uid }),
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      // Started after all: this run was expected to stop by itself.
      if (out.includes('running at')) child.kill('SIGTERM');
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', fail);
    child.on('exit', (code) => done({ code, out, err }));
  });
}

/** Runs a host on the folder at a pinned time, stopping it whatever happens. */
async function withHost<T>(dataDir: string, options: HostOptions, use: (host: Host) => Promise<T>): Promise<T> {
  const host = await startHost(dataDir, options);
  try {
    return await use(host);
  } finally {
    await host.stop();
  }
}

/**
 * A data folder holding one creator and, an hour after the automatic backups of the empty start,
 * a backup made by hand holding that creator; then a second creator.
 */
async function seeded(dataDir: string): Promise<string> {
  await withHost(dataDir, { now: '2026-03-25T10:00:00.000Z' }, async (host) => {
    expect((await host.call('influencers.create', { name: 'Mia Chen' })).ok).toBe(true);
  });
  return withHost(dataDir, { now: '2026-03-25T11:00:00.000Z' }, async (host) => {
    const made = await host.call('backup.create', {});
    expect((await host.call('influencers.create', { name: 'Noah Berg' })).ok).toBe(true);
    return made.data!.name;
  });
}

/** Unmounts, waiting a moment for a host that is still closing its files. */
async function unmountWhenFree(dir: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      execFileSync('umount', [dir], { stdio: 'ignore' });
      return;
    } catch (error) {
      if (attempt === 20) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

function damage(file: string) {
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(size - 4096, 0xa5), 0, size - 4096, 4096);
  closeSync(fd);
}

test.describe('the browser host at start', () => {
  // Each test starts the host several times.
  test.describe.configure({ timeout: 120_000 });

  test('data on a read-only disk: says it cannot write there, that nothing is wrong with the data, and stops', async ({}, testInfo) => {
    if (process.getuid?.() !== 0) throw new Error('This test mounts a read-only tmpfs, which needs root: run it as root (CI does).');
    const dataDir = testInfo.outputPath('readonly');
    mkdirSync(dataDir, { recursive: true });
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', dataDir]);
    try {
      await seeded(dataDir);
      execFileSync('mount', ['-o', 'remount,ro', dataDir]);
      const run = await runUntilExit(dataDir, { FOLLOWTHROUGH_RESTORE: 'latest' });
      expect(run.code).not.toBe(0);
      expect(run.err.trim()).toBe(
        `Followthrough cannot write its data at ${dataDir}: the disk or folder is read-only; nothing is wrong with the data. ` +
          'Give Followthrough permission to read and write that folder (or use a drive that is not read-only), then start it again.',
      );
      expect(run.out).not.toMatch(/Restoring/);
    } finally {
      await unmountWhenFree(dataDir);
    }
  });

  test('a database file it may not read: permission denied, no rollback offered, nothing changed', async ({}, testInfo) => {
    const dataDir = testInfo.outputPath('locked');
    await seeded(dataDir);
    const file = join(dataDir, 'followthrough.db');
    const bytes = readFileSync(file);
    // Root may read anything; the host runs as an ordinary user, the folder is its own, the file is not.
    chownSync(dataDir, 65534, 65534);
    chmodSync(file, 0o000);
    const run = await runUntilExit(dataDir, { FOLLOWTHROUGH_RESTORE: 'latest' }, 65534);
    expect(run.code).not.toBe(0);
    expect(run.err).toMatch(new RegExp(`^Followthrough cannot read its data at ${file}: permission denied; nothing is wrong with the data\\.`));
    expect(run.out + run.err).not.toMatch(/Restoring|damaged|FOLLOWTHROUGH_RESTORE/);
    chmodSync(file, 0o644);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.includes('replaced') || f.includes('damaged'))).toEqual([]);
  });

  test('a damaged database with only empty, cut-short or foreign files named like newer backups: none is restored', async ({}, testInfo) => {
    const dataDir = testInfo.outputPath('damaged');
    const good = await seeded(dataDir);
    const backups = join(dataDir, 'backups');
    const goodBytes = readFileSync(join(backups, good));
    writeFileSync(join(backups, 'followthrough-2026-03-26T00-00-00-000Z-daily.db'), '');
    writeFileSync(join(backups, 'followthrough-2026-03-26T00-00-01-000Z-daily.db'), goodBytes.subarray(0, goodBytes.length - 4096));
    writeFileSync(join(backups, 'followthrough-2026-03-26T00-00-02-000Z-weekly.db'), 'Name,Email\nMia,mia@example.com\n');
    damage(join(dataDir, 'followthrough.db'));

    // The good backup is older than the junk, and it is the one offered and restored.
    const asked = await runUntilExit(dataDir);
    expect(asked.code).not.toBe(0);
    expect(asked.err).toContain(`Start again with FOLLOWTHROUGH_RESTORE=latest to continue from the backup of 2026-03-25T11:00:00.000Z (1 creator, 0 collaborations, 0 events).`);
    await withHost(dataDir, { now: '2026-03-26T10:00:00.000Z', env: { FOLLOWTHROUGH_RESTORE: 'latest' } }, async (host) => {
      expect((await host.call('influencers.list', {})).data!.map((c) => c.name)).toEqual(['Mia Chen']);
    });

    // With the good one gone as well, nothing is restored and the host says so.
    damage(join(dataDir, 'followthrough.db'));
    const files = readdirSync(backups).filter((f) => /-(daily|weekly|manual)\.db$/.test(f) && f !== good);
    for (const f of files) if (!f.startsWith('followthrough-2026-03-26T00-00-0')) writeFileSync(join(backups, f), '');
    writeFileSync(join(backups, good), '');
    const before = readFileSync(join(dataDir, 'followthrough.db'));
    const refused = await runUntilExit(dataDir, { FOLLOWTHROUGH_RESTORE: 'latest' });
    expect(refused.code).not.toBe(0);
    expect(refused.err).toMatch(/is damaged \(.+\)\. There is no good backup to restore\.$/m);
    expect(refused.out).not.toMatch(/Restoring/);
    expect(readFileSync(join(dataDir, 'followthrough.db')).equals(before)).toBe(true);
  });
});
