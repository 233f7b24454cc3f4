/*
 * Boots the built desktop entry (out/main/index.js) under Node with the fake Electron in place of
 * the real one, then prints what the app did with it as one JSON line: the files it pointed the
 * window, preload, icons and migrations at, and the reminders that reached the tray and pop-ups.
 * Usage: node --import tsx e2e/desktop/bootBuilt.ts <userDataDir>
 */
import { existsSync } from 'node:fs';
import { register } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createFakeElectron } from '../../src/main/shell/fakeElectron';
import { recordingSpies } from '../../src/main/shell/recordingSpies';
import { IPC_CALL } from '../../src/shared/ipc';
import type { Host } from '../host';
import { contractedCollaboration } from '../seed';

const userData = process.argv[2];
if (!userData) throw new Error('Usage: bootBuilt.ts <userDataDir>');

const electron = createFakeElectron(recordingSpies);
electron.app.getPath = ((name: string) => {
  if (name === 'userData') return userData;
  throw new Error(`The app asked for an unexpected path: ${name}`);
}) as typeof electron.app.getPath;
(globalThis as Record<string, unknown>).__followthroughFakeElectron = electron.module;
register('./electronHook.mjs', import.meta.url);

await import(pathToFileURL(resolve('out/main/index.js')).href);

const until = async (what: string, ok: () => boolean) => {
  const deadline = Date.now() + 15_000;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};
await until('the window', () => electron.windows.length > 0);
const window = electron.windows[0]!;
const page = String(window.loadFile.mock.calls[0]?.[0]);
// The page's calls arrive over IPC from its own frame; one from elsewhere is refused.
const api = electron.ipcHandlers.get(IPC_CALL)!;
const fromFrame = (url: string) => ({ senderFrame: { url } });
// A contract whose product arrived on 2 March: by the pinned 25 March four deadlines have passed.
const asPage: Pick<Host, 'call'> = { call: (name, input) => api(fromFrame(pathToFileURL(page).href), name, input ?? {}) as never };
await asPage.call('settings.update', { timeZone: 'Europe/Amsterdam' });
await contractedCollaboration(asPage, 'Mia Chen', '2026-03-02');
// The change pokes the reminder check, which pops up what it finds.
await until('a reminder pop-up', () => electron.notifications.some((n) => n.show.mock.calls.length > 0));
const board = await asPage.call('collaborations.board', {});
const stranger = (await api(fromFrame('https://example.com/'), 'collaborations.board', {})) as { ok: boolean };
const file = (path: unknown) => ({ path: String(path), exists: typeof path === 'string' && existsSync(path) });
const tray = electron.trays[0];
const report = {
  page: file(page),
  preload: file(window.options.webPreferences?.preload),
  windowIcon: file(window.options.icon),
  trayIcon: file(tray?.image),
  windowShown: window.show.mock.calls.length > 0,
  database: file(resolve(userData, 'followthrough.db')),
  boardOverIpc: board.ok ? board.data!.cards.map((c) => c.creatorName) : board,
  strangerRefused: !stranger.ok,
  trayToolTip: tray?.setToolTip.mock.lastCall?.[0] ?? null,
  trayMenu: tray?.menu().map((item: { label?: string }) => item.label ?? null) ?? [],
  popups: electron.notifications.filter((n) => n.show.mock.calls.length > 0).map((n) => ({ title: n.options.title, body: n.options.body, icon: file(n.options.icon) })),
};
console.log(JSON.stringify(report));
electron.app.quit();
process.exit(0);
