import type { vi } from 'vitest';

/*
 * Electron cannot run in the tests; this stands in for the parts of its API the shell uses. It keeps
 * Electron's behaviour where the shell depends on it: a prevented `close` keeps the window, closing
 * the last window emits `window-all-closed`, and app.quit() emits `before-quit`, closes every window
 * and emits `will-quit` only if none refused.
 */

type Listener = (...args: any[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, fn: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  once(event: string, fn: Listener): this {
    return this.on(event, fn);
  }
  off(event: string, fn: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((f) => f !== fn));
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const fn of this.listeners.get(event) ?? []) fn(...args);
  }
}

/** An event whose default can be prevented, as Electron passes to `close` and `before-quit`. */
export function preventable() {
  const event = { defaultPrevented: false, preventDefault: () => void (event.defaultPrevented = true) };
  return event;
}

/**
 * What the fake records calls with: vitest's `vi` in the unit tests, or plain recorders where the
 * built app is booted under Node (src/main/shell/recordingSpies.ts).
 */
export interface SpyKit {
  fn: typeof vi.fn;
  resetAllMocks(): void;
}

export function createFakeElectron(kit: SpyKit) {
  const fn = kit.fn;
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const windows: FakeWindow[] = [];
  const trays: FakeTray[] = [];
  const notifications: FakeNotification[] = [];
  const state = { quitting: false };
  const open = () => windows.filter((w) => !w.isDestroyed());

  class WebContents extends Emitter {
    setWindowOpenHandler = fn();
    send = fn();
    executeJavaScript = fn((_code: string) => Promise.resolve());
    printToPDF = fn(() => Promise.resolve(Buffer.from('%PDF-1.7 test')));
  }

  class FakeWindow extends Emitter {
    // Loosely typed, as the shell's own functions take Electron's WebContents.
    webContents: any = new WebContents();
    private destroyed = false;
    private visible = false;
    private minimized = false;
    constructor(public options: any) {
      super();
      windows.push(this);
    }
    // Like Electron, a loaded page makes the window ready to show.
    private loaded = () => Promise.resolve().then(() => this.emit('ready-to-show'));
    loadFile = fn((_file: string, _options?: unknown) => this.loaded());
    loadURL = fn((_url: string) => this.loaded());
    show = fn(() => void (this.visible = true));
    hide = fn(() => void (this.visible = false));
    focus = fn();
    minimize = fn(() => void (this.minimized = true));
    restore = fn(() => void (this.minimized = false));
    isVisible = () => this.visible;
    isMinimized = () => this.minimized;
    isDestroyed = () => this.destroyed;
    /** The user (or the app) closes the window; returns whether it really closed. */
    close = fn(() => {
      const event = preventable();
      this.emit('close', event);
      if (event.defaultPrevented) return false;
      this.destroy();
      if (!state.quitting && open().length === 0) app.emit('window-all-closed');
      return true;
    });
    destroy = fn(() => {
      if (this.destroyed) return;
      this.destroyed = true;
      this.visible = false;
      this.emit('closed');
    });
    static getAllWindows = () => open();
  }

  class FakeTray extends Emitter {
    destroyed = false;
    constructor(public image: string) {
      super();
      trays.push(this);
    }
    setToolTip = fn();
    setContextMenu = fn();
    destroy = fn(() => void (this.destroyed = true));
    /** The items of the menu set last, as built from their template. */
    menu(): any[] {
      return this.setContextMenu.mock.lastCall?.[0]?.items ?? [];
    }
  }

  class FakeNotification extends Emitter {
    static isSupported = fn(() => true);
    constructor(public options: any) {
      super();
      notifications.push(this);
    }
    show = fn();
  }

  class FakeApp extends Emitter {
    isPackaged = false;
    whenReady = fn(() => Promise.resolve());
    getPath = fn();
    /** The computer's languages, best first; a test sets others to see the brand's language follow them. */
    getPreferredSystemLanguages = fn((): string[] => ['en-GB']);
    requestSingleInstanceLock = fn(() => true);
    setAppUserModelId = fn();
    setBadgeCount = fn((_count?: number) => true);
    dock: { setBadge: (text: string) => void } | undefined = undefined;
    setLoginItemSettings = fn();
    getLoginItemSettings = fn((_options?: unknown) => ({ openAtLogin: false, wasOpenedAtLogin: false }));
    quit = fn(() => {
      const event = preventable();
      this.emit('before-quit', event);
      if (event.defaultPrevented) return;
      state.quitting = true;
      if (!open().every((w) => w.close())) {
        state.quitting = false;
        return;
      }
      this.emit('will-quit', preventable());
    });
  }
  const app = new FakeApp();
  const powerMonitor = new Emitter();

  // Like the keychain's: the bytes written never hold the text, and only this "computer" reads them back.
  const key = 0x5a;
  const scramble = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ key));
  const safeStorage = {
    isEncryptionAvailable: fn(() => true),
    getSelectedStorageBackend: fn((): 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown' => 'gnome_libsecret'),
    encryptString: fn((text: string) => Buffer.concat([Buffer.from('fake-keychain:'), scramble(Buffer.from(text, 'utf8'))])),
    decryptString: fn((encrypted: Buffer) => {
      const mark = Buffer.from('fake-keychain:');
      if (!encrypted.subarray(0, mark.length).equals(mark)) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return scramble(encrypted.subarray(mark.length)).toString('utf8');
    }),
  };

  return {
    ipcHandlers,
    windows,
    trays,
    notifications,
    app,
    powerMonitor,
    safeStorage,
    reset() {
      ipcHandlers.clear();
      windows.length = 0;
      trays.length = 0;
      notifications.length = 0;
      state.quitting = false;
      app.listeners.clear();
      app.isPackaged = false;
      app.dock = undefined;
      powerMonitor.listeners.clear();
      // Back to the implementations given to vi.fn, undoing any a test set.
      kit.resetAllMocks();
    },
    module: {
      app,
      powerMonitor,
      safeStorage,
      BrowserWindow: FakeWindow,
      Tray: FakeTray,
      Notification: FakeNotification,
      Menu: { buildFromTemplate: fn((template: unknown[]) => ({ items: template })) },
      ipcMain: { handle: fn((channel: string, fn: any) => ipcHandlers.set(channel, fn)) },
      shell: { openExternal: fn(() => Promise.resolve()) },
      dialog: { showSaveDialog: fn(), showMessageBoxSync: fn(() => 1), showErrorBox: fn() },
      session: {
        defaultSession: {
          webRequest: { onHeadersReceived: fn() },
          setPermissionRequestHandler: fn(),
        },
      },
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
export type FakeWindow = InstanceType<FakeElectron['module']['BrowserWindow']>;
