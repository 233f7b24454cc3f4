import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../testing/context';
import { crashTrial } from '../testing/crashTrial';

// A few kills here; the benchmark (bench/crash.ts) does 200.
const KILLS = Number(process.env.CRASH_KILLS ?? 4);

describe('crash consistency', () => {
  it(`loses nothing committed across ${KILLS} kills with SIGKILL mid-write`, async () => {
    const report = await crashTrial(KILLS, MIGRATIONS);
    expect(report.problems).toEqual([]);
    expect(report.kills).toBe(KILLS);
    expect(report.committed).toBeGreaterThan(KILLS);
    expect(report.lost).toBe(0);
  }, 120_000);
});
