import type { BrowserWindow } from 'electron';
import type { PushEvent } from '../../shared/api';
import type { CardTab } from '../../shared/cardTabs';
import { IPC_PUSH } from '../../shared/ipc';
import { cardPath } from '../../shared/cardPath';
import type { FollowUp } from '../../shared/rules/followUp';

/** A place in the app that the tray or a notification can open; a follow-up opens the composer on it. */
export type AppTarget = { page: 'board' | 'calendar' } | { collaborationId: number; tab?: CardTab; followUp?: FollowUp };

/** The page's own route (its hash without `#`), so a new window can start right there. */
export function routeOf(target: AppTarget): string {
  return 'collaborationId' in target ? cardPath(target.collaborationId, target.tab, target.followUp) : `/${target.page}`;
}

export interface AppWindowDeps {
  /** Makes the main window, showing `route` (see routeOf) or the start page when null. */
  create(route: string | null): BrowserWindow;
  /** Read each time the user closes the window: true keeps the app running in the tray. */
  closeToTray(): boolean;
  /** Asked when a page with unsaved edits holds the window from closing: true closes it anyway. */
  discardUnsaved(win: BrowserWindow): boolean;
}

/**
 * The one main window, which may be open, hidden in the tray, minimized or gone. Whoever wants it
 * shown (tray, notification, second launch, dock) calls show() and gets it in front either way.
 */
export class AppWindow {
  private win: BrowserWindow | null = null;
  private quitting = false;

  constructor(private readonly deps: AppWindowDeps) {}

  /** The window while it exists (hidden or not), for dialogs that belong to it. */
  get current(): BrowserWindow | null {
    return this.win && !this.win.isDestroyed() ? this.win : null;
  }

  show(target?: AppTarget): void {
    const win = this.current;
    if (!win) {
      // A page that is still loading would miss a push; a new window starts at the place instead.
      this.win = this.make(target ? routeOf(target) : null);
      return;
    }
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
    if (!target) return;
    if ('collaborationId' in target) {
      this.send({ type: 'open', collaborationId: target.collaborationId, ...(target.tab ? { tab: target.tab } : {}), ...(target.followUp ? { followUp: target.followUp } : {}) });
    } else {
      // A hash change is an in-page navigation: no reload, and the page's router follows it.
      void win.webContents.executeJavaScript(`location.hash = ${JSON.stringify(`#${routeOf(target)}`)}`);
    }
  }

  send(event: PushEvent): void {
    this.current?.webContents.send(IPC_PUSH, event);
  }

  /** The app is quitting: closing the window must close it now, whatever the tray setting. */
  allowClose(): void {
    this.quitting = true;
  }

  private make(route: string | null): BrowserWindow {
    const win = this.deps.create(route);
    win.on('close', (event) => {
      if (this.quitting || !this.deps.closeToTray()) return;
      event.preventDefault();
      win.hide();
    });
    // A page with unsaved edits holds the window (beforeunload); without this Electron would just not close.
    win.webContents.on('will-prevent-unload', (event: { preventDefault(): void }) => {
      if (this.deps.discardUnsaved(win)) event.preventDefault();
    });
    // Windows ends the session without `before-quit`; a hidden-instead-of-closed window would block logging off.
    win.on('session-end', () => this.allowClose());
    win.on('closed', () => {
      if (this.win === win) this.win = null;
    });
    return win;
  }
}
