// The fake Electron the boot script made, as the module the built app imports.
const electron = globalThis.__followthroughFakeElectron;
if (!electron) throw new Error('The fake Electron was not set up before the app was imported.');

export const { app, powerMonitor, BrowserWindow, Tray, Notification, Menu, ipcMain, shell, dialog, session, safeStorage } = electron;
export default electron;
