import type { ImapFlow } from 'imapflow';
import { problem } from '../../../shared/i18n/problems';
import type { MailAccount } from '../../../shared/mail/account';
import type { ImapCheck, MailProblem, MailTestInput, MailTestResult, SmtpCheck } from '../../../shared/mail/mailboxSchemas';
import type { Ctx } from '../context';
import { AppError, badField } from '../errors';
import { readMailAccount } from './accountRow';
import { type MailProtocol, presentedCertificate } from './certificates';
import { MAIL_TIMEOUT_MS } from '../../../shared/mail/timeouts';
import { type MailLogin, openImap, openSmtp } from './connect';
import { inboxOf, sentFolderOf } from './folders';
import { passwordFor } from './password';
import { detailOf, isGreetingTimeout, problemOf } from './problems';

/**
 * Logs in to both sides at once, as reading and sending mail will: IMAP (with the inbox and the
 * Sent folder by their names on this server) and SMTP. Each side answers ok or what is wrong, as
 * codes; nothing is stored. Tests the settings given (a form not saved yet), else the connected
 * mailbox; the password given, else the one kept for the same user on the same servers.
 */
export async function testMailConnection(ctx: Ctx, input: MailTestInput, options: { timeoutMs?: number } = {}): Promise<MailTestResult> {
  const account = input.account ?? readMailAccount(ctx)?.account;
  if (!account) throw new AppError('CONFLICT', problem('mailbox.notConnected'));
  const password = input.password ?? passwordFor(ctx, account);
  if (password === null) throw badField(['password'], problem('mailbox.passwordNeeded'));
  const login = { account, password };
  const timeoutMs = options.timeoutMs ?? MAIL_TIMEOUT_MS;
  const [imap, smtp] = await Promise.all([checkImap(login, timeoutMs), checkSmtp(login, timeoutMs)]);
  return { preset: account.preset, imapServer: account.imap, smtpServer: account.smtp, imap, smtp };
}

/**
 * How long a server may stay silent once connected: longer than the wait for its greeting, so a port
 * that waits for TLS first is told by its missing greeting (the wrong security), never by silence
 * (which would read as unreachable), whichever timer fires first on a busy machine.
 */
const silenceAfter = (timeoutMs: number) => 2 * timeoutMs;

async function checkImap(login: MailLogin, timeoutMs: number): Promise<ImapCheck> {
  let client: ImapFlow | null = null;
  try {
    client = await openImap(login, { timeoutMs, silenceMs: silenceAfter(timeoutMs) });
    const boxes = await client.list();
    // The Sent folder is found by what it is (special-use \Sent), whatever the server calls it: "Verzonden", "已发送".
    const inbox = inboxOf(boxes);
    const sent = sentFolderOf(boxes);
    await client.logout();
    return { ok: true, inbox, sent };
  } catch (error) {
    client?.close();
    return { ok: false, problem: await explain(error, login.account, 'imap', timeoutMs) };
  }
}

async function checkSmtp(login: MailLogin, timeoutMs: number): Promise<SmtpCheck> {
  let transport: Awaited<ReturnType<typeof openSmtp>> | null = null;
  try {
    transport = await openSmtp(login, { timeoutMs, silenceMs: silenceAfter(timeoutMs) });
    await transport.verify();
    return { ok: true };
  } catch (error) {
    return { ok: false, problem: await explain(error, login.account, 'smtp', timeoutMs) };
  } finally {
    transport?.close();
  }
}

/** A failure as a code; a certificate refused is read again to be shown, and a silent server is asked whether it wanted TLS from the first byte. */
async function explain(error: unknown, account: MailAccount, protocol: MailProtocol, timeoutMs: number): Promise<MailProblem> {
  const server = account[protocol];
  if (server.security === 'starttls' && isGreetingTimeout(error)) {
    const speaksTls = await presentedCertificate({ ...server, security: 'tls' }, protocol, timeoutMs).then(
      () => true,
      () => false,
    );
    if (speaksTls) return { code: 'tls_mismatch', expected: 'tls', detail: detailOf(error) };
  }
  const found = problemOf(error, { preset: account.preset, security: server.security });
  if (found.code === 'certificate' && found.certificate === null) {
    found.certificate = await presentedCertificate(server, protocol, timeoutMs).then(
      (presented) => presented.info,
      () => null,
    );
  }
  return found;
}
