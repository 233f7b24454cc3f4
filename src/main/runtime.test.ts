import { closeSync, copyFileSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TickResult } from '../shared/reminders/schemas';
import { fixedClock } from './clock';
import { DatabaseDamagedError, DatabaseUnreadableError } from './db/damage';
import { openRuntime, type Runtime } from './runtime';
import { MIGRATIONS } from './testing/context';
import { mountTmpfs, remount, unmount } from './testing/mounts';

let runtime: Runtime | null = null;
let dir = '';
afterEach(() => {
  runtime?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the runtime', () => {
  it('reports reminders found by a check asked for through the API, as the app does for its own checks', () => {
    dir = mkdtempSync(join(tmpdir(), 'followthrough-runtime-'));
    const onReminders = vi.fn<(result: TickResult) => void>();
    runtime = openRuntime({ dataDir: dir, migrationsFolder: MIGRATIONS, clock: fixedClock('2026-11-23T10:00:00Z'), onReminders });
    expect(runtime.dispatch('sample.load', {}).ok).toBe(true);
    const result = runtime.dispatch('notifications.check', {});
    expect(result.ok).toBe(true);
    expect(onReminders).toHaveBeenCalledTimes(1);
    const reported = onReminders.mock.calls[0]![0];
    expect(reported.fired).toBeGreaterThan(0);
    expect(reported.pops.length).toBeGreaterThan(0);
    expect(runtime.dispatch('notifications.check', {})).toMatchObject({ ok: true, data: { fired: 0, pops: [] } });
    expect(onReminders).toHaveBeenCalledTimes(1);
  });
});

describe('changes', () => {
  it('reach every subscriber after onChange, until it stops listening', () => {
    dir = mkdtempSync(join(tmpdir(), 'followthrough-runtime-'));
    const heard: string[] = [];
    runtime = openRuntime({ dataDir: dir, migrationsFolder: MIGRATIONS, clock: fixedClock('2026-11-23T10:00:00Z'), onChange: (p) => heard.push(`onChange ${p}`) });
    const listener = (p: string) => heard.push(`listener ${p}`);
    const stopFirst = runtime.subscribeChanges(listener);
    runtime.subscribeChanges(listener);
    expect(runtime.dispatch('influencers.create', { name: 'Mia Chen' }).ok).toBe(true);
    stopFirst();
    expect(runtime.dispatch('influencers.list', {}).ok).toBe(true);
    expect(runtime.dispatch('influencers.create', { name: 'Noah Berg' }).ok).toBe(true);
    expect(heard).toEqual([
      'onChange influencers.create',
      'listener influencers.create',
      'listener influencers.create',
      'onChange influencers.create',
      'listener influencers.create',
    ]);
  });
});

