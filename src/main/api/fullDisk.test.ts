import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fullDiskTrial } from '../testing/fullDiskTrial';
import { mountTmpfs, requireRoot, resizeTmpfs, unmount } from '../testing/tmpfs';

const ROUNDS = Number(process.env.FULL_DISK_ROUNDS ?? 40);

let root = '';
let small = '';
let roomy = '';
beforeAll(() => {
  requireRoot('The full-disk test');
  root = mkdtempSync(join(tmpdir(), 'followthrough-full-disk-'));
  small = join(root, 'small');
  roomy = join(root, 'roomy');
  mkdirSync(small);
  mkdirSync(roomy);
  mountTmpfs(small, '3m');
  mountTmpfs(roomy, '64m');
});
afterAll(() => {
  if (!root) return;
  unmount(small);
  unmount(roomy);
  rmSync(root, { recursive: true, force: true });
});

describe('a full disk', () => {
  it('never loses an acknowledged change: every procedure that changes data (and the reminder check), on a disk that fills up and frees bit by bit', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const report = await fullDiskTrial({ smallDisk: small, roomyDir: roomy, rounds: ROUNDS, stepBytes: 12 * 1024, makeRoom: () => resizeTmpfs(small, '64m') });
    logged.mockRestore();
    console.log(
      `full disk: ${report.calls} calls, ${report.acknowledged} acknowledged, ${report.stored} stored, ${report.lost} acknowledged but lost, ` +
        `${report.refused} refused (${Object.entries(report.refusals).map(([k, n]) => `${k} ${n}`).join(', ')}), ${report.storedAfterRefusal} refused but stored, ` +
        `${report.notReached} not reached; reminder checks beside them: ${report.ticks.runs}, ${report.ticks.stored} stored, ${report.ticks.failed} failed; ` +
        `after freeing the disk: ${report.afterFreeing.acknowledged} of ${report.afterFreeing.calls} acknowledged`,
    );
    expect(report.problems).toEqual([]);
    expect(report.lost).toBe(0);
    expect(report.storedAfterRefusal).toBe(0);
    expect(report.stored).toBe(report.acknowledged);
    // The disk really was full, often, and changes still got through in between; every procedure
    // met it (sample.load only fills an empty workspace: it met the full disk first of all).
    expect(report.refusals.disk_full ?? 0).toBeGreaterThan(ROUNDS);
    expect(report.acknowledged).toBeGreaterThan(ROUNDS);
    // sample.remove refuses before it writes once the trial has recorded work on the sample (as it must).
    const unmet = Object.entries(report.byProcedure).filter(([name, n]) => n.acknowledged + n.diskFull === 0 && name !== 'sample.remove');
    expect(unmet.map(([name]) => name)).toEqual([]);
    expect(report.byProcedure['sample.load']!.diskFull).toBeGreaterThan(0);
    // The app's own reminder checks, outside the dispatcher, met the full disk too.
    expect(report.ticks.failed).toBeGreaterThan(0);
    expect(report.ticks.stored).toBeGreaterThan(0);
    // Once there is room again, the app works: nothing is refused for the disk's sake.
    expect(report.afterFreeing.diskRefusals).toBe(0);
    expect(report.afterFreeing.acknowledged).toBeGreaterThan(20);
  }, 180_000);
});
