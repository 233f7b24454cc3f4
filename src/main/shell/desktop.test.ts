import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_PUSH } from '../../shared/ipc';
import type { NotificationList, Pop, ReminderCounts } from '../../shared/reminders/schemas';
import type { DeadlineList } from '../../shared/contract/schemas';
import { openRuntime, type Runtime } from '../runtime';
import { contracted } from '../testing/contracted';
import { MIGRATIONS, testClock, type TestClock } from '../testing/context';
import { fakeTimers } from '../testing/fakeTimers';
import type { Timers } from '../workers/timers';
import { translator } from '../../shared/i18n/createI18n';
import { reminderWords, type SaidIn } from '../../shared/reminders/words';

const electron = await vi.hoisted(async () => (await import('./fakeElectron')).createFakeElectron(vi));
vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

const { AppWindow } = await import('./appWindow');
const { DesktopServices } = await import('./desktop');
const { HIDDEN_ARG, wasOpenedAtLogin } = await import('./loginItem');
const { ReminderPopups } = await import('./popups');
const { REFRESH_DEBOUNCE_MS, TrayService } = await import('./tray');

type Services = InstanceType<typeof DesktopServices>;

let dataDir: string;
let clock: TestClock;
let runtime: Runtime;
let desktop: Services | null;
let appWindow: InstanceType<typeof AppWindow>;
const quit = vi.fn();

/** The real runtime (dispatcher, workers, SQLite in a temp folder) feeding the desktop services. */
function start(options: { platform?: NodeJS.Platform; loginItems?: boolean; timers?: Timers } = {}): Services {
  const services = new DesktopServices({
    runtime,
    window: appWindow,
    clock,
    trayIcon: '/app/resources/tray.png',
    appIcon: '/app/resources/icon.png',
    quit,
    loginItems: options.loginItems ?? false,
    platform: options.platform ?? 'linux',
    workers: { timers: options.timers },
  });
  desktop = services;
  services.start();
  return services;
}

const call = <T>(name: string, input: unknown = {}): T => {
  const result = runtime.dispatch(name, input) as { ok: boolean; data?: unknown; error?: { message: string } };
  if (!result.ok) throw new Error(result.error!.message);
  return result.data as T;
};
const english: SaidIn = { t: translator('en'), locale: 'en', timeZone: 'Europe/Amsterdam' };
const tray = () => electron.trays.at(-1)!;
const labels = () => tray().menu().map((item: any) => item.label ?? `(${item.type})`);
const click = (label: string) => tray().menu().find((item: any) => item.label === label)!.click();
const mainWindow = () => electron.windows.at(-1)!;
const pushes = () => mainWindow().webContents.send.mock.calls.filter(([channel]: [string]) => channel === IPC_PUSH).map(([, event]: [string, unknown]) => event);

