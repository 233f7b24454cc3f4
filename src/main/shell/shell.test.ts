import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL } from '../../shared/ipc';
import { createDispatcher } from '../api/dispatcher';
import { handlers, type Handlers } from '../api/handlers';
import { AppError } from '../services/errors';
import { contracted } from '../testing/contracted';
import { testContext } from '../testing/context';

// Electron cannot run here; the shell is tested against a stand-in of its API.
const electron = await vi.hoisted(async () => (await import('./fakeElectron')).createFakeElectron(vi));
vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

const { registerApiHandler } = await import('./ipc');
const { applyContentSecurityPolicy, createMainWindow, hardenContents, isExternalLinkAllowed } = await import('./window');
const { startElectronApp } = await import('./app');
const { PRINT_WINDOW_OPTIONS, saveBriefPdf, saveContractPdf, saveEvidencePdf } = await import('./pdf');

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext();
  electron.reset();
  electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
});
afterEach(() => ctx.cleanup());

const frame = (url: string) => ({ senderFrame: { url } });
const decodeDataUrl = (url: string) => {
  const prefix = 'data:text/html;charset=utf-8;base64,';
  expect(url.startsWith(prefix)).toBe(true);
  return Buffer.from(url.slice(prefix.length), 'base64').toString('utf8');
};

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
      win.webContents.emit(event, { preventDefault });
      expect(preventDefault, event).toHaveBeenCalled();
    }
    const openHandler = win.webContents.setWindowOpenHandler.mock.calls[0][0];
    expect(openHandler({ url: 'https://example.com/brief' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.module.shell.openExternal).toHaveBeenCalledTimes(1);
    expect(electron.module.shell.openExternal).toHaveBeenCalledWith('https://example.com/brief');
    expect(isExternalLinkAllowed('mailto:mia@example.com')).toBe(true);
    expect(isExternalLinkAllowed('javascript:alert(1)')).toBe(false);
    expect(isExternalLinkAllowed('webcal://127.0.0.1:5198/calendar/abc.ics')).toBe(true);
    expect(isExternalLinkAllowed('webcal://example.com/calendar.ics')).toBe(false);
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

describe('Save as PDF', () => {
  const APP = 'file:///app/index.html';
  const HTML = '<!doctype html><style>@page { size: A4 }</style><h1>Vertrag für Mia — 20 € / Tag</h1>';

  /** The real dispatcher (validation included) over a test database, with the render step observed. */
  function setup(options: { writeFile?: (path: string, data: Buffer) => Promise<void>; createWindow?: any } = {}) {
    const render = vi.fn<Handlers['contracts.render']>((_ctx, input) => ({ html: HTML, version: input.version ?? null, sha256: null }));
    const dispatch = createDispatcher(ctx, { handlers: { ...handlers, 'contracts.render': render } });
    const parent = new electron.module.BrowserWindow({}) as any;
    const writeFile = vi.fn(options.writeFile ?? (() => Promise.resolve()));
    const savePdf = vi.fn((input: { collaborationId: number; version?: number }) =>
      saveContractPdf({ dispatch, parent, writeFile, createWindow: options.createWindow }, input),
    );
    registerApiHandler(dispatch, (url) => url.startsWith('file:///app/'), { 'shell.savePdf': savePdf });
    const call = electron.ipcHandlers.get(IPC_CALL)!;
    const hidden = () => electron.windows.filter((w) => w !== parent);
    return { render, parent, writeFile, savePdf, hidden, call: (input: unknown, url = APP) => call(frame(url), 'shell.savePdf', input) as Promise<any> };
  }

  it('prints the rendered contract in a hidden, script-less window and writes it where the user chose', async () => {
    const { render, parent, writeFile, hidden, call } = setup();
    electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/docs/mia.pdf' });

    expect(await call({ collaborationId: 7, version: 2 })).toEqual({ ok: true, data: { saved: true, path: '/docs/mia.pdf' } });

    expect(render).toHaveBeenCalledOnce();
    expect(render.mock.calls[0]![1]).toEqual({ collaborationId: 7, version: 2 });
    expect(hidden()).toHaveLength(1);
    const win = hidden()[0]!;
    expect(win.options).toEqual(PRINT_WINDOW_OPTIONS);
    expect(win.options).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(win.options.webPreferences.preload).toBeUndefined();
    expect(win.loadURL).toHaveBeenCalledOnce();
    expect(decodeDataUrl(win.loadURL.mock.calls[0]![0])).toBe(HTML);
    expect(win.webContents.printToPDF).toHaveBeenCalledWith({ printBackground: true, preferCSSPageSize: true });
    expect(win.destroy).toHaveBeenCalledOnce();
    expect(electron.module.dialog.showSaveDialog).toHaveBeenCalledWith(parent, {
      defaultPath: 'contract-7-v2.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(writeFile).toHaveBeenCalledWith('/docs/mia.pdf', Buffer.from('%PDF-1.7 test'));
  });

  it('writes nothing when the user cancels, which is not an error', async () => {
    const { writeFile, hidden, call } = setup();
    expect(await call({ collaborationId: 7 })).toEqual({ ok: true, data: { saved: false, path: null } });
    expect(electron.module.dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({ defaultPath: 'contract-7-draft.pdf' });
    expect(writeFile).not.toHaveBeenCalled();
    expect(hidden()[0]!.destroy).toHaveBeenCalledOnce();
  });

  it('destroys the hidden window even when printing fails, and asks nothing', async () => {
    const createWindow = vi.fn((options: any) => {
      const win = new electron.module.BrowserWindow(options);
      win.webContents.printToPDF.mockRejectedValue(new Error('The GPU process went away'));
      return win;
    });
    const { writeFile, hidden, call } = setup({ createWindow });
    const result = await call({ collaborationId: 7 });
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'The PDF could not be made: The GPU process went away.' } });
    expect(createWindow).toHaveBeenCalledWith(PRINT_WINDOW_OPTIONS);
    expect(hidden()[0]!.destroy).toHaveBeenCalledOnce();
    expect(electron.module.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(writeFile).not.toHaveBeenCalled();
  });

  it('says in a sentence when the file cannot be written', async () => {
    const { call } = setup({ writeFile: () => Promise.reject(new Error("EACCES: permission denied, open '/docs/mia.pdf'")) });
    electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/docs/mia.pdf' });
    expect(await call({ collaborationId: 7 })).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: "The PDF could not be saved: EACCES: permission denied, open '/docs/mia.pdf'." },
    });
  });

  it('passes a rendering error on unchanged and opens no window', async () => {
    const { render, hidden, call } = setup();
    render.mockImplementation(() => {
      throw new AppError('NOT_FOUND', 'Collaboration #7 has no version 3.');
    });
    expect(await call({ collaborationId: 7, version: 3 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Collaboration #7 has no version 3.' },
    });
    expect(hidden()).toHaveLength(0);
    expect(electron.module.dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('validates the input before anything renders', async () => {
    const { render, savePdf, hidden, call } = setup();
    expect(await call({ collaborationId: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'collaborationId: Expected a numeric id', issues: [{ path: ['collaborationId'] }] },
    });
    expect(await call({ collaborationId: 7, html: '<script>' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', issues: [{ path: [], message: 'Unknown field: html' }] },
    });
    expect(await call(undefined)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', issues: [{ path: ['collaborationId'] }] } });
    expect(savePdf).not.toHaveBeenCalled();
    expect(render).not.toHaveBeenCalled();
    expect(hidden()).toHaveLength(0);
  });

  it('refuses shell procedures from frames that are not the app', async () => {
    const { render, savePdf, call } = setup();
    expect(await call({ collaborationId: 7 }, 'https://evil.example/')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(savePdf).not.toHaveBeenCalled();
    expect(render).not.toHaveBeenCalled();
  });

  it('saves the evidence pack the same way, under the name the pack gives itself', async () => {
    const { collaborationId } = contracted(ctx, { productReceivedOn: '2026-03-02' });
    const dispatch = createDispatcher(ctx);
    const parent = new electron.module.BrowserWindow({}) as any;
    const writeFile = vi.fn(() => Promise.resolve());
    registerApiHandler(dispatch, (url) => url.startsWith('file:///app/'), {
      'shell.saveEvidencePdf': (input) => saveEvidencePdf({ dispatch, parent, writeFile }, input),
    });
    electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/docs/evidence.pdf' });
    const call = electron.ipcHandlers.get(IPC_CALL)!;
    expect(await call(frame(APP), 'shell.saveEvidencePdf', { collaborationId })).toEqual({ ok: true, data: { saved: true, path: '/docs/evidence.pdf' } });
    expect(electron.module.dialog.showSaveDialog).toHaveBeenCalledWith(parent, expect.objectContaining({ defaultPath: `evidence-${collaborationId}-2026-03-02.pdf` }));
    const printed = electron.windows.filter((w) => w !== parent)[0]!;
    expect(decodeDataUrl(printed.loadURL.mock.calls[0]![0])).toContain('Evidence pack: Mia Chen');
    expect(writeFile).toHaveBeenCalledOnce();

    expect(await call(frame(APP), 'shell.saveEvidencePdf', { collaborationId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('saves a collaboration’s brief the same way, in the language asked for, under the name the brief gives itself', async () => {
    const { collaborationId } = contracted(ctx, { productReceivedOn: '2026-03-02' });
    const dispatch = createDispatcher(ctx);
    const parent = new electron.module.BrowserWindow({}) as any;
    const writeFile = vi.fn(() => Promise.resolve());
    registerApiHandler(dispatch, (url) => url.startsWith('file:///app/'), {
      'shell.saveBriefPdf': (input) => saveBriefPdf({ dispatch, parent, writeFile }, input),
    });
    electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/docs/brief.pdf' });
    const call = electron.ipcHandlers.get(IPC_CALL)!;
    expect(await call(frame(APP), 'shell.saveBriefPdf', { collaborationId, language: 'zh' })).toEqual({ ok: true, data: { saved: true, path: '/docs/brief.pdf' } });
    expect(electron.module.dialog.showSaveDialog).toHaveBeenCalledWith(parent, expect.objectContaining({ defaultPath: 'brief-mia-chen-2026-03-02.pdf' }));
    const printed = electron.windows.filter((w) => w !== parent)[0]!;
    expect(decodeDataUrl(printed.loadURL.mock.calls[0]![0])).toContain('你的日期');
    expect(writeFile).toHaveBeenCalledOnce();

    expect(await call(frame(APP), 'shell.saveBriefPdf', { collaborationId, language: 'fr' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await call(frame(APP), 'shell.saveBriefPdf', { collaborationId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers NOT_FOUND where no shell handler is registered, and a failing handler as a result', async () => {
    const dispatch = vi.fn();
    registerApiHandler(dispatch, () => true);
    const call = electron.ipcHandlers.get(IPC_CALL)!;
    expect(await call(frame(APP), 'shell.savePdf', { collaborationId: 7 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(dispatch).not.toHaveBeenCalled();

    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      registerApiHandler(dispatch, () => true, { 'shell.savePdf': () => Promise.reject(new Error('dialog crashed')) });
      const failing = electron.ipcHandlers.get(IPC_CALL)!;
      expect(await failing(frame(APP), 'shell.savePdf', { collaborationId: 7 })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
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
      electron.app.emit('will-quit');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('saves a contract as PDF from the main window, rendered by the real contract service', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'followthrough-userdata-'));
    try {
      electron.module.app.getPath.mockReturnValue(dataDir);
      startElectronApp({ mainDir: resolve('out/main') });
      await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
      const main = electron.windows[0]!;
      const url = `file://${main.loadFile.mock.calls[0]![0] as string}`;
      const call = (name: string, input: unknown) => electron.ipcHandlers.get(IPC_CALL)!(frame(url), name, input) as Promise<any>;
      const creator = await call('influencers.create', { name: 'Mia' });
      const collab = await call('collaborations.create', { creatorId: creator.data.id });
      const target = join(dataDir, 'contract.pdf');
      electron.module.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });

      expect(await call('shell.savePdf', { collaborationId: collab.data.id })).toEqual({ ok: true, data: { saved: true, path: target } });

      const rendered = await call('contracts.render', { collaborationId: collab.data.id });
      const printed = electron.windows[1]!;
      expect(decodeDataUrl(printed.loadURL.mock.calls[0]![0])).toBe(rendered.data.html);
      expect(printed.destroy).toHaveBeenCalled();
      expect(electron.module.dialog.showSaveDialog.mock.calls[0]![0]).toBe(main);
      expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 test');
      expect(await call('shell.savePdf', { collaborationId: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      electron.app.emit('will-quit');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
