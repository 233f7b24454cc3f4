import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock';
import { openRuntime } from '../runtime';
import { MIGRATIONS } from '../testing/context';
import { DataFolderInUseError, lockDataFolder } from './folderLock';

let dir = '';
let child: ChildProcess | null = null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'followthrough-lock-'));
});
afterEach(() => {
  child?.kill('SIGKILL');
  child = null;
  rmSync(dir, { recursive: true, force: true });
});

const open = () => openRuntime({ dataDir: dir, migrationsFolder: MIGRATIONS, clock: fixedClock('2026-03-02T09:00:00.000Z') });

/** Another process holding the folder, as a second copy of the app would. */
function holdInAnotherProcess(): Promise<ChildProcess> {
  const holder = spawn(process.execPath, ['--import', 'tsx', resolve('src/main/testing/lockHolder.ts'), dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  child = holder;
  return new Promise((done, fail) => {
    let err = '';
    holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && done(holder));
    holder.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    holder.once('exit', (code) => fail(new Error(`the lock holder stopped (${code}): ${err}`)));
  });
}

describe('one copy per data folder', () => {
  it('refuses a second copy with a sentence; once the first closes, the folder opens again', () => {
    const first = open();
    expect(first.dispatch('influencers.create', { name: 'Mia' }).ok).toBe(true);
    expect(open).toThrow(DataFolderInUseError);
    expect(open).toThrow(`Followthrough is already running on this data folder (${dir}); close it first.`);
    // The refusal took nothing from the first.
    expect(first.dispatch('influencers.create', { name: 'Noah' }).ok).toBe(true);
    first.close();
    const again = open();
    expect(again.dispatch('influencers.list', {})).toMatchObject({ ok: true, data: [{ name: 'Mia' }, { name: 'Noah' }] });
    again.close();
  });

  it('holds against another process, and a copy that was killed leaves no lock behind', async () => {
    const holder = await holdInAnotherProcess();
    expect(open).toThrow(DataFolderInUseError);
    const exited = new Promise((done) => holder.once('exit', done));
    holder.kill('SIGKILL');
    await exited;
    const runtime = open();
    expect(runtime.dispatch('influencers.create', { name: 'After the crash' }).ok).toBe(true);
    runtime.close();
  }, 30_000);

  it('is let go when opening fails after it was taken', () => {
    expect(() => openRuntime({ dataDir: dir, migrationsFolder: join(dir, 'no-migrations-here'), clock: fixedClock('2026-03-02T09:00:00.000Z') })).toThrow();
    const lock = lockDataFolder(dir);
    lock.release();
  });
});
