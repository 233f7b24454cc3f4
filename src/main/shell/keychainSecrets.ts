import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import { checkSecretKey, type Secrets, SecretsRefused } from '../secrets/secrets';

export interface KeychainSecretsOptions {
  safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString' | 'getSelectedStorageBackend'>;
  /** The data folder: the encrypted secrets go in its `secrets` folder. */
  dataDir: string;
  platform: NodeJS.Platform;
}

/**
 * The desktop app's secrets, encrypted with a key the operating system keeps (Keychain on macOS,
 * DPAPI on Windows, the Secret Service or KWallet on Linux) through Electron's safeStorage. Only
 * the encrypted bytes reach the disk, one file per secret, readable by this user alone. The
 * synchronous calls keep a save one step: the password is kept, or refused, before the settings are.
 */
export class KeychainSecrets implements Secrets {
  readonly kind = 'keychain' as const;
  private readonly dir: string;

  constructor(private readonly options: KeychainSecretsOptions) {
    this.dir = join(options.dataDir, 'secrets');
  }

  private fileOf(key: string): string {
    return join(this.dir, `${checkSecretKey(key)}.bin`);
  }

  get(key: string): string | null {
    const file = this.fileOf(key);
    let encrypted: Buffer;
    try {
      encrypted = readFileSync(file);
    } catch {
      return null;
    }
    try {
      return this.options.safeStorage.decryptString(encrypted);
    } catch {
      // Encrypted under another user's or computer's key (a copied data folder): as good as none,
      // and the brand is asked for the password again.
      return null;
    }
  }

  set(key: string, value: string): void {
    const { safeStorage, platform } = this.options;
    if (!safeStorage.isEncryptionAvailable()) throw new SecretsRefused('no_encryption');
    // Without a keyring Electron encrypts with a key written in its own code: that hides nothing.
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') throw new SecretsRefused('no_keyring');
    const encrypted = safeStorage.encryptString(value);
    const file = this.fileOf(key);
    const partial = `${file}.partial`;
    try {
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      writeFileSync(partial, encrypted, { mode: 0o600, flush: true });
      renameSync(partial, file);
    } catch (error) {
      removeQuietly(partial);
      throw new SecretsRefused('not_written', { cause: error });
    }
  }

  delete(key: string): void {
    rmSync(this.fileOf(key), { force: true });
  }
}

/** Best effort: what failed to be written may not be there to remove, and the refusal says enough. */
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing readable is left behind either way: only encrypted bytes were ever written.
  }
}
