import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_PUSH } from '../../shared/ipc';

const electron = await vi.hoisted(async () => (await import('./fakeElectron')).createFakeElectron(vi));
vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

const { AppWindow } = await import('./appWindow');
const { showOverdueBadge } = await import('./badge');
const { confirmDiscardUnsaved } = await import('./unsavedDialog');

let closeToTray: boolean;
let discard: boolean;
let appWindow: InstanceType<typeof AppWindow>;
beforeEach(() => {
  electron.reset();
  closeToTray = true;
  discard = false;
  appWindow = new AppWindow({ create: (route) => new electron.module.BrowserWindow({ route }) as any, closeToTray: () => closeToTray, discardUnsaved: () => discard });
});

describe('unsaved edits', () => {
  it('asks before a page with unsaved edits is closed, and closes only when the user discards them', () => {
    appWindow.show();
    const win = electron.windows[0]!;
    const held = () => {
      const event = { preventDefault: vi.fn() };
      win.webContents.emit('will-prevent-unload', event);
      return event.preventDefault.mock.calls.length === 0;
    };
    expect(held()).toBe(true);
    discard = true;
    expect(held()).toBe(false);
  });

  it('asks in a dialog of the window, with Stay as the safe answer', () => {
    appWindow.show();
    const win = electron.windows[0]! as any;
    const ask = electron.module.dialog.showMessageBoxSync as ReturnType<typeof vi.fn>;
    ask.mockReturnValueOnce(1);
    expect(confirmDiscardUnsaved(win)).toBe(false);
    expect(ask).toHaveBeenLastCalledWith(win, expect.objectContaining({ message: 'Discard unsaved changes?', buttons: ['Discard and close', 'Stay'], cancelId: 1 }));
    ask.mockReturnValueOnce(0);
    expect(confirmDiscardUnsaved(win)).toBe(true);
  });
});

describe('close to tray', () => {
  it('hides the window instead of closing it while the setting is on', () => {
    const allClosed = vi.fn();
    electron.app.on('window-all-closed', allClosed);
    appWindow.show();
    const win = electron.windows[0]!;
    win.show();
    expect(win.close()).toBe(false);
    expect(win.isVisible()).toBe(false);
    expect(win.isDestroyed()).toBe(false);
    expect(appWindow.current).toBe(win);
    expect(allClosed).not.toHaveBeenCalled();

    appWindow.show({ collaborationId: 4 });
    expect(electron.windows).toHaveLength(1);
    expect(win.isVisible()).toBe(true);
    expect(win.webContents.send).toHaveBeenCalledWith(IPC_PUSH, { type: 'open', collaborationId: 4 });
  });

  it('closes the window when the setting is off, read at the moment of closing', () => {
    appWindow.show();
    const win = electron.windows[0]!;
    closeToTray = false;
    const allClosed = vi.fn();
    electron.app.on('window-all-closed', allClosed);
    expect(win.close()).toBe(true);
    expect(win.isDestroyed()).toBe(true);
    expect(appWindow.current).toBeNull();
    expect(allClosed).toHaveBeenCalledOnce();

    appWindow.show({ collaborationId: 4 });
    expect(electron.windows).toHaveLength(2);
    expect(electron.windows[1]!.options.route).toBe('/board/4');
    // A window that is only loading would miss the push: it starts at the card instead.
    expect(electron.windows[1]!.webContents.send).not.toHaveBeenCalled();

    electron.windows[1]!.close();
    appWindow.show({ collaborationId: 4, tab: 'messages' });
    expect(electron.windows[2]!.options.route).toBe('/board/4/messages');
    appWindow.show({ collaborationId: 5, tab: 'messages' });
    expect(electron.windows[2]!.webContents.send).toHaveBeenCalledWith(expect.any(String), { type: 'open', collaborationId: 5, tab: 'messages' });
  });

  it('really closes when the app quits, and when Windows ends the session', () => {
    appWindow.show();
    appWindow.allowClose();
    expect(electron.windows[0]!.close()).toBe(true);

    const other = new AppWindow({ create: () => new electron.module.BrowserWindow({}) as any, closeToTray: () => true, discardUnsaved: () => true });
    other.show();
    const win = electron.windows[1]!;
    win.emit('session-end', {});
    expect(win.close()).toBe(true);
  });

  it('sends nothing once the window is gone', () => {
    appWindow.send({ type: 'changed', procedure: 'settings.update' });
    appWindow.show();
    const win = electron.windows[0]!;
    win.destroy();
    appWindow.send({ type: 'changed', procedure: 'settings.update' });
    expect(win.webContents.send).not.toHaveBeenCalled();
  });
});

describe('badge', () => {
  it('sets the count where the platform supports it, else the macOS dock badge', () => {
    showOverdueBadge(electron.app, 3);
    expect(electron.app.setBadgeCount).toHaveBeenCalledWith(3);

    const dock = { setBadge: vi.fn() };
    const withoutCount = { setBadgeCount: vi.fn(() => false), dock };
    showOverdueBadge(withoutCount, 3);
    showOverdueBadge(withoutCount, 0);
    expect(dock.setBadge.mock.calls).toEqual([['3'], ['']]);

    expect(() => showOverdueBadge({ setBadgeCount: undefined } as any, 2)).not.toThrow();
  });
});

describe('opening a place', () => {
  it('starts a new window on a card\'s composer with the follow-up in its address, and tells an open one by a push', () => {
    const followUp = { template: 'deadline_reminder', milestoneId: 34 } as const;
    appWindow.show({ collaborationId: 12, tab: 'messages', followUp });
    const win = electron.windows.at(-1)!;
    expect(win.options.route).toBe('/board/12/messages/deadline_reminder@34');
    appWindow.show({ collaborationId: 12, tab: 'messages', followUp: { template: 'warm_checkin', milestoneId: null } });
    expect(win.webContents.send).toHaveBeenLastCalledWith(IPC_PUSH, { type: 'open', collaborationId: 12, tab: 'messages', followUp: { template: 'warm_checkin', milestoneId: null } });
  });
});
