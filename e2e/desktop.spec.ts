import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';

/*
 * Electron cannot run on the build machines, so the built desktop entry is booted under Node with
 * a fake Electron module resolved in place of the real one (e2e/desktop/bootBuilt.ts).
 */

// 11:00 in Amsterdam, outside quiet hours; the publish date of 22 March has passed.
const NOW = '2026-03-25T10:00:00Z';
test.use({ now: NOW });

test('the built desktop app opens its page, answers over IPC, and a due reminder reaches the tray and a notification', async ({ now }, testInfo) => {
  const dataDir = testInfo.outputPath('userData');
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'e2e/desktop/bootBuilt.ts', dataDir], {
    env: { ...process.env, FOLLOWTHROUGH_NOW: now },
    timeout: 40_000,
  });
  const report = JSON.parse(stdout.trim().split('\n').at(-1)!);

  expect(report.page).toEqual({ path: expect.stringMatching(/out[\\/]renderer[\\/]index\.html$/), exists: true });
  expect(report.preload).toEqual({ path: expect.stringMatching(/out[\\/]preload[\\/]index\.cjs$/), exists: true });
  expect(report.windowIcon.exists).toBe(true);
  expect(report.trayIcon.exists).toBe(true);
  expect(report.windowShown).toBe(true);
  expect(report.database.exists).toBe(true);
  expect(report.boardOverIpc).toEqual(['Mia Chen']);
  expect(report.strangerRefused).toBe(true);
  expect(report.trayToolTip).toMatch(/overdue/i);
  // Four of the contract's deadlines had passed when its product date was entered: one summary, not a burst.
  expect(report.popups).toEqual([{ title: '4 reminders need you', body: '4 overdue. As of 2026-03-25.', icon: expect.objectContaining({ exists: true }) }]);
  expect(report.trayMenu).toEqual(expect.arrayContaining(['4 overdue', 'Open Followthrough', 'Quit']));
});
