import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL, IPC_PUSH } from '../../shared/ipc';
import type { ReminderCounts } from '../../shared/reminders/schemas';
import { mountTmpfs, remount, unmount } from '../testing/mounts';

const electron = await vi.hoisted(async () => (await import('./fakeElectron')).createFakeElectron(vi));
vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

const { startElectronApp } = await import('./app');

let dataDir: string;
beforeEach(() => {
  electron.reset();
  dataDir = mkdtempSync(join(tmpdir(), 'followthrough-userdata-'));
  electron.app.getPath.mockReturnValue(dataDir);
});
afterEach(() => {
  // Quitting closes the database; a test that already quit has nothing left to close.
  if (electron.app.quit.mock.calls.length === 0) electron.app.emit('will-quit');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts the whole app and answers once its window is there, with a way to call the API as the page does. */
async function startApp() {
  startElectronApp({ mainDir: resolve('out/main') });
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
  const main = electron.windows[0]!;
  main.emit('ready-to-show');
  const frame = { senderFrame: { url: `file://${main.loadFile.mock.calls[0]![0] as string}` } };
  const call = async <T>(name: string, input: unknown = {}): Promise<T> => {
    const result = (await electron.ipcHandlers.get(IPC_CALL)!(frame, name, input)) as { ok: boolean; data: T };
    expect(result.ok, name).toBe(true);
    return result.data;
  };
  return { main, tray: electron.trays[0]!, call };
}
const item = (tray: (typeof electron.trays)[number], label: string) => tray.menu().find((i: any) => i.label === label)!;

describe('the desktop app in the tray', () => {
  it('keeps running in the tray when the window is closed, and quits for real from the tray', async () => {
    const { main, tray } = await startApp();
    expect(main.isVisible()).toBe(true);
    expect(tray.image).toBe(resolve('resources/tray.png'));
    expect(electron.powerMonitor.listeners.get('resume')).toHaveLength(1);
    expect(electron.powerMonitor.listeners.get('unlock-screen')).toHaveLength(1);

    expect(main.close()).toBe(false); // the setting is on by default
    expect(main.isVisible()).toBe(false);
    expect(electron.app.quit).not.toHaveBeenCalled();

    item(tray, 'Open Followthrough').click();
    expect(main.isVisible()).toBe(true);
    expect(electron.windows).toHaveLength(1);

    item(tray, 'Quit').click();
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(main.isDestroyed()).toBe(true);
    expect(tray.destroy).toHaveBeenCalledOnce();
    expect(electron.powerMonitor.listeners.get('resume')).toEqual([]);
  });

  it.skipIf(process.platform === 'darwin')('quits when the last window closes while close-to-tray is off', async () => {
    const { main, tray, call } = await startApp();
    await call('settings.update', { notify: { closeToTray: false } });
    expect(main.close()).toBe(true);
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(tray.destroy).toHaveBeenCalledOnce();
  });

  it('pops up reminders for the data, tells the page, and follows with the tray', async () => {
    const { main, tray, call } = await startApp();
    await call('settings.update', { notify: { quietHours: null } });
    await call('sample.load');
    // The sample has late deliveries; the reminder check runs shortly after a change.
    await vi.waitFor(() => expect(electron.notifications.length).toBeGreaterThan(0));

    const counts = await call<ReminderCounts>('notifications.counts');
    expect(counts.overdue).toBeGreaterThan(0);
    await vi.waitFor(() => expect(tray.menu()[0].label).toBe(`${counts.overdue} overdue`));
    const pushed = main.webContents.send.mock.calls.map(([channel, event]: [string, any]) => channel === IPC_PUSH && event.type);
    expect(pushed).toContain('reminders');
    expect(pushed).toContain('changed');

    main.hide();
    electron.notifications[0]!.emit('click');
    expect(main.isVisible()).toBe(true);
    expect(main.focus).toHaveBeenCalled();
  });
});

describe('a second launch', () => {
  it('quits before opening anything, and brings the first window back to the front', async () => {
    const { main } = await startApp();
    main.minimize();
    main.hide();
    // The second copy is another process: Electron denies it the lock, and its quit ends only itself.
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    electron.app.quit.mockImplementationOnce(() => {});
    startElectronApp({ mainDir: resolve('out/main') });
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(electron.app.whenReady).toHaveBeenCalledOnce();
    expect(electron.windows).toHaveLength(1);

    // Electron tells the first copy, which shows its window.
    electron.app.emit('second-instance', {}, ['followthrough'], '/');
    expect(main.isVisible()).toBe(true);
    expect(main.isMinimized()).toBe(false);
    expect(main.focus).toHaveBeenCalled();
    expect(electron.windows).toHaveLength(1);
    electron.app.emit('will-quit');
  });

  it('says so and quits when another copy (the browser version) has the data folder open', async () => {
    const { openRuntime } = await import('../runtime');
    const { fixedClock } = await import('../clock');
    const other = openRuntime({ dataDir, clock: fixedClock('2026-03-25T10:00:00.000Z'), migrationsFolder: resolve('src/main/db/migrations') });
    try {
      startElectronApp({ mainDir: resolve('out/main') });
      await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledOnce());
      expect(electron.module.dialog.showErrorBox).toHaveBeenCalledWith('Followthrough cannot start', `Followthrough is already running on this data folder (${dataDir}); close it first.`);
      expect(electron.windows).toHaveLength(0);
    } finally {
      other.close();
    }
  });

  it('says so in the computer’s language', async () => {
    const { openRuntime } = await import('../runtime');
    const { fixedClock } = await import('../clock');
    const other = openRuntime({ dataDir, clock: fixedClock('2026-03-25T10:00:00.000Z'), migrationsFolder: resolve('src/main/db/migrations') });
    try {
      electron.app.getPreferredSystemLanguages.mockReturnValue(['zh-Hans-CN']);
      startElectronApp({ mainDir: resolve('out/main') });
      await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledOnce());
      expect(electron.module.dialog.showErrorBox).toHaveBeenCalledWith('Followthrough 无法启动', `已有一个 Followthrough 正在使用这个数据文件夹（${dataDir}），请先关闭它。`);
    } finally {
      other.close();
    }
  });
});

