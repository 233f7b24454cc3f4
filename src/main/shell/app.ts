import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow } from 'electron';
import { IPC_PUSH } from '../../shared/ipc';
import { systemClock } from '../clock';
import { findMigrationsFolder } from '../db/client';
import { openRuntime, type Runtime } from '../runtime';
import { registerApiHandler } from './ipc';
import { saveContractPdf } from './pdf';
import { applyContentSecurityPolicy, createMainWindow } from './window';

export interface ShellPaths {
  /** The folder holding the built main entry (out/main). */
  mainDir: string;
}

/** Starts the Electron app: one window, the API over IPC, data in the user's app-data folder. */
export function startElectronApp({ mainDir }: ShellPaths): void {
  if (process.platform === 'win32') app.setAppUserModelId('app.followthrough.desktop');
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let runtime: Runtime | null = null;
  let window: BrowserWindow | null = null;
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  const indexFile = join(mainDir, '../renderer/index.html');
  const appUrl = devUrl ?? pathToFileURL(indexFile).href;
  const isTrustedUrl = (url: string) => url.startsWith(devUrl ?? appUrl);

  const openWindow = () => {
    window = createMainWindow({
      preload: join(mainDir, '../preload/index.cjs'),
      icon: join(mainDir, '../../resources/icon.png'),
      load: (win) => (devUrl ? win.loadURL(devUrl) : win.loadFile(indexFile)),
    });
    window.on('closed', () => (window = null));
  };

  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('will-quit', () => runtime?.close());

  void app.whenReady().then(() => {
    const opened = openRuntime({
      dataDir: app.getPath('userData'),
      clock: systemClock,
      migrationsFolder: findMigrationsFolder([
        join(process.resourcesPath ?? '', 'migrations'),
        join(mainDir, '../../src/main/db/migrations'),
      ]),
      onChange: (procedure) => window?.webContents.send(IPC_PUSH, { type: 'changed', procedure }),
    });
    runtime = opened;
    applyContentSecurityPolicy();
    registerApiHandler(opened.dispatch, isTrustedUrl, {
      // `window` is read at call time: the dialog belongs to whichever window is open then.
      'shell.savePdf': (input) => saveContractPdf({ dispatch: opened.dispatch, parent: window }, input),
    });
    openWindow();
  });
}
