import { app, powerMonitor } from 'electron';
import type { ProcedureName } from '../../shared/api';
import type { TickResult } from '../../shared/reminders/schemas';
import type { Clock } from '../clock';
import type { Runtime } from '../runtime';
import { startWorkers, type Workers, type WorkersOptions } from '../workers/startWorkers';
import type { AppWindow } from './appWindow';
import { showOverdueBadge } from './badge';
import { brandWords } from './brandWords';
import { applyOpenAtLogin } from './loginItem';
import { ReminderPopups } from './popups';
import { query } from './query';
import { TrayService } from './tray';

export interface DesktopServicesDeps {
  runtime: Pick<Runtime, 'dispatch' | 'ctx' | 'subscribeChanges' | 'reportReminders'>;
  window: AppWindow;
  clock: Clock;
  trayIcon: string;
  appIcon: string;
  quit(): void;
  /** False for a development build, which must not become a login item. */
  loginItems: boolean;
  platform?: NodeJS.Platform;
  /** Injected for tests. */
  workers?: WorkersOptions;
  /** The live calendar feed's port; no feed without it. */
  feedPort?: number;
}

/**
 * What keeps reminders coming while the window is hidden: the background workers, the tray, native
 * pop-ups, the badge and the login item, all fed by the runtime's changes and reminder results.
 */
export class DesktopServices {
  readonly tray: TrayService;
  private readonly popups: ReminderPopups;
  private readonly platform: NodeJS.Platform;
  private running: Workers | null = null;
  // Timers pause while the computer sleeps; waking or unlocking looks at once, and missed reminders catch up.
  private readonly wake = () => {
    this.running?.resume();
    this.tray.refresh();
  };

  constructor(private readonly deps: DesktopServicesDeps) {
    const open = deps.window.show.bind(deps.window);
    this.platform = deps.platform ?? process.platform;
    const words = () => brandWords(deps.runtime.ctx);
    this.tray = new TrayService({
      dispatch: deps.runtime.dispatch,
      iconPath: deps.trayIcon,
      now: () => deps.clock.now(),
      platform: this.platform,
      words,
      open,
      quit: deps.quit,
      onOverdue: (overdue) => showOverdueBadge(app, overdue),
    });
    this.popups = new ReminderPopups({
      open,
      acknowledge: (ids) => void deps.runtime.dispatch('notifications.ack', { ids }),
      words,
      iconPath: deps.appIcon,
    });
  }

  start(): void {
    this.tray.start();
    this.applyLoginItem();
    powerMonitor.on('resume', this.wake);
    powerMonitor.on('unlock-screen', this.wake);
    const { feedPort } = this.deps;
    const feed = feedPort === undefined ? undefined : { port: feedPort, openCard: (id: number) => this.deps.window.show({ collaborationId: id }) };
    this.running ??= startWorkers(this.deps.runtime, { ...this.deps.workers, feed });
  }

  /** The background workers, while the services run. */
  get workers(): Workers | null {
    return this.running;
  }

  stop(): void {
    this.running?.stop();
    this.running = null;
    powerMonitor.off('resume', this.wake);
    powerMonitor.off('unlock-screen', this.wake);
    this.tray.stop();
  }

  /** A procedure changed data: the page reloads what it shows (unless it made the change), the tray its counts. */
  changed(procedure: ProcedureName, origin?: string): void {
    this.deps.window.send({ type: 'changed', procedure, ...(origin ? { origin } : {}) });
    if (procedure === 'settings.update') {
      // The language may have changed: the menu is rebuilt in it at once, not after a burst settles.
      this.tray.refresh();
      this.applyLoginItem();
    } else {
      this.tray.refreshSoon();
    }
  }

  reminders({ fired, closed, pops }: TickResult): void {
    this.deps.window.send({ type: 'reminders', fired, closed, pops });
    this.popups.show(pops);
    this.tray.refresh();
  }

  private applyLoginItem(): void {
    const settings = query(this.deps.runtime.dispatch, 'settings.get', {});
    if (!settings) return;
    applyOpenAtLogin(settings.notify.openAtLogin, { app, platform: this.platform, enabled: this.deps.loginItems });
  }
}
