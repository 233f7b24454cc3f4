import type { SecretStoreKind } from '../../shared/mail/mailboxSchemas';

/**
 * Where passwords go (a mailbox's app password): never the database, never a plain file. The
 * desktop app keeps them encrypted by the computer's keychain (shell/keychainSecrets.ts); the
 * browser host keeps them in memory, or takes one from its environment (environment.ts).
 */
export interface Secrets {
  readonly kind: SecretStoreKind;
  get(key: string): string | null;
  /** Throws SecretsRefused when it cannot keep the secret safely; then nothing was kept. */
  set(key: string, value: string): void;
  delete(key: string): void;
}

/** Why a secret was not kept, for the page to say. */
export type SecretsRefusal =
  /** The computer offers no encryption to this app (Electron's safeStorage says so). */
  | 'no_encryption'
  /** Linux without a keyring (GNOME Keyring, KWallet): Electron would only obscure the secret. */
  | 'no_keyring'
  /** The encrypted secret could not be written to the data folder. */
  | 'not_written';

export class SecretsRefused extends Error {
  constructor(
    readonly reason: SecretsRefusal,
    options?: ErrorOptions,
  ) {
    super(`The password was not kept: ${reason}`, options);
    this.name = 'SecretsRefused';
  }
}

/** Secret names are plain words, so a store may use them as file names. */
export function checkSecretKey(key: string): string {
  if (!/^[a-z][a-z0-9.-]{0,99}$/.test(key)) throw new Error(`Not a secret name: ${JSON.stringify(key)}`);
  return key;
}