beforeEach(() => {
  electron.reset();
  dataDir = mkdtempSync(join(tmpdir(), 'followthrough-desktop-'));
  clock = testClock('2026-03-25T10:00:00.000Z');
  desktop = null;
  runtime = openRuntime({
    dataDir,
    migrationsFolder: MIGRATIONS,
    clock,
    onChange: (procedure) => desktop?.changed(procedure),
    onReminders: (result) => desktop?.reminders(result),
  });
  // The cards here are in production: their check-ins would join the deadline pop-ups these tests count.
  call('settings.update', { timeZone: 'Europe/Amsterdam', notify: { groups: { checkIns: false } } });
  appWindow = new AppWindow({
    create: (route) => new electron.module.BrowserWindow({ route }) as any,
    closeToTray: () => true,
    discardUnsaved: () => true,
  });
});
afterEach(() => {
  desktop?.stop();
  runtime.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Mia: first draft 1 day late, video due 29 Mar. "Liu & Co": script due today. */
function deadlines() {
  const mia = contracted(runtime.ctx, { creatorName: 'Mia Chen', productReceivedOn: '2026-03-09', milestones: ['first_draft', 'publish'] });
  const liu = contracted(runtime.ctx, { creatorName: 'Liu & Co', productReceivedOn: '2026-03-18', milestones: ['script'] });
  return { mia: mia.collaborationId, liu: liu.collaborationId };
}

describe('the tray', () => {
  it('shows the counts, then the next deadlines, then the app; tooltip and badge say what is overdue', () => {
    deadlines();
    start();
    const counts = call<ReminderCounts>('notifications.counts');
    expect(counts).toMatchObject({ overdue: 1, dueToday: 1, dueThisWeek: 2 });

    expect(tray().image).toBe('/app/resources/tray.png');
    expect(labels()).toEqual([
      '1 overdue',
      '1 due today',
      '2 due this week',
      '(separator)',
      'Mia Chen: First draft — 1 day late',
      'Liu && Co: Script — due today',
      'Mia Chen: Final video published — due 29 Mar',
      '(separator)',
      'Open Followthrough',
      'Calendar',
      '(separator)',
      'Quit',
    ]);
    expect(tray().menu().slice(0, 3).map((item: any) => item.enabled)).toEqual([false, false, false]);
    expect(tray().setToolTip).toHaveBeenLastCalledWith('Followthrough — 1 overdue, 1 due today');
    expect(electron.app.setBadgeCount).toHaveBeenLastCalledWith(1);
  });

  it('says when nothing is due, and counts days late as the deadline ages', () => {
    start();
    expect(labels().slice(0, 4)).toEqual(['Nothing overdue', 'Nothing due today', 'Nothing due this week', '(separator)']);
    expect(tray().setToolTip).toHaveBeenLastCalledWith('Followthrough — nothing overdue or due today');
    expect(electron.app.setBadgeCount).toHaveBeenLastCalledWith(0);

    deadlines();
    clock.set('2026-03-27T10:00:00.000Z');
    desktop!.tray.refresh();
    expect(labels()).toContain('Mia Chen: First draft — 3 days late');
    expect(labels()).toContain('Liu && Co: Script — 2 days late');
  });

  it('speaks the language chosen in Settings, and rebuilds the menu in it at once when it changes', () => {
    deadlines();
    call('settings.update', { language: 'zh' });
    start();
    expect(labels()).toEqual([
      '1 项逾期',
      '1 项今天到期',
      '2 项本周到期',
      '(separator)',
      'Mia Chen：First draft — 逾期 1 天',
      'Liu && Co：Script — 今天到期',
      'Mia Chen：Final video published — 3月29日 到期',
      '(separator)',
      '打开 Followthrough',
      '日历',
      '(separator)',
      '退出',
    ]);
    expect(tray().setToolTip).toHaveBeenLastCalledWith('Followthrough — 1 项逾期，1 项今天到期');
    call('settings.update', { language: 'nl' });
    expect(labels().slice(0, 3)).toEqual(['1 te laat', '1 met deadline vandaag', '2 met deadline deze week']);
    expect(labels().at(-1)).toBe('Afsluiten');
  });

  it("follows the computer's language when Settings leave it to the computer", () => {
    runtime.ctx.systemLanguages = ['nl-NL', 'en-GB'];
    start();
    expect(labels()[0]).toBe('Niets te laat');
    expect(labels()).toContain('Followthrough openen');
  });

  it('opens the card of a deadline: shows and focuses the open window and tells the page', () => {
    const { mia } = deadlines();
    start();
    appWindow.show();
    const win = mainWindow();
    win.hide();

    click('Mia Chen: First draft — 1 day late');

    expect(electron.windows).toHaveLength(1);
    expect(win.isVisible()).toBe(true);
    expect(win.focus).toHaveBeenCalled();
    expect(pushes()).toContainEqual({ type: 'open', collaborationId: mia });
  });

  it('opens a new window right at the card or the calendar when the window was closed', () => {
    const { liu } = deadlines();
    start();
    click('Liu && Co: Script — due today');
    expect(mainWindow().options.route).toBe(`/board/${liu}`);

    mainWindow().destroy();
    click('Calendar');
    expect(electron.windows).toHaveLength(2);
    expect(mainWindow().options.route).toBe('/calendar');

    // With the window open, the calendar is an in-page move, not a reload.
    click('Calendar');
    expect(electron.windows).toHaveLength(2);
    expect(mainWindow().webContents.executeJavaScript).toHaveBeenCalledWith('location.hash = "#/calendar"');
  });

  it('restores a minimized window from "Open Followthrough", and quits from "Quit"', () => {
    start();
    appWindow.show();
    mainWindow().minimize();
    click('Open Followthrough');
    expect(mainWindow().restore).toHaveBeenCalled();
    expect(mainWindow().isMinimized()).toBe(false);
    expect(mainWindow().focus).toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
    click('Quit');
    expect(quit).toHaveBeenCalledOnce();
  });

  it('follows data changes once per burst, and waking from sleep', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      start();
      expect(labels()[0]).toBe('Nothing overdue');
      const before = tray().setContextMenu.mock.calls.length;
      const creator = call<{ id: number }>('influencers.create', { name: 'Ada' });
      call('influencers.update', { id: creator.id, name: 'Ada L.' });
      deadlines(); // written by services directly: the tray learns of it from the next change or wake-up
      vi.advanceTimersByTime(REFRESH_DEBOUNCE_MS);
      expect(tray().setContextMenu.mock.calls.length - before).toBe(1);
      expect(labels()[0]).toBe('1 overdue');

      clock.set('2026-03-26T10:00:00.000Z');
      const resume = vi.spyOn(desktop!.workers!, 'resume');
      electron.powerMonitor.emit('resume');
      expect(resume).toHaveBeenCalledOnce();
      expect(labels()[0]).toBe('2 overdue');
      electron.powerMonitor.emit('unlock-screen');
      expect(resume).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('on Windows a click on the icon brings the window back', () => {
    start({ platform: 'win32' });
    tray().emit('click');
    expect(electron.windows).toHaveLength(1);
    expect(mainWindow().options.route).toBeNull();
  });

  it('leaves the tray as it was when a read fails, and says why in the log', () => {
    const icon = { setToolTip: vi.fn(), setContextMenu: vi.fn(), on: vi.fn(), destroy: vi.fn() };
    const dispatch = vi.fn(() => ({ ok: false, error: { code: 'INTERNAL', message: 'disk I/O error' } }));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const service = new TrayService({ dispatch: dispatch as any, iconPath: '/x.png', now: () => clock.now(), words: () => english, open: vi.fn(), quit, createTray: () => icon as any });
      service.start();
      expect(icon.setContextMenu).not.toHaveBeenCalled();
      expect(logged).toHaveBeenCalledWith('notifications.counts failed: disk I/O error');
      service.stop();
      expect(icon.destroy).toHaveBeenCalledOnce();
    } finally {
      logged.mockRestore();
    }
  });

  it('stops: workers, tray and wake-ups end', () => {
    const timers = fakeTimers();
    const services = start({ timers: timers.timers });
    // The reminder check every minute, the backups every hour, the mailbox every five minutes, the outbox every half minute.
    expect(timers.intervals.map((t) => [t.ms, t.cleared])).toEqual([
      [60_000, false],
      [3_600_000, false],
      [300_000, false],
      [30_000, false],
    ]);
    const workers = services.workers!;
    const resume = vi.spyOn(workers, 'resume');
    services.stop();
    desktop = null;
    expect(services.workers).toBeNull();
    expect(timers.intervals.every((t) => t.cleared)).toBe(true);
    expect(tray().destroy).toHaveBeenCalledOnce();
    electron.powerMonitor.emit('resume');
    expect(resume).not.toHaveBeenCalled();
  });
});

describe('reminder pop-ups', () => {
  it('pops up a fired reminder natively; a click focuses the window on its card', () => {
    const { collaborationId: mia } = contracted(runtime.ctx, { creatorName: 'Mia Chen', productReceivedOn: '2026-03-09', milestones: ['first_draft'] });
    start(); // the reminder worker's first look fires the overdue draft
    const [fired] = call<NotificationList>('notifications.list').items;
    expect(fired).toMatchObject({ collaborationId: mia, facts: { creatorName: 'Mia Chen' } });

    expect(electron.notifications).toHaveLength(1);
    const notification = electron.notifications[0]!;
    expect(notification.options).toMatchObject({ ...reminderWords(fired!, english), silent: false });
    expect(notification.options).toMatchObject({ title: 'Mia Chen: First draft is 1 day late', body: 'It was due 24 Mar 2026.' });
    expect(notification.show).toHaveBeenCalledOnce();
    expect(labels()[0]).toBe('1 overdue');

    appWindow.show();
    mainWindow().hide();
    notification.emit('click');
    expect(mainWindow().isVisible()).toBe(true);
    expect(mainWindow().focus).toHaveBeenCalled();
    // The creator's draft is late: the card opens where the follow-up message is written, on the
    // message for a late deliverable, about that draft.
    const [draft] = call<DeadlineList>('deadlines.list', { collaborationId: mia }).deadlines;
    expect(pushes()).toContainEqual({ type: 'open', collaborationId: mia, tab: 'messages', followUp: { template: 'gentle_pressure', milestoneId: draft!.id } });
    // Opening it from the pop-up deals with it, as "Open" in the bell does.
    expect(call<NotificationList>('notifications.list').unread).toBe(0);
  });

  it("pops up in the brand's language", () => {
    contracted(runtime.ctx, { creatorName: 'Mia Chen', productReceivedOn: '2026-03-09', milestones: ['first_draft'] });
    call('settings.update', { language: 'nl' });
    start();
    expect(electron.notifications[0]!.options).toMatchObject({ title: 'Mia Chen: First draft is 1 dag te laat', body: 'De deadline was 24 mrt 2026.' });
  });

  it('tells the page what fired, and a summary opens the board', () => {
    start();
    appWindow.show();
    const summary: Pop = {
      collaborationId: null,
      party: null,
      kind: null,
      item: null,
      occurrence: null,
      facts: null,
      summary: { caughtUp: false, counts: [{ kind: 'overdue', count: 2 }, { kind: 'due_today', count: 1 }], asOf: '2026-03-25' },
      notificationIds: [1, 2, 3],
    };
    desktop!.reminders({ at: '2026-03-25T10:00:00.000Z', fired: 3, closed: 1, quiet: false, pops: [summary] });
    expect(pushes()).toContainEqual({ type: 'reminders', fired: 3, closed: 1, pops: [summary] });
    expect(electron.notifications[0]!.options).toMatchObject({ title: '3 reminders need you', body: '2 overdue · 1 due today. As of 2026-03-25.' });

    electron.notifications[0]!.emit('click');
    expect(mainWindow().webContents.executeJavaScript).toHaveBeenCalledWith('location.hash = "#/board"');
    expect(pushes().filter((p: any) => p.type === 'open')).toEqual([]);
  });

  it('keeps each pop-up referenced until it is clicked or closed, so its click still arrives', () => {
    const open = vi.fn();
    const acknowledge = vi.fn();
    const popups = new ReminderPopups({ open, acknowledge, words: () => english });
    const facts = { creatorName: 'Mia Chen', subject: 'Deposit', dueDate: '2026-03-26', daysLeft: 1, daysSinceGift: null, messageSentAt: null };
    const pop = (n: number): Pop => ({ collaborationId: n, party: 'brand', kind: 'due_soon', item: `milestone:${n}@2026-03-26`, occurrence: 24, facts, summary: null, notificationIds: [n] });
    popups.show([pop(1), pop(2)]);
    expect(popups.pending).toBe(2);
    electron.notifications[0]!.emit('click');
    electron.notifications[1]!.emit('close');
    expect(popups.pending).toBe(0);
    expect(open).toHaveBeenCalledExactlyOnceWith({ collaborationId: 1 });
    expect(acknowledge).toHaveBeenCalledExactlyOnceWith([1]);

    // Those the system never reports back on are let go, oldest first, past a limit.
    popups.show(Array.from({ length: 60 }, (_, i) => pop(i + 10)));
    expect(popups.pending).toBe(50);
  });

  it('shows nothing where the system has no notifications', () => {
    electron.module.Notification.isSupported.mockReturnValueOnce(false);
    start();
    desktop!.reminders({ at: '2026-03-25T10:00:00.000Z', fired: 1, closed: 0, quiet: false, pops: [{ collaborationId: 1, party: 'creator', kind: 'overdue', item: 'milestone:1@2026-03-20', occurrence: 5, facts: null, summary: null, notificationIds: [1] }] });
    expect(electron.notifications).toHaveLength(0);
  });
});

describe('start at login', () => {
  it('registers the app as the setting says, at start and when the setting changes', () => {
    electron.app.getLoginItemSettings.mockImplementation(() => ({ openAtLogin: false, wasOpenedAtLogin: false }));
    call('settings.update', { notify: { openAtLogin: true } });
    start({ platform: 'win32', loginItems: true });
    expect(electron.app.setLoginItemSettings).toHaveBeenCalledExactlyOnceWith({ openAtLogin: true, args: [HIDDEN_ARG] });

    electron.app.getLoginItemSettings.mockImplementation(() => ({ openAtLogin: true, wasOpenedAtLogin: false }));
    call('settings.update', { brandName: 'Lumen' }); // already registered: nothing rewritten
    expect(electron.app.setLoginItemSettings).toHaveBeenCalledOnce();
    call('settings.update', { notify: { openAtLogin: false } });
    expect(electron.app.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false, args: [HIDDEN_ARG] });
  });

  it('on macOS registers without arguments', () => {
    call('settings.update', { notify: { openAtLogin: true } });
    start({ platform: 'darwin', loginItems: true });
    expect(electron.app.setLoginItemSettings).toHaveBeenCalledExactlyOnceWith({ openAtLogin: true });
  });

  it('never registers a development build, nor on Linux', () => {
    call('settings.update', { notify: { openAtLogin: true } });
    start({ platform: 'darwin', loginItems: false });
    desktop!.stop();
    start({ platform: 'linux', loginItems: true });
    expect(electron.app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('knows a start at login, which opens no window: by its argument on Windows, by the system on macOS', () => {
    // Electron's settings object has more fields than this answer needs.
    const app = electron.app as any;
    expect(wasOpenedAtLogin({ app, platform: 'win32', enabled: true, argv: ['Followthrough.exe', HIDDEN_ARG] })).toBe(true);
    expect(wasOpenedAtLogin({ app, platform: 'win32', enabled: true, argv: ['Followthrough.exe'] })).toBe(false);
    expect(wasOpenedAtLogin({ app, platform: 'win32', enabled: false, argv: ['Followthrough.exe', HIDDEN_ARG] })).toBe(false);
    expect(wasOpenedAtLogin({ app, platform: 'darwin', enabled: true })).toBe(false);
    app.getLoginItemSettings.mockReturnValueOnce({ openAtLogin: true, wasOpenedAtLogin: true });
    expect(wasOpenedAtLogin({ app, platform: 'darwin', enabled: true })).toBe(true);
  });
});
