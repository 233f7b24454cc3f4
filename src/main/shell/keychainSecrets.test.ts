import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SecretsRefused } from '../secrets/secrets';
import { createFakeElectron } from './fakeElectron';
import { KeychainSecrets } from './keychainSecrets';

const electron = createFakeElectron(vi);
let dataDir: string;
beforeEach(() => {
  electron.reset();
  dataDir = mkdtempSync(join(tmpdir(), 'followthrough-keychain-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

const store = (platform: NodeJS.Platform = 'linux') => new KeychainSecrets({ safeStorage: electron.safeStorage, dataDir, platform });
const PASSWORD = 'abcd efgh ijkl mnop';

/** Every byte the store left in the data folder. */
const bytesOnDisk = () =>
  Buffer.concat(
    readdirSync(dataDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => readFileSync(join(entry.parentPath, entry.name))),
  );

describe('the desktop keychain secrets', () => {
  it('keeps only the encrypted bytes on disk, for this user alone, and reads them back after a restart', () => {
    store().set('mail.password', PASSWORD);
    expect(electron.safeStorage.encryptString).toHaveBeenCalledWith(PASSWORD);
    const disk = bytesOnDisk();
    expect(disk.length).toBeGreaterThan(PASSWORD.length);
    expect(disk.includes(Buffer.from(PASSWORD))).toBe(false);
    expect(disk.includes(Buffer.from('abcd'))).toBe(false);
    const file = join(dataDir, 'secrets', 'mail.password.bin');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    // Another run of the app, same computer.
    expect(store().get('mail.password')).toBe(PASSWORD);
    expect(store().get('other.secret')).toBeNull();
  });

  it('replaces and deletes a secret', () => {
    store().set('mail.password', 'first');
    store().set('mail.password', 'second');
    expect(store().get('mail.password')).toBe('second');
    store().delete('mail.password');
    expect(store().get('mail.password')).toBeNull();
    expect(existsSync(join(dataDir, 'secrets', 'mail.password.bin'))).toBe(false);
    // Deleting what is not there is not a failure.
    expect(() => store().delete('mail.password')).not.toThrow();
  });

  it('refuses to keep a secret when the computer offers no encryption, and keeps nothing', () => {
    electron.safeStorage.isEncryptionAvailable.mockReturnValue(false);
    expect(() => store().set('mail.password', PASSWORD)).toThrow(expect.objectContaining({ reason: 'no_encryption' }));
    expect(electron.safeStorage.encryptString).not.toHaveBeenCalled();
    expect(bytesOnDisk().length).toBe(0);
  });

  it('refuses on Linux without a keyring, where the encryption would hide nothing; elsewhere the backend is not asked', () => {
    electron.safeStorage.getSelectedStorageBackend.mockReturnValue('basic_text');
    const refused = (() => {
      try {
        store('linux').set('mail.password', PASSWORD);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refused).toBeInstanceOf(SecretsRefused);
    expect(refused).toMatchObject({ reason: 'no_keyring' });
    expect(bytesOnDisk().length).toBe(0);
    store('darwin').set('mail.password', PASSWORD);
    expect(store('darwin').get('mail.password')).toBe(PASSWORD);
  });

  it('says so when the encrypted bytes cannot be written, and leaves no part of them', () => {
    if (process.getuid?.() === 0) {
      // Root writes anywhere: a file where the folder should be stops it all the same.
      writeFileSync(join(dataDir, 'secrets'), 'in the way');
    } else {
      chmodSync(dataDir, 0o500);
    }
    try {
      expect(() => store().set('mail.password', PASSWORD)).toThrow(expect.objectContaining({ reason: 'not_written' }));
    } finally {
      chmodSync(dataDir, 0o700);
    }
    expect(bytesOnDisk().includes(Buffer.from(PASSWORD))).toBe(false);
  });

  it('answers nothing for bytes another computer encrypted, rather than failing', () => {
    store().set('mail.password', PASSWORD);
    writeFileSync(join(dataDir, 'secrets', 'mail.password.bin'), Buffer.from('encrypted elsewhere'));
    expect(store().get('mail.password')).toBeNull();
  });

  it('takes only plain secret names, which become file names', () => {
    expect(() => store().set('../escape', 'x')).toThrow(/Not a secret name/);
    expect(() => store().get('mail/password')).toThrow(/Not a secret name/);
  });
});
