import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, safeStorage } from 'electron';
import { clockFromEnv } from '../clock';
import { portFromEnv } from '../envPort';
import { DEFAULT_FEED_PORT } from '../services/calendarFeed';
import { findMigrationsFolder } from '../db/client';
import { openRuntime, type Runtime } from '../runtime';
import { AppWindow } from './appWindow';
import { trayIconName } from './trayIcon';
import { confirmDiscardUnsaved } from './unsavedDialog';
import { offerBackup, reportStartFailure } from './damage';
import { DesktopServices } from './desktop';
import { KeychainSecrets } from './keychainSecrets';
import { registerApiHandler } from './ipc';
import { openExternalLink } from './links';
import { wasOpenedAtLogin } from './loginItem';
import { saveBriefPdf, saveContractPdf, saveEvidencePdf, saveReportPdf } from './pdf';
import { query } from './query';
import { applyContentSecurityPolicy, createMainWindow } from './window';

export interface ShellPaths {
  /** The folder holding the built main entry (out/main). */
  mainDir: string;
}

/**
 * Starts the Electron app: one window, the API over IPC, data in the user's app-data folder, and
 * the tray with reminders, which may keep running after the window is closed.
 */
export function startElectronApp({ mainDir }: ShellPaths): void {
  // Windows shows notifications only for an app with an AppUserModelID.
  if (process.platform === 'win32') app.setAppUserModelId('app.followthrough.desktop');
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let runtime: Runtime | null = null;
  // Pinned for demos and for the test that boots the built app; the system clock otherwise.
  const clock = clockFromEnv(process.env);
  let desktop: DesktopServices | null = null;
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  const indexFile = join(mainDir, '../renderer/index.html');
  const appUrl = devUrl ?? pathToFileURL(indexFile).href;
  const isTrustedUrl = (url: string) => url.startsWith(devUrl ?? appUrl);
  const resource = (name: string) => join(mainDir, '../../resources', name);
  const loginItem = { app, platform: process.platform, enabled: app.isPackaged && !devUrl };

  const appWindow = new AppWindow({
    create: (route) =>
      createMainWindow({
        preload: join(mainDir, '../preload/index.cjs'),
        icon: resource('icon.png'),
        load: (win) => {
          if (devUrl) return win.loadURL(route ? `${devUrl}#${route}` : devUrl);
          return route ? win.loadFile(indexFile, { hash: route }) : win.loadFile(indexFile);
        },
      }),
    closeToTray: () => (runtime ? query(runtime.dispatch, 'settings.get', {})?.notify.closeToTray === true : false),
    discardUnsaved: confirmDiscardUnsaved,
  });

  app.on('second-instance', () => appWindow.show());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // The dock icon brings back the window, whether it was closed or hidden in the tray.
  app.on('activate', () => appWindow.show());
  app.on('before-quit', () => appWindow.allowClose());
  app.on('will-quit', () => {
    desktop?.stop();
    runtime?.close();
  });

  void app.whenReady().then(() => {
    let opened: Runtime;
    try {
      opened = openRuntime({
        dataDir: app.getPath('userData'),
        clock,
        migrationsFolder: findMigrationsFolder([
          join(process.resourcesPath ?? '', 'migrations'),
          join(mainDir, '../../src/main/db/migrations'),
        ]),
        // Read at call time: the services below need the runtime, and it needs somewhere to report.
        onChange: (procedure, origin) => desktop?.changed(procedure, origin),
        onReminders: (result) => desktop?.reminders(result),
        onDamage: (damage) => offerBackup(damage),
        // The mailbox password, encrypted by the computer's keychain.
        secrets: new KeychainSecrets({ safeStorage, dataDir: app.getPath('userData'), platform: process.platform }),
      });
    } catch (error) {
      reportStartFailure(error);
      app.quit();
      return;
    }
    runtime = opened;
    // The brand's language falls back to the computer's, as the operating system ranks them.
    opened.ctx.systemLanguages = app.getPreferredSystemLanguages();
    applyContentSecurityPolicy();
    registerApiHandler(opened.dispatch, isTrustedUrl, {
      // The dialog belongs to whichever window is open when the user saves.
      'shell.savePdf': (input) => saveContractPdf({ dispatch: opened.dispatch, parent: appWindow.current }, input),
      'shell.saveEvidencePdf': (input) => saveEvidencePdf({ dispatch: opened.dispatch, parent: appWindow.current }, input),
      'shell.saveReportPdf': (input) => saveReportPdf({ dispatch: opened.dispatch, parent: appWindow.current }, input),
      'shell.saveBriefPdf': (input) => saveBriefPdf({ dispatch: opened.dispatch, parent: appWindow.current }, input),
      'shell.openExternal': openExternalLink,
    });
    desktop = new DesktopServices({
      runtime: opened,
      window: appWindow,
      clock,
      trayIcon: resource(trayIconName(process.platform)),
      appIcon: resource('icon.png'),
      quit: () => app.quit(),
      loginItems: loginItem.enabled,
      feedPort: portFromEnv('FOLLOWTHROUGH_FEED_PORT', process.env.FOLLOWTHROUGH_FEED_PORT) ?? DEFAULT_FEED_PORT,
    });
    if (!wasOpenedAtLogin(loginItem)) appWindow.show();
    desktop.start();
  });
}
