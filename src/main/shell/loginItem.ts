import type { App } from 'electron';

/** Passed by the Windows login entry, so a start at login stays in the tray. */
export const HIDDEN_ARG = '--hidden';

export interface LoginItemDeps {
  app: Pick<App, 'setLoginItemSettings' | 'getLoginItemSettings'>;
  platform: NodeJS.Platform;
  /** False for a development build: registering it would start the bare Electron binary at login. */
  enabled: boolean;
  argv?: readonly string[];
}

// Electron registers login items on macOS and Windows only.
const supported = (deps: LoginItemDeps) => deps.enabled && (deps.platform === 'darwin' || deps.platform === 'win32');
// Windows reads an entry back only with the arguments it was written with.
const options = (deps: LoginItemDeps) => (deps.platform === 'win32' ? { args: [HIDDEN_ARG] } : {});

/** Follows the setting; writes only when the system's entry differs, so starting up does not rewrite it. */
export function applyOpenAtLogin(openAtLogin: boolean, deps: LoginItemDeps): void {
  if (!supported(deps)) return;
  if (deps.app.getLoginItemSettings(options(deps)).openAtLogin === openAtLogin) return;
  deps.app.setLoginItemSettings({ openAtLogin, ...options(deps) });
}

/** Started by the system at login rather than by the user: open no window, only the tray. */
export function wasOpenedAtLogin(deps: LoginItemDeps): boolean {
  if (!supported(deps)) return false;
  if (deps.platform === 'win32') return (deps.argv ?? process.argv).includes(HIDDEN_ARG);
  return deps.app.getLoginItemSettings().wasOpenedAtLogin;
}
