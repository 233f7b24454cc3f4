import { z } from 'zod';
import { IsoDateTime } from '../fields';
import { problem } from '../i18n/problems';
import { MailAccount, MailPreset, MailSecurity, MailServer } from './account';
import { MailPresetInfo } from './presets';

/**
 * A mailbox password as typed: an app password or authorization code, kept exactly (Google shows
 * its app passwords with spaces, and takes them either way). A line break would end an IMAP or
 * SMTP command early, so control characters are refused.
 */
export const MailPassword = z
  .string({ error: problem('mailbox.password') })
  .min(1, { error: problem('mailbox.password') })
  .max(1000, { error: problem('mailbox.passwordLength') })
  .refine((value) => !/[\u0000-\u001f\u007f]/.test(value), { error: problem('mailbox.passwordControl') });

/** Where this copy of Followthrough keeps the password: the computer's keychain (desktop), or only while the browser host runs. */
export const SecretStoreKind = z.enum(['keychain', 'memory', 'environment']);
export type SecretStoreKind = z.infer<typeof SecretStoreKind>;

export const MailSettings = z.object({
  account: MailAccount.nullable(),
  /** A password is kept for this account (or the environment gives one); the password itself is never answered. */
  passwordStored: z.boolean(),
  secretStore: SecretStoreKind,
  updatedAt: IsoDateTime.nullable(),
  presets: z.array(MailPresetInfo),
});
export type MailSettings = z.infer<typeof MailSettings>;

export const MailSettingsSaveInput = z.strictObject({
  account: MailAccount,
  /** Left out, the password kept for the same user on the same servers stays. */
  password: MailPassword.optional(),
});
export type MailSettingsSaveInput = z.infer<typeof MailSettingsSaveInput>;

export const MailSettingsRemoveInput = z.strictObject({});

export const MailTestInput = z.strictObject({
  /** The settings to try (a form not saved yet); left out, the connected mailbox. */
  account: MailAccount.optional(),
  /** Left out, the password kept for the same user on the same servers. */
  password: MailPassword.optional(),
});
export type MailTestInput = z.infer<typeof MailTestInput>;

/** A server's certificate, for the brand to decide whether to trust it. */
export const MailCertificate = z.object({
  /** SHA-256 of the certificate, lower-case hex: what `trustedCertificateSha256` pins. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  subject: z.string(),
  issuer: z.string(),
  /** The names it is valid for (its subjectAltName), e.g. "DNS:mail.example.com". */
  names: z.array(z.string()),
  validFrom: z.string(),
  validTo: z.string(),
  selfSigned: z.boolean(),
});
export type MailCertificate = z.infer<typeof MailCertificate>;

/** Why a side failed, as codes: the page says it in words. `detail` is the server's or the system's own text. */
export const MailProblem = z.discriminatedUnion('code', [
  z.object({ code: z.literal('auth_failed'), appPasswordNeeded: z.boolean(), detail: z.string() }),
  z.object({ code: z.literal('unreachable'), reason: z.enum(['refused', 'not_found', 'timeout', 'network']), detail: z.string() }),
  z.object({
    code: z.literal('certificate'),
    /** 'changed': the certificate is not the one the brand chose to trust. */
    reason: z.enum(['self_signed', 'untrusted', 'expired', 'not_yet_valid', 'wrong_host', 'changed', 'other']),
    certificate: MailCertificate.nullable(),
    detail: z.string(),
  }),
  /** The port speaks the other kind of encryption (`expected`), or none at all (null). */
  z.object({ code: z.literal('tls_mismatch'), expected: MailSecurity.nullable(), detail: z.string() }),
  z.object({ code: z.literal('other'), detail: z.string() }),
]);
export type MailProblem = z.infer<typeof MailProblem>;
export type MailProblemCode = MailProblem['code'];

export const ImapCheck = z.discriminatedUnion('ok', [
  /** Logged in; the inbox and the Sent folder by their names on this server (null: no folder is marked \Sent). */
  z.object({ ok: z.literal(true), inbox: z.string(), sent: z.string().nullable() }),
  z.object({ ok: z.literal(false), problem: MailProblem }),
]);
export type ImapCheck = z.infer<typeof ImapCheck>;

export const SmtpCheck = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), problem: MailProblem })]);
export type SmtpCheck = z.infer<typeof SmtpCheck>;

export const MailTestResult = z.object({
  preset: MailPreset,
  imapServer: MailServer,
  smtpServer: MailServer,
  imap: ImapCheck,
  smtp: SmtpCheck,
});
export type MailTestResult = z.infer<typeof MailTestResult>;
