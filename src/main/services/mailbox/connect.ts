import { ImapFlow } from 'imapflow';
import { createTransport, type SMTPSentMessageInfo, type SMTPTransportOptions, type Transporter } from 'nodemailer';
import type { ConnectionOptions } from 'node:tls';
import type { MailAccount } from '../../../shared/mail/account';
import { MAIL_TIMEOUT_MS } from '../../../shared/mail/timeouts';
import type { Ctx } from '../context';
import { readMailAccount } from './accountRow';
import { CertificateChanged, type MailProtocol, presentedCertificate, trustingExactly } from './certificates';
import { passwordFor } from './password';

/*
 * The one place that opens connections to the brand's mailbox: the connection test, and what
 * reads and sends mail, all log in the same way. The password is only ever sent encrypted (TLS
 * from the first byte, or a STARTTLS the server must offer), to a certificate the system trusts
 * for the server's name, or to exactly the certificate the brand chose to trust.
 */

/** A mailbox with the password to log in with. */
export interface MailLogin {
  account: MailAccount;
  password: string;
}

export interface MailConnectOptions {
  /** How long connecting (with the TLS handshake) and waiting for the greeting may take. */
  timeoutMs?: number;
  /** How long the server may then stay silent; the libraries' own defaults (minutes) otherwise. */
  silenceMs?: number;
}


/** The connected mailbox and its password, or null when none is connected or no password is kept for it. */
export function storedLogin(ctx: Ctx): MailLogin | null {
  const stored = readMailAccount(ctx);
  if (!stored) return null;
  const password = passwordFor(ctx, stored.account);
  return password === null ? null : { account: stored.account, password };
}

/**
 * The TLS options of one side. With a trusted certificate, the one the server presents is read
 * first: it must be the trusted one (CertificateChanged otherwise), and the connection then
 * accepts exactly it (trustingExactly), so a certificate swapped in between is refused too.
 */
async function tlsOf(account: MailAccount, protocol: MailProtocol, timeoutMs: number): Promise<ConnectionOptions> {
  const trusted = account.trustedCertificateSha256;
  if (trusted === null) return {};
  const presented = await presentedCertificate(account[protocol], protocol, timeoutMs);
  if (presented.info.sha256 !== trusted) throw new CertificateChanged(presented.info);
  return trustingExactly(presented.pem, trusted);
}

/** An IMAP session, logged in; the caller logs out (or closes it). Rejects with imapflow's, Node's or CertificateChanged's error. */
export async function openImap(login: MailLogin, options: MailConnectOptions = {}): Promise<ImapFlow> {
  const timeoutMs = options.timeoutMs ?? MAIL_TIMEOUT_MS;
  const { imap, user } = login.account;
  const client = new ImapFlow({
    host: imap.host,
    port: imap.port,
    secure: imap.security === 'tls',
    // Required, not opportunistic: a server that does not offer it is refused, never logged in to in plain text.
    ...(imap.security === 'starttls' ? { doSTARTTLS: true } : {}),
    tls: await tlsOf(login.account, 'imap', timeoutMs),
    auth: { user, pass: login.password },
    logger: false,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    ...(options.silenceMs === undefined ? {} : { socketTimeout: options.silenceMs }),
  });
  // An error after connecting closes the session (its 'close' event says so); unheard, it would end the process.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    client.close();
    throw error;
  }
  return client;
}

export type SmtpTransport = Transporter<SMTPSentMessageInfo, SMTPTransportOptions>;

/** An SMTP transport that logs in when it sends (or verifies); the caller closes it. */
export async function openSmtp(login: MailLogin, options: MailConnectOptions = {}): Promise<SmtpTransport> {
  const timeoutMs = options.timeoutMs ?? MAIL_TIMEOUT_MS;
  const { smtp, user } = login.account;
  return createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.security === 'tls',
    requireTLS: smtp.security === 'starttls',
    tls: await tlsOf(login.account, 'smtp', timeoutMs),
    auth: { user, pass: login.password },
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    ...(options.silenceMs === undefined ? {} : { socketTimeout: options.silenceMs }),
  });
}
