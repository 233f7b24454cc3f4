import type { MailAccount } from '../../../shared/mail/account';
import { ENVIRONMENT_SECRETS } from '../../secrets/environment';
import { type Ctx, secretsOf } from '../context';

/** The password the brand typed, with whom it was typed for. */
const KEPT = 'mail.password';
const FROM_ENVIRONMENT = ENVIRONMENT_SECRETS.FOLLOWTHROUGH_MAIL_PASSWORD;

interface KeptPassword {
  for: string;
  password: string;
}

/**
 * Whom a password was given for: this user at these servers. A kept password goes only to the
 * servers it was typed for, whatever the settings say later (changed in a form, or put back by a
 * restored or imported backup): a server name typed anew asks for the password anew.
 */
export function identityOf(account: Pick<MailAccount, 'user' | 'imap' | 'smtp'>): string {
  return [account.user, account.imap.host.toLowerCase(), account.smtp.host.toLowerCase()].join('\n');
}

function readKept(ctx: Ctx): KeptPassword | null {
  const raw = secretsOf(ctx).get(KEPT);
  if (raw === null) return null;
  try {
    const kept = JSON.parse(raw) as Partial<KeptPassword>;
    return typeof kept.for === 'string' && typeof kept.password === 'string' ? { for: kept.for, password: kept.password } : null;
  } catch {
    return null;
  }
}

/** The password to log in to `account` with: the one kept for it, else the one the environment gives; null when there is none. */
export function passwordFor(ctx: Ctx, account: MailAccount): string | null {
  const kept = readKept(ctx);
  if (kept && kept.for === identityOf(account)) return kept.password;
  return secretsOf(ctx).get(FROM_ENVIRONMENT);
}

/**
 * Keeps `password` for `account` (SecretsRefused when the store cannot keep it safely: then
 * nothing changed). Answers how to put back what was kept before, should the rest of a save fail.
 */
export function keepPassword(ctx: Ctx, account: MailAccount, password: string): () => void {
  const secrets = secretsOf(ctx);
  const before = secrets.get(KEPT);
  secrets.set(KEPT, JSON.stringify({ for: identityOf(account), password } satisfies KeptPassword));
  return () => (before === null ? secrets.delete(KEPT) : secrets.set(KEPT, before));
}

/** Forgets every mailbox password, the environment's too (for as long as this run lasts). */
export function forgetPasswords(ctx: Ctx): void {
  const secrets = secretsOf(ctx);
  secrets.delete(KEPT);
  secrets.delete(FROM_ENVIRONMENT);
}
