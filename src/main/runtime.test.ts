import { closeSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TickResult } from '../shared/reminders/schemas';
import { fixedClock } from './clock';
import { DatabaseDamagedError } from './db/damage';
import { openRuntime, type Runtime } from './runtime';
import { MIGRATIONS } from './testing/context';

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
      expect(readdirSync(join(dataDir, 'backups')).some((f) => f.startsWith('followthrough-replaced-'))).toBe(true);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
