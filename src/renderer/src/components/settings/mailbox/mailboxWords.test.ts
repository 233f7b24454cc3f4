import { afterEach, describe, expect, it } from 'vitest';
import type { MailServer } from '../../../../../shared/mail/account';
import type { MailProblem } from '../../../../../shared/mail/mailboxSchemas';
import { i18n } from '../../../i18n';
import { imapWords, problemWords, smtpWords } from './mailboxWords';

const server: MailServer = { host: 'mail.lumen.example', port: 587, security: 'tls' };
const certificate = { sha256: 'ab'.repeat(32), subject: 'CN=mail.hosting.example', issuer: 'CN=mail.hosting.example', names: ['DNS:mail.hosting.example'], validFrom: '2025-01-01T00:00:00.000Z', validTo: '2026-01-01T00:00:00.000Z', selfSigned: true };

afterEach(() => i18n.changeLanguage('en'));

describe('what a connection test found, in words', () => {
  it('says a refused password, and that this provider wants an app password and where to make one', () => {
    const refused: MailProblem = { code: 'auth_failed', appPasswordNeeded: true, detail: '[AUTHENTICATIONFAILED] Invalid credentials (Failure)' };
    expect(problemWords(refused, server, 'gmail')).toEqual([
      'The server refused the user name or password.',
      'Gmail only accepts an app password here, not your account password.',
      'Create one under Google Account → Security → 2-Step Verification → App passwords.',
      'The server said: [AUTHENTICATIONFAILED] Invalid credentials (Failure)',
    ]);
    expect(problemWords({ ...refused, appPasswordNeeded: false }, server, 'custom')).toEqual(['The server refused the user name or password.', 'The server said: [AUTHENTICATIONFAILED] Invalid credentials (Failure)']);
    // Microsoft's refusal says what may be the reason, though a password is not always wrong there.
    expect(problemWords({ ...refused, appPasswordNeeded: false }, server, 'outlook')[1]).toMatch(/^Microsoft lets mail apps sign in with a password/);
  });

  it('says why a server is out of reach, naming it and its port', () => {
    expect(problemWords({ code: 'unreachable', reason: 'refused', detail: '' }, server, 'custom')).toEqual(['Nothing answers at mail.lumen.example on port 587. Check the server name and the port.']);
    // The system's own text stays in the answer for scripts; the sentence says it for people.
    expect(problemWords({ code: 'unreachable', reason: 'not_found', detail: 'getaddrinfo ENOTFOUND' }, server, 'custom')).toEqual(['There is no server called mail.lumen.example. Check the spelling.']);
  });

  it('says what is wrong with a certificate, and the wrong security for a port', () => {
    expect(problemWords({ code: 'certificate', reason: 'wrong_host', certificate, detail: '' }, server, 'custom')).toEqual(['The server’s certificate is for another name (DNS:mail.hosting.example), not mail.lumen.example.']);
    expect(problemWords({ code: 'certificate', reason: 'expired', certificate, detail: '' }, server, 'custom')[0]).toMatch(/^The server’s certificate expired on .*2026/);
    expect(problemWords({ code: 'tls_mismatch', expected: 'starttls', detail: '' }, server, 'custom')).toEqual(['Port 587 starts unencrypted: choose STARTTLS for it.']);
    expect(problemWords({ code: 'tls_mismatch', expected: null, detail: '' }, server, 'custom')[0]).toMatch(/never sends your password unencrypted/);
    expect(problemWords({ code: 'other', detail: 'Connection closed unexpectedly' }, server, 'custom')).toEqual(['The connection failed.', 'What was reported: Connection closed unexpectedly']);
  });

  it('names the Sent folder found, or says there is none', () => {
    const result = { imapServer: server, smtpServer: server, preset: 'custom' as const };
    expect(imapWords({ ok: true, inbox: 'INBOX', sent: 'Verzonden' }, result)).toEqual(['Signed in. Inbox: INBOX. Sent folder: Verzonden.']);
    expect(imapWords({ ok: true, inbox: 'INBOX', sent: null }, result)[0]).toMatch(/No folder is marked as the Sent folder/);
    expect(smtpWords({ ok: true }, result)).toEqual(['Signed in; ready to send.']);
  });

  it('speaks the interface’s language', async () => {
    await i18n.changeLanguage('zh');
    expect(problemWords({ code: 'auth_failed', appPasswordNeeded: true, detail: '' }, server, 'qq')).toEqual([
      '服务器拒绝了用户名或密码。',
      'QQ 邮箱在这里需要填写授权码，而不是你的账户密码。',
      '在 QQ 邮箱中：设置 → 账户 → 开启 IMAP/SMTP 服务，然后生成授权码。',
    ]);
    await i18n.changeLanguage('nl');
    expect(problemWords({ code: 'tls_mismatch', expected: 'tls', detail: '' }, { ...server, port: 993 }, 'custom')).toEqual(['Poort 993 is vanaf het eerste byte versleuteld: kies er SSL/TLS voor.']);
  });
});
