import { z } from 'zod';
import { Email } from '../fields';
import { problem } from '../i18n/problems';

/** Mail services whose servers Followthrough knows; 'custom' is any other. */
export const MAIL_PRESETS = ['gmail', 'outlook', 'icloud', 'yahoo', 'qq', 'mail163', 'mail126', 'fastmail', 'custom'] as const;
export const MailPreset = z.enum(MAIL_PRESETS, { error: problem('mailbox.preset') });
export type MailPreset = z.infer<typeof MailPreset>;

/** 'tls': encrypted from the first byte (IMAPS 993, SMTPS 465); 'starttls': upgraded after connecting (587). */
export const MailSecurity = z.enum(['tls', 'starttls'], { error: problem('mailbox.security') });
export type MailSecurity = z.infer<typeof MailSecurity>;

/** One part of a name between dots: letters, digits and inner hyphens, 63 at most. */
const isLabel = (label: string) => label.length <= 63 && /^[\p{L}\p{N}-]+$/u.test(label) && !label.startsWith('-') && !label.endsWith('-');

/**
 * A server's name (imap.example.com, 邮件.中国) or address (192.0.2.7, 2001:db8::1): anything else
 * would only fail later, at the name lookup, in words that do not say the name was mistyped.
 */
export function isServerName(host: string): boolean {
  if (/^[0-9a-f:.]+$/i.test(host) && host.includes(':')) return true;
  const labels = host.replace(/\.$/, '').split('.');
  return labels.every(isLabel);
}

export const MailServer = z.strictObject({
  host: z
    .string({ error: problem('mailbox.host') })
    .trim()
    .min(1, { error: problem('mailbox.host') })
    .max(253, { error: problem('mailbox.host') })
    .refine(isServerName, { error: problem('mailbox.host') }),
  port: z.number({ error: problem('mailbox.port') }).int({ error: problem('mailbox.port') }).min(1, { error: problem('mailbox.port') }).max(65535, { error: problem('mailbox.port') }),
  security: MailSecurity,
});
export type MailServer = z.infer<typeof MailServer>;

/**
 * The brand's mailbox, without its password (that goes through the Secrets port, never the
 * database). A certificate the brand chose to trust (a self-hosted server's own) is pinned by its
 * SHA-256 fingerprint.
 */
export const MailAccount = z.strictObject({
  preset: MailPreset,
  address: Email,
  user: z.string({ error: problem('mailbox.user') }).trim().min(1, { error: problem('mailbox.user') }).max(320, { error: problem('mailbox.userLength') }),
  displayName: z.string({ error: problem('field.textExpected') }).trim().max(200, { error: problem('field.keepThisUnder', { max: 200 }) }).default(''),
  imap: MailServer,
  smtp: MailServer,
  trustedCertificateSha256: z
    .string({ error: problem('mailbox.fingerprint') })
    .regex(/^[0-9a-f]{64}$/, { error: problem('mailbox.fingerprint') })
    .nullable()
    .default(null),
});
export type MailAccount = z.infer<typeof MailAccount>;
