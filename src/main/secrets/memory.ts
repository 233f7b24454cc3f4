import type { SecretStoreKind } from '../../shared/mail/mailboxSchemas';
import { checkSecretKey, type Secrets } from './secrets';

/** Secrets kept for as long as the process runs, and gone when it stops. */
export class MemorySecrets implements Secrets {
  private readonly values = new Map<string, string>();

  constructor(
    readonly kind: SecretStoreKind = 'memory',
    initial: Record<string, string> = {},
  ) {
    for (const [key, value] of Object.entries(initial)) this.values.set(checkSecretKey(key), value);
  }

  get(key: string): string | null {
    return this.values.get(checkSecretKey(key)) ?? null;
  }

  set(key: string, value: string): void {
    this.values.set(checkSecretKey(key), value);
  }

  delete(key: string): void {
    this.values.delete(checkSecretKey(key));
  }
}
