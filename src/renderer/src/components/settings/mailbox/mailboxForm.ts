import type { MailAccount, MailPreset, MailSecurity } from '../../../../../shared/mail/account';
import type { MailSettingsSaveInput } from '../../../../../shared/mail/mailboxSchemas';
import { presetForAddress, presetInfo } from '../../../../../shared/mail/presets';

/*
 * The mailbox form's values and what it sends: the account as the API takes it, and the password
 * typed (left out when nothing was typed, so the one kept stays).
 */

export interface ServerValues {
  host: string;
  /** A number input gives '' while it is empty. */
  port: number | string;
  security: MailSecurity;
}

export interface MailboxValues {
  account: Omit<MailAccount, 'imap' | 'smtp'> & { imap: ServerValues; smtp: ServerValues };
  password: string;
}

export function valuesOf(account: MailAccount | null): MailboxValues {
  return {
    account: account ?? {
      preset: 'custom',
      address: '',
      user: '',
      displayName: '',
      imap: { host: '', port: 993, security: 'tls' },
      smtp: { host: '', port: 465, security: 'tls' },
      trustedCertificateSha256: null,
    },
    password: '',
  };
}

/** What the form sends; a port not typed as a whole number goes as it is, for the API's refusal to name it. */
export function inputOf(values: MailboxValues): MailSettingsSaveInput {
  const port = (p: number | string) => (typeof p === 'number' ? p : p.trim() === '' ? Number.NaN : Number(p));
  const server = (s: ServerValues) => ({ host: s.host, port: port(s.port), security: s.security });
  const account = { ...values.account, imap: server(values.account.imap), smtp: server(values.account.smtp) };
  return values.password === '' ? { account } : { account, password: values.password };
}

/** A provider chosen: its servers fill the form (a server of the brand's own keeps what was typed). */
export function withPreset(values: MailboxValues, preset: MailPreset): MailboxValues {
  const info = presetInfo(preset);
  const account = { ...values.account, preset };
  if (info.imap && info.smtp) Object.assign(account, { imap: { ...info.imap }, smtp: { ...info.smtp } });
  return { ...values, account };
}

/**
 * An address typed: the user name follows it while it was the address (or empty), and a
 * provider's address fills in its servers while none were chosen yet.
 */
export function withAddress(values: MailboxValues, address: string): MailboxValues {
  const before = values.account;
  const user = before.user === '' || before.user === before.address ? address : before.user;
  const next = { ...values, account: { ...before, address, user } };
  const known = presetForAddress(address);
  const untouched = before.preset === 'custom' && before.imap.host === '' && before.smtp.host === '';
  return known && (untouched || presetInfo(before.preset).domains.length > 0) && known !== before.preset ? withPreset(next, known) : next;
}
