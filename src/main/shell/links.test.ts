import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CALL } from '../../shared/ipc';

const electron = await vi.hoisted(async () => (await import('./fakeElectron')).createFakeElectron(vi));
vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

const { startElectronApp } = await import('./app');

let dataDir: string;
beforeEach(() => {
  electron.reset();
  dataDir = mkdtempSync(join(tmpdir(), 'followthrough-links-'));
  electron.app.getPath.mockReturnValue(dataDir);
});
afterEach(() => {
  electron.app.emit('will-quit');
  rmSync(dataDir, { recursive: true, force: true });
});

/** The whole desktop app, called over IPC from its own page, as a click in the card drawer does. */
async function pageCall() {
  startElectronApp({ mainDir: resolve('out/main') });
  await vi.waitFor(() => expect(electron.ipcHandlers.get(IPC_CALL)).toBeDefined());
  const main = electron.windows[0]!;
  const frame = { senderFrame: { url: `file://${main.loadFile.mock.calls[0]![0] as string}` } };
  return (name: string, input: unknown) => electron.ipcHandlers.get(IPC_CALL)!(frame, name, input) as Promise<any>;
}

describe('links the user clicks', () => {
  it('hands a mailto: or web link to the system, since the window itself never navigates', async () => {
    const call = await pageCall();
    expect(await call('shell.openExternal', { url: 'mailto:mia@example.com' })).toEqual({ ok: true, data: { opened: true } });
    expect(await call('shell.openExternal', { url: 'https://www.instagram.com/mia.cooks' })).toMatchObject({ ok: true });
    expect(electron.module.shell.openExternal.mock.calls).toEqual([['mailto:mia@example.com'], ['https://www.instagram.com/mia.cooks']]);
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ms-settings:privacy', 'not a link'])('refuses %s and opens nothing', async (url) => {
    const call = await pageCall();
    const result = await call('shell.openExternal', { url });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT', issues: [{ path: ['url'], message: 'Only web links (https, http) and email links (mailto) open outside Followthrough', key: 'field.linkKind' }] },
    });
    expect(electron.module.shell.openExternal).not.toHaveBeenCalled();
  });

  it('says so when no app on the computer takes the link', async () => {
    const call = await pageCall();
    (electron.module.shell.openExternal as any).mockRejectedValueOnce(new Error('No application is registered for mailto'));
    const result = await call('shell.openExternal', { url: 'mailto:mia@example.com' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: 'The link did not open: no app on this computer took it (No application is registered for mailto).',
        // The page says it in its own language.
        key: 'service.linkNotOpened',
        params: { reason: 'No application is registered for mailto' },
      },
    });
  });
});
