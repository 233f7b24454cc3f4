import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TickResult } from '../shared/reminders/schemas';
import { fixedClock } from './clock';
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
