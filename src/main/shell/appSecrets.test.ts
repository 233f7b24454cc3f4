import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
  dataDir = mkdtempSync(join(tmpdir(), 'followthrough-userdata-'));
  electron.app.getPath.mockReturnValue(dataDir);
});
afterEach(() => {
  electron.app.emit('will-quit');
  rmSync(dataDir, { recursive: true, force: true });
});

const PASSWORD = 'abcd efgh ijkl mnop';
const account = {
  preset: 'gmail',
  address: 'ana@gmail.com',
  user: 'ana@gmail.com',
  displayName: 'Ana',
  imap: { host: 'imap.gmail.com', port: 993, security: 'tls' },
  smtp: { host: 'smtp.gmail.com', port: 465, security: 'tls' },
  trustedCertificateSha256: null,
};

/** Starts the desktop app and answers with a way to call the API as its window does. */
async function startApp() {
  startElectronApp({ mainDir: resolve('out/main') });
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
  const main = electron.windows[0]!;
  const frame = { senderFrame: { url: `file://${main.loadFile.mock.calls[0]![0] as string}` } };
  return (name: string, input: unknown = {}) => electron.ipcHandlers.get(IPC_CALL)!(frame, name, input) as Promise<{ ok: boolean; data?: any; error?: any }>;
}

describe('the desktop app’s mailbox password', () => {
  it('is encrypted by the keychain into the data folder, never the database, and read back by the next run', async () => {
    let call = await startApp();
    expect(await call('mail.settings.save', { account, password: PASSWORD })).toMatchObject({ ok: true, data: { passwordStored: true, secretStore: 'keychain' } });
    expect(electron.safeStorage.encryptString).toHaveBeenCalledOnce();
    electron.app.emit('will-quit');

    const files = readdirSync(dataDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.map((f) => f.name)).toContain('mail.password.bin');
    for (const file of files) expect(readFileSync(join(file.parentPath, file.name)).includes(Buffer.from(PASSWORD)), file.name).toBe(false);

    electron.reset();
    electron.app.getPath.mockReturnValue(dataDir);
    call = await startApp();
    expect(await call('mail.settings.get')).toMatchObject({ ok: true, data: { account: { address: 'ana@gmail.com' }, passwordStored: true, secretStore: 'keychain' } });
  });

  it('is refused, and nothing saved, where the computer offers no encryption', async () => {
    electron.safeStorage.isEncryptionAvailable.mockReturnValue(false);
    const call = await startApp();
    expect(await call('mail.settings.save', { account, password: PASSWORD })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', key: 'mailbox.notKept', params: { reason: 'no_encryption' } },
    });
    expect(await call('mail.settings.get')).toMatchObject({ ok: true, data: { account: null, passwordStored: false } });
  });
});