describe('a damaged database', () => {
  async function damage() {
    const { openRuntime } = await import('../runtime');
    const { fixedClock } = await import('../clock');
    const first = openRuntime({ dataDir, clock: fixedClock('2026-03-25T10:00:00.000Z'), migrationsFolder: resolve('src/main/db/migrations') });
    first.dispatch('influencers.create', { name: 'Mia Chen' });
    first.dispatch('backup.create', {});
    first.close();
    const file = join(dataDir, 'followthrough.db');
    writeFileSync(file, Buffer.concat([readFileSync(file).subarray(0, 4096), Buffer.alloc(statSync(file).size - 4096, 0xa5)]));
  }

  it('offers the latest good backup, and opens on it when the user agrees', async () => {
    await damage();
    electron.module.dialog.showMessageBoxSync.mockReturnValueOnce(0);
    const { call } = await startApp();
    expect(electron.module.dialog.showMessageBoxSync).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Your Followthrough data could not be read.', detail: expect.stringContaining('(1 creator, 0 collaborations, 0 events)') }),
    );
    expect((await call<{ name: string }[]>('influencers.list')).map((c) => c.name)).toEqual(['Mia Chen']);
  });

  it('asks in the computer’s language, since no setting can be read yet', async () => {
    await damage();
    electron.app.getPreferredSystemLanguages.mockReturnValue(['nl-NL', 'en-GB']);
    electron.module.dialog.showMessageBoxSync.mockReturnValueOnce(1);
    startElectronApp({ mainDir: resolve('out/main') });
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledOnce());
    expect(electron.module.dialog.showMessageBoxSync).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Je Followthrough-gegevens konden niet worden gelezen.', detail: expect.stringContaining('(1 maker, 0 samenwerkingen, 0 gebeurtenissen)'), buttons: [expect.stringMatching(/^Back-up van .+ terugzetten$/), 'Stoppen'] }),
    );
    expect(electron.module.dialog.showErrorBox).toHaveBeenCalledWith(
      'Followthrough kan niet starten',
      expect.stringMatching(/^De database .+ is beschadigd \(.+\)\. De laatste goede back-up is followthrough-.+\.db\.$/),
    );
  });

  it('intact data on a read-only disk is not called damaged: it says so, offers no backup, and quits', async () => {
    const { openRuntime } = await import('../runtime');
    const { fixedClock } = await import('../clock');
    const readOnly = mkdtempSync(join(tmpdir(), 'followthrough-readonly-'));
    mountTmpfs(readOnly, '8m');
    try {
      const first = openRuntime({ dataDir: readOnly, clock: fixedClock('2026-03-25T10:00:00.000Z'), migrationsFolder: resolve('src/main/db/migrations') });
      first.dispatch('influencers.create', { name: 'Mia Chen' });
      first.dispatch('backup.create', {});
      first.close();
      remount(readOnly, 'ro');
      electron.app.getPath.mockReturnValue(readOnly);
      startElectronApp({ mainDir: resolve('out/main') });
      await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledOnce());
      expect(electron.module.dialog.showMessageBoxSync).not.toHaveBeenCalled();
      expect(electron.module.dialog.showErrorBox).toHaveBeenCalledWith(
        'Followthrough cannot reach its data',
        expect.stringMatching(new RegExp(`^Followthrough cannot write its data at ${readOnly}: the disk or folder is read-only; nothing is wrong with the data\\.`)),
      );
      expect(electron.windows).toHaveLength(0);
    } finally {
      unmount(readOnly);
      rmSync(readOnly, { recursive: true, force: true });
    }
  });

  it('says data it cannot reach in the computer’s language too', async () => {
    const { openRuntime } = await import('../runtime');
    const { fixedClock } = await import('../clock');
    const readOnly = mkdtempSync(join(tmpdir(), 'followthrough-readonly-'));
    mountTmpfs(readOnly, '8m');
    try {
      openRuntime({ dataDir: readOnly, clock: fixedClock('2026-03-25T10:00:00.000Z'), migrationsFolder: resolve('src/main/db/migrations') }).close();
      remount(readOnly, 'ro');
      electron.app.getPath.mockReturnValue(readOnly);
      electron.app.getPreferredSystemLanguages.mockReturnValue(['nl-BE', 'fr-BE']);
      startElectronApp({ mainDir: resolve('out/main') });
      await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledOnce());
      expect(electron.module.dialog.showErrorBox).toHaveBeenCalledWith(
        'Followthrough kan zijn gegevens niet bereiken',
        `Followthrough kan zijn gegevens op ${readOnly} niet schrijven: de schijf of map is alleen-lezen; er is niets mis met de gegevens. ` +
          'Geef Followthrough lees- en schrijfrechten voor die map (of gebruik een schijf die niet alleen-lezen is) en start het daarna opnieuw.',
      );
    } finally {
      unmount(readOnly);
      rmSync(readOnly, { recursive: true, force: true });
    }
  });

  it('says why it cannot start and quits when the user declines', async () => {
    await damage();
    startElectronApp({ mainDir: resolve('out/main') });
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledOnce());
    expect(electron.module.dialog.showErrorBox).toHaveBeenCalledWith('Followthrough cannot start', expect.stringContaining('is damaged'));
    expect(electron.windows).toHaveLength(0);
  });
});
