import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL } from '../../shared/ipc';
import { createDispatcher } from '../api/dispatcher';
import { handlers } from '../api/handlers';
import { testContext } from '../testing/context';

// Electron cannot run here; the shell is tested against a stand-in of its API.
const electron = vi.hoisted(() => {
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const windows: { options: any; contents: any; on: any; once: any; loadFile: any; loadURL: any }[] = [];
  class BrowserWindow {
    webContents: any;
    constructor(public options: any) {
      const listeners = new Map<string, (...a: any[]) => void>();
      this.webContents = {
        listeners,
        on: vi.fn((event: string, fn: any) => listeners.set(event, fn)),
        setWindowOpenHandler: vi.fn(),
        send: vi.fn(),
      };
      windows.push(this as any);
    }
    on = vi.fn();
    once = vi.fn();
    loadFile = vi.fn(() => Promise.resolve());
    loadURL = vi.fn(() => Promise.resolve());
    static getAllWindows = () => windows;
  }
  const appListeners = new Map<string, () => void>();
  return {
    ipcHandlers,
    windows,
    appListeners,
    module: {
      BrowserWindow,
      ipcMain: { handle: vi.fn((channel: string, fn: any) => ipcHandlers.set(channel, fn)) },
      shell: { openExternal: vi.fn(() => Promise.resolve()) },
      session: {
        defaultSession: {
          webRequest: { onHeadersReceived: vi.fn() },
          setPermissionRequestHandler: vi.fn(),
        },
      },
      app: {
        whenReady: vi.fn(() => Promise.resolve()),
        getPath: vi.fn(),
        on: vi.fn((event: string, fn: () => void) => appListeners.set(event, fn)),
        requestSingleInstanceLock: vi.fn(() => true),
        setAppUserModelId: vi.fn(),
        quit: vi.fn(),
      },
    },
  };
});
vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

const { registerApiHandler } = await import('./ipc');
const { applyContentSecurityPolicy, createMainWindow, hardenContents, isExternalLinkAllowed } = await import('./window');
const { startElectronApp } = await import('./app');

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext();
  electron.ipcHandlers.clear();
  electron.windows.length = 0;
  vi.clearAllMocks();
});
afterEach(() => ctx.cleanup());

const frame = (url: string) => ({ senderFrame: { url } });

describe('main window', () => {
  it('isolates the page: context isolation, sandbox, no Node integration', () => {
    createMainWindow({ preload: '/app/preload.cjs', icon: '/app/icon.png', load: () => Promise.resolve() });
    const prefs = electron.windows[0]!.options.webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('refuses navigation and new windows; opens only web and mail links outside', () => {
    const win = new electron.module.BrowserWindow({});
    hardenContents(win.webContents);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const preventDefault = vi.fn();
      win.webContents.listeners.get(event)({ preventDefault });
      expect(preventDefault, event).toHaveBeenCalled();
    }
    const openHandler = win.webContents.setWindowOpenHandler.mock.calls[0][0];
    expect(openHandler({ url: 'https://example.com/brief' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.module.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(electron.module.shell.openExternal).toHaveBeenCalledWith('https://example.com/brief');
    expect(isExternalLinkAllowed('mailto:mia@example.com')).toBe(true);
    expect(isExternalLinkAllowed('javascript:alert(1)')).toBe(false);
  });

  it('sends a strict CSP with every response and denies permission requests', () => {
    applyContentSecurityPolicy();
    const onHeaders = electron.module.session.defaultSession.webRequest.onHeadersReceived.mock.calls[0]![0] as any;
    const callback = vi.fn();
    onHeaders({ responseHeaders: { 'X-Test': ['1'] } }, callback);
    const csp = callback.mock.calls[0]![0].responseHeaders['Content-Security-Policy'][0];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    const permission = electron.module.session.defaultSession.setPermissionRequestHandler.mock.calls[0]![0] as any;
    const answer = vi.fn();
    permission(null, 'geolocation', answer);
    expect(answer).toHaveBeenCalledWith(false);
  });
});

describe('IPC', () => {
  it('validates input before any service runs', async () => {
    const create = vi.fn(handlers['influencers.create']);
    const dispatch = createDispatcher(ctx, { handlers: { ...handlers, 'influencers.create': create } });
    registerApiHandler(dispatch, (url) => url.startsWith('file:///app/'));
    const call = electron.ipcHandlers.get(IPC_CALL)!;

    const refused = (await call(frame('file:///app/index.html'), 'influencers.create', { name: 42 })) as any;
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', issues: [{ path: ['name'] }] } });
    expect(create).not.toHaveBeenCalled();

    const made = (await call(frame('file:///app/index.html'), 'influencers.create', { name: 'Mia' })) as any;
    expect(made).toMatchObject({ ok: true, data: { name: 'Mia' } });
    expect(create).toHaveBeenCalledOnce();
  });

  it('refuses calls from frames that are not the app', async () => {
    const dispatch = vi.fn();
    registerApiHandler(dispatch, (url) => url.startsWith('file:///app/'));
    const call = electron.ipcHandlers.get(IPC_CALL)!;
    const result = (await call(frame('https://evil.example/'), 'settings.get', {})) as any;
    expect(result.error.code).toBe('FORBIDDEN');
    expect(dispatch).not.toHaveBeenCalled();
  });
});

describe('app start', () => {
  it('opens the database in the user data folder, serves the API over IPC and opens one window', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'followthrough-userdata-'));
    try {
      electron.module.app.getPath.mockReturnValue(dataDir);
      startElectronApp({ mainDir: resolve('out/main') });
      await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
      const call = electron.ipcHandlers.get(IPC_CALL)!;
      const appUrl = electron.windows[0]!.loadFile.mock.calls[0]![0] as string;
      expect(appUrl).toMatch(/renderer[\\/]index\.html$/);
      const url = `file://${appUrl}`;
      expect(await call(frame(url), 'influencers.create', { name: 'Mia' })).toMatchObject({ ok: true });
      expect(await call(frame(url), 'influencers.list', {})).toMatchObject({ ok: true, data: [{ name: 'Mia' }] });
      electron.appListeners.get('will-quit')!();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