describe('a damaged database at startup', () => {
  function damagedWithBackup() {
    const dataDir = mkdtempSync(join(tmpdir(), 'followthrough-damaged-'));
    const first = openRuntime({ dataDir, clock: fixedClock('2026-03-25T10:00:00.000Z'), migrationsFolder: MIGRATIONS });
    expect(first.dispatch('influencers.create', { name: 'Mia Chen' }).ok).toBe(true);
    const backup = first.dispatch('backup.create', {});
    expect(first.dispatch('influencers.create', { name: 'Noah Berg' }).ok).toBe(true);
    first.close();
    // Garbage over every page after the first: the kind of damage a failing disk leaves.
    const file = join(dataDir, 'followthrough.db');
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(size - 4096, 0xa5), 0, size - 4096, 4096);
    closeSync(fd);
    return { dataDir, backup: (backup as { data: { name: string } }).data.name };
  }

  it('never picks an empty, cut-short or foreign file with a newer backup name, nor replaced data', () => {
    const { dataDir, backup } = damagedWithBackup();
    try {
      const dir = join(dataDir, 'backups');
      const good = readFileSync(join(dir, backup));
      writeFileSync(join(dir, 'followthrough-2026-03-25T23-00-00-000Z-daily.db'), '');
      writeFileSync(join(dir, 'followthrough-2026-03-25T23-00-01-000Z-daily.db'), good.subarray(0, good.length - 4096));
      writeFileSync(join(dir, 'followthrough-2026-03-25T23-00-02-000Z-weekly.db'), 'not a database at all');
      copyFileSync(join(dir, backup), join(dir, 'followthrough-replaced-2026-03-25T23-00-03-000Z.db'));
      const offered = vi.fn(() => false);
      expect(() => openRuntime({ dataDir, clock: fixedClock('2026-03-26T10:00:00.000Z'), migrationsFolder: MIGRATIONS, onDamage: offered })).toThrow(DatabaseDamagedError);
      expect(offered).toHaveBeenCalledWith(expect.objectContaining({ latestGood: expect.objectContaining({ name: backup, holds: { creators: 1, collaborations: 0, events: 0 } }) }));

      // With only junk left, there is nothing to offer: recovery is not even asked.
      rmSync(join(dir, backup));
      rmSync(join(dir, 'followthrough-replaced-2026-03-25T23-00-03-000Z.db'));
      const asked = vi.fn(() => true);
      expect(() => openRuntime({ dataDir, clock: fixedClock('2026-03-26T10:00:00.000Z'), migrationsFolder: MIGRATIONS, onDamage: asked })).toThrow(/There is no good backup to restore\.$/);
      expect(asked).not.toHaveBeenCalled();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('is reported with the latest good backup instead of being opened', () => {
    const { dataDir, backup } = damagedWithBackup();
    const declined = vi.fn(() => false);
    try {
      expect(() => openRuntime({ dataDir, clock: fixedClock('2026-03-26T10:00:00.000Z'), migrationsFolder: MIGRATIONS, onDamage: declined })).toThrow(DatabaseDamagedError);
      expect(declined).toHaveBeenCalledWith(expect.objectContaining({ latestGood: expect.objectContaining({ name: backup }) }));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('continues from the latest good backup when the user says so, keeping the damaged file', () => {
    const { dataDir } = damagedWithBackup();
    try {
      const runtime = openRuntime({ dataDir, clock: fixedClock('2026-03-26T10:00:00.000Z'), migrationsFolder: MIGRATIONS, onDamage: () => true });
      const creators = runtime.dispatch('influencers.list', {});
      runtime.close();
      expect(creators.ok && (creators.data as { name: string }[]).map((c) => c.name)).toEqual(['Mia Chen']);
      expect(readdirSync(join(dataDir, 'backups'))).toContain('followthrough-damaged-2026-03-26T10-00-00-000Z.db');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('data that cannot be read or written at startup', () => {
  it('is reported as such, never as damage, and no backup is offered (a read-only disk)', () => {
    dir = mkdtempSync(join(tmpdir(), 'followthrough-readonly-'));
    const dataDir = join(dir, 'data');
    mountTmpfs(dataDir, '8m');
    try {
      const first = openRuntime({ dataDir, clock: fixedClock('2026-03-25T10:00:00.000Z'), migrationsFolder: MIGRATIONS });
      expect(first.dispatch('influencers.create', { name: 'Mia Chen' }).ok).toBe(true);
      expect(first.dispatch('backup.create', {}).ok).toBe(true);
      first.close();
      remount(dataDir, 'ro');
      const onDamage = vi.fn(() => true);
      let thrown: unknown;
      try {
        openRuntime({ dataDir, clock: fixedClock('2026-03-26T10:00:00.000Z'), migrationsFolder: MIGRATIONS, onDamage });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DatabaseUnreadableError);
      expect((thrown as Error).message).toBe(
        `Followthrough cannot write its data at ${dataDir}: the disk or folder is read-only; nothing is wrong with the data. ` +
          'Give Followthrough permission to read and write that folder (or use a drive that is not read-only), then start it again.',
      );
      expect(onDamage).not.toHaveBeenCalled();
      remount(dataDir, 'rw');
      expect(readdirSync(join(dataDir, 'backups')).filter((f) => !f.endsWith('-manual.db'))).toEqual([]);
      const again = openRuntime({ dataDir, clock: fixedClock('2026-03-26T10:00:00.000Z'), migrationsFolder: MIGRATIONS });
      const creators = again.dispatch('influencers.list', {});
      again.close();
      expect(creators.ok && (creators.data as { name: string }[]).map((c) => c.name)).toEqual(['Mia Chen']);
    } finally {
      unmount(dataDir);
    }
  });

  it('a data folder that cannot be created is reported the same way', () => {
    dir = mkdtempSync(join(tmpdir(), 'followthrough-readonly-'));
    mountTmpfs(dir, '1m');
    try {
      remount(dir, 'ro');
      expect(() => openRuntime({ dataDir: join(dir, 'data'), clock: fixedClock('2026-03-25T10:00:00.000Z'), migrationsFolder: MIGRATIONS })).toThrow(
        new RegExp(`^Followthrough cannot write its data at ${join(dir, 'data')}: the disk or folder is read-only; nothing is wrong with the data\\.`),
      );
    } finally {
      unmount(dir);
    }
  });
});
