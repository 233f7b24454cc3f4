import { Menu, Tray, type MenuItemConstructorOptions } from 'electron';
import { dateInZone } from '../../shared/dates';
import type { SaidIn } from '../../shared/reminders/words';
import type { Dispatch } from '../api/dispatcher';
import { query } from './query';
import { trayMenuTemplate, trayTooltip, type TrayMenuActions } from './trayMenu';

type TrayLike = Pick<Tray, 'setToolTip' | 'setContextMenu' | 'on' | 'destroy'>;

export interface TrayServiceDeps extends TrayMenuActions {
  dispatch: Dispatch;
  iconPath: string;
  now(): Date;
  /** Told the overdue count after every refresh (the app icon's badge). */
  onOverdue?(overdue: number): void;
  platform?: NodeJS.Platform;
  /** The brand's language, asked at every refresh: a change in Settings rebuilds the menu in it. */
  words(): Pick<SaidIn, 't' | 'locale'>;
  /** Injected for tests. */
  createTray?: (iconPath: string) => TrayLike;
  buildMenu?: (template: MenuItemConstructorOptions[]) => Menu;
}

/** A burst of changes (a sample load, a card dragged twice) rebuilds the menu once. */
export const REFRESH_DEBOUNCE_MS = 500;
/** "Due today" turns into "overdue" at midnight without any reminder or change to say so. */
export const REFRESH_EVERY_MS = 5 * 60_000;

/**
 * The tray icon: what is overdue and due soon at a glance, the next deadlines one click from their
 * card, and the app itself. It is what keeps Followthrough reachable while the window is hidden.
 */
export class TrayService {
  private tray: TrayLike | null = null;
  private soon: NodeJS.Timeout | null = null;
  private interval: NodeJS.Timeout | null = null;
  private readonly platform: NodeJS.Platform;

  constructor(private readonly deps: TrayServiceDeps) {
    this.platform = deps.platform ?? process.platform;
  }

  start(): void {
    if (this.tray) return;
    this.tray = (this.deps.createTray ?? ((icon) => new Tray(icon)))(this.deps.iconPath);
    // On Windows a click on the icon is the usual way back to the window; elsewhere it opens the menu.
    if (this.platform === 'win32') this.tray.on('click', () => this.deps.open());
    this.interval = setInterval(() => this.refresh(), REFRESH_EVERY_MS).unref();
    this.refresh();
  }

  stop(): void {
    this.cancelSoon();
    if (this.interval !== null) clearInterval(this.interval);
    this.interval = null;
    this.tray?.destroy();
    this.tray = null;
  }

  refresh(): void {
    this.cancelSoon();
    const tray = this.tray;
    if (!tray) return;
    const counts = query(this.deps.dispatch, 'notifications.counts', {});
    const settings = query(this.deps.dispatch, 'settings.get', {});
    if (!counts || !settings) return;
    const words = this.deps.words();
    const context = { today: dateInZone(this.deps.now(), settings.timeZone), platform: this.platform, ...words };
    const template = trayMenuTemplate(counts, context, { open: (target) => this.deps.open(target), quit: () => this.deps.quit() });
    tray.setToolTip(trayTooltip(counts, words));
    // Linux rebuilds its tray menu only when it is set again, so the whole menu is replaced.
    tray.setContextMenu((this.deps.buildMenu ?? ((t) => Menu.buildFromTemplate(t)))(template));
    this.deps.onOverdue?.(counts.overdue);
  }

  /** Data changed: refresh shortly, once for a burst of changes. */
  refreshSoon(): void {
    if (!this.tray || this.soon !== null) return;
    this.soon = setTimeout(() => {
      this.soon = null;
      this.refresh();
    }, REFRESH_DEBOUNCE_MS).unref();
  }

  private cancelSoon(): void {
    if (this.soon !== null) clearTimeout(this.soon);
    this.soon = null;
  }
}
