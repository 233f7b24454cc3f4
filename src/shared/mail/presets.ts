import { z } from 'zod';
import { MailPreset, MailServer, type MailSecurity } from './account';

/**
 * What a provider takes as the password of a mail app: its own app password (Gmail, iCloud,
 * Yahoo, Fastmail), an authorization code (授权码: QQ Mail, 163 and 126 Mail), or the account's
 * password where the provider or the organisation still allows it (Outlook / Office 365: personal
 * accounts and many organisations only allow Microsoft's own sign-in).
 */
export const MailSecretKind = z.enum(['app_password', 'authorization_code', 'microsoft', 'password']);
export type MailSecretKind = z.infer<typeof MailSecretKind>;

export const MailPresetInfo = z.object({
  preset: MailPreset,
  /** The provider's public servers; null for a server of the brand's own. */
  imap: MailServer.nullable(),
  smtp: MailServer.nullable(),
  secret: MailSecretKind,
  /** Addresses at these domains are the provider's (the form picks the preset from the address). */
  domains: z.array(z.string()),
  /** The provider files mail sent through its SMTP server in the Sent folder itself: the app must not put a second copy there. */
  savesSentCopy: z.boolean(),
});
export type MailPresetInfo = z.infer<typeof MailPresetInfo>;

const server = (host: string, port: number, security: MailSecurity): MailServer => ({ host, port, security });

/** The providers' published IMAP and SMTP settings. */
export const MAIL_PRESET_INFO: readonly MailPresetInfo[] = [
  { preset: 'gmail', imap: server('imap.gmail.com', 993, 'tls'), smtp: server('smtp.gmail.com', 465, 'tls'), secret: 'app_password', domains: ['gmail.com', 'googlemail.com'], savesSentCopy: true },
  {
    preset: 'outlook',
    imap: server('outlook.office365.com', 993, 'tls'),
    smtp: server('smtp.office365.com', 587, 'starttls'),
    secret: 'microsoft',
    domains: ['outlook.com', 'hotmail.com', 'live.com', 'msn.com'],
    savesSentCopy: true,
  },
  { preset: 'icloud', imap: server('imap.mail.me.com', 993, 'tls'), smtp: server('smtp.mail.me.com', 587, 'starttls'), secret: 'app_password', domains: ['icloud.com', 'me.com', 'mac.com'], savesSentCopy: false },
  { preset: 'yahoo', imap: server('imap.mail.yahoo.com', 993, 'tls'), smtp: server('smtp.mail.yahoo.com', 465, 'tls'), secret: 'app_password', domains: ['yahoo.com', 'ymail.com'], savesSentCopy: false },
  { preset: 'qq', imap: server('imap.qq.com', 993, 'tls'), smtp: server('smtp.qq.com', 465, 'tls'), secret: 'authorization_code', domains: ['qq.com', 'foxmail.com'], savesSentCopy: false },
  { preset: 'mail163', imap: server('imap.163.com', 993, 'tls'), smtp: server('smtp.163.com', 465, 'tls'), secret: 'authorization_code', domains: ['163.com'], savesSentCopy: false },
  { preset: 'mail126', imap: server('imap.126.com', 993, 'tls'), smtp: server('smtp.126.com', 465, 'tls'), secret: 'authorization_code', domains: ['126.com'], savesSentCopy: false },
  { preset: 'fastmail', imap: server('imap.fastmail.com', 993, 'tls'), smtp: server('smtp.fastmail.com', 465, 'tls'), secret: 'app_password', domains: ['fastmail.com', 'fastmail.fm'], savesSentCopy: false },
  { preset: 'custom', imap: null, smtp: null, secret: 'password', domains: [], savesSentCopy: false },
];

export function presetInfo(preset: MailPreset): MailPresetInfo {
  return MAIL_PRESET_INFO.find((p) => p.preset === preset)!;
}

/** Whether the provider refuses the account's own password: a wrong-password answer then most likely means "use an app password". */
export const needsAppPassword = (preset: MailPreset): boolean => {
  const secret = presetInfo(preset).secret;
  return secret === 'app_password' || secret === 'authorization_code';
};

/** The provider an address belongs to, by its domain; null when Followthrough does not know it. */
export function presetForAddress(address: string): MailPreset | null {
  const domain = address.trim().toLowerCase().split('@')[1];
  if (!domain) return null;
  return MAIL_PRESET_INFO.find((p) => p.domains.includes(domain))?.preset ?? null;
}

/**
 * The security a well-known port is meant for (993 and 465 encrypt from the first byte; 143, 587
 * and 25 upgrade with STARTTLS), or null for a port that says nothing either way.
 */
export function securityOfPort(port: number): MailSecurity | null {
  if (port === 993 || port === 465) return 'tls';
  if (port === 143 || port === 587 || port === 25) return 'starttls';
  return null;
}
