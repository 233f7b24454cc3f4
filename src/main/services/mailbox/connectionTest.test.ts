import { createHash, X509Certificate } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MailAccount } from '../../../shared/mail/account';
import type { MailTestResult } from '../../../shared/mail/mailboxSchemas';
import { startMailServers, type MailServers } from '../../testing/mailServers';
import { testContext } from '../../testing/context';
import { openImap, openSmtp } from './connect';
import { testMailConnection } from './connectionTest';
import { saveMailSettings } from './settings';

/*
 * The connection test against a real mailbox on loopback (Dovecot and Postfix with a self-signed
 * certificate and a Sent folder named in Dutch): what it answers is what a brand would see.
 */

let servers: MailServers;
const brand = { address: 'hello@brand.test', password: 'app-password-1' };
let fingerprint: string;

beforeAll(async () => {
  servers = await startMailServers({ users: [brand], sentFolder: 'Verzonden' });
  fingerprint = createHash('sha256').update(new X509Certificate(servers.certificatePem).raw).digest('hex');
}, 30_000);
afterAll(async () => servers?.stop(), 30_000);

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext('2026-03-02T09:00:00.000Z');
});
afterEach(() => ctx.cleanup());

/** The brand's mailbox on the test servers: IMAPS and SMTPS, the certificate trusted unless said otherwise. */
function mailbox(change: Partial<MailAccount> = {}): MailAccount {
  return {
    preset: 'custom',
    address: brand.address,
    user: brand.address,
    displayName: 'Brand',
    imap: { host: servers.host, port: servers.imapsPort, security: 'tls' },
    smtp: { host: servers.host, port: servers.smtpsPort, security: 'tls' },
    trustedCertificateSha256: fingerprint,
    ...change,
  };
}

const test = (account: MailAccount, password = brand.password, timeoutMs?: number) => testMailConnection(ctx, { account, password }, { timeoutMs });
const problems = (result: MailTestResult) => ({ imap: result.imap.ok ? 'ok' : result.imap.problem, smtp: result.smtp.ok ? 'ok' : result.smtp.problem });

describe('testing the connection to a real mailbox', () => {
  it('logs in to both sides with the right password, and finds the Sent folder by what it is, not its name', async () => {
    const result = await test(mailbox());
    expect(result.imap).toEqual({ ok: true, inbox: 'INBOX', sent: 'Verzonden' });
    expect(result.smtp).toEqual({ ok: true });
    expect(result).toMatchObject({ preset: 'custom', imapServer: { port: servers.imapsPort }, smtpServer: { port: servers.smtpsPort } });
  }, 30_000);

  it('refuses a self-signed certificate nobody chose to trust, showing its fingerprint and subject to trust it', async () => {
    const result = await test(mailbox({ trustedCertificateSha256: null }));
    for (const side of [result.imap, result.smtp]) {
      expect(side.ok).toBe(false);
      if (side.ok) continue;
      expect(side.problem).toMatchObject({
        code: 'certificate',
        reason: 'self_signed',
        certificate: { sha256: fingerprint, subject: 'CN=127.0.0.1', issuer: 'CN=127.0.0.1', names: ['IP Address:127.0.0.1'], selfSigned: true },
      });
    }
  }, 30_000);

  it('accepts exactly the trusted certificate: another fingerprint is refused as a changed certificate, naming the one presented', async () => {
    const other = 'ab'.repeat(32);
    const result = await test(mailbox({ trustedCertificateSha256: other }));
    expect(problems(result)).toEqual({
      imap: expect.objectContaining({ code: 'certificate', reason: 'changed', certificate: expect.objectContaining({ sha256: fingerprint }) }),
      smtp: expect.objectContaining({ code: 'certificate', reason: 'changed', certificate: expect.objectContaining({ sha256: fingerprint }) }),
    });
  }, 30_000);

  it('says a closed port is unreachable, on each side on its own', async () => {
    const result = await test(mailbox({ smtp: { host: servers.host, port: 1, security: 'tls' } }));
    expect(result.imap.ok).toBe(true);
    expect(result.smtp).toEqual({ ok: false, problem: { code: 'unreachable', reason: 'refused', detail: expect.stringContaining('ECONNREFUSED') } });
  }, 30_000);

  it('says a server name that does not exist is not found', async () => {
    const result = await test(mailbox({ imap: { host: 'imap.followthrough.invalid', port: 993, security: 'tls' }, trustedCertificateSha256: null }));
    expect(result.imap).toMatchObject({ ok: false, problem: { code: 'unreachable', reason: expect.stringMatching(/^(not_found|network)$/) } });
  }, 30_000);

  it('sends over the submission port with STARTTLS', async () => {
    const result = await test(mailbox({ smtp: { host: servers.host, port: servers.submissionPort, security: 'starttls' } }));
    expect(result.smtp).toEqual({ ok: true });
  }, 30_000);

  it('says TLS from the first byte against a STARTTLS port is the wrong security for the port, trusted certificate or not', async () => {
    const submission = { host: servers.host, port: servers.submissionPort, security: 'tls' } as const;
    for (const trusted of [fingerprint, null]) {
      const result = await test(mailbox({ smtp: submission, trustedCertificateSha256: trusted }));
      expect(result.smtp).toMatchObject({ ok: false, problem: { code: 'tls_mismatch', expected: 'starttls' } });
    }
  }, 30_000);

  it('says STARTTLS against a port that encrypts from the first byte is the wrong security for the port, once the greeting never came', async () => {
    const result = await test(
      mailbox({ imap: { host: servers.host, port: servers.imapsPort, security: 'starttls' }, smtp: { host: servers.host, port: servers.smtpsPort, security: 'starttls' } }),
      brand.password,
      1_500,
    );
    expect(problems(result)).toEqual({
      imap: expect.objectContaining({ code: 'tls_mismatch', expected: 'tls' }),
      smtp: expect.objectContaining({ code: 'tls_mismatch', expected: 'tls' }),
    });
    // The same without a trusted certificate: then the libraries, not the certificate check, wait for the greeting.
    const untrusted = await test(mailbox({ smtp: { host: servers.host, port: servers.smtpsPort, security: 'starttls' }, trustedCertificateSha256: null }), brand.password, 1_500);
    expect(untrusted.smtp).toMatchObject({ ok: false, problem: { code: 'tls_mismatch', expected: 'tls' } });
  }, 30_000);

  it('tests the connected mailbox with the password kept for it when nothing is given', async () => {
    saveMailSettings(ctx, { account: mailbox(), password: brand.password });
    const result = await testMailConnection(ctx, {});
    expect(problems(result)).toEqual({ imap: 'ok', smtp: 'ok' });
  }, 30_000);

  it('opens an authenticated IMAP session and an SMTP transport for what reads and sends mail', async () => {
    const client = await openImap({ account: mailbox(), password: brand.password });
    try {
      expect(client.authenticated).toBeTruthy();
      const lock = await client.getMailboxLock('Verzonden');
      lock.release();
    } finally {
      await client.logout();
    }
    const transport = await openSmtp({ account: mailbox(), password: brand.password });
    try {
      const sent = await transport.sendMail({ from: brand.address, to: brand.address, subject: 'Connected', text: 'It works.' });
      expect(sent.accepted).toEqual([brand.address]);
    } finally {
      transport.close();
    }
  }, 30_000);

  // Last: after a wrong password the server answers this address more slowly for a while.
  it('says a wrong password is refused on both sides, and that the provider wants an app password where it does', async () => {
    const custom = await test(mailbox(), 'not-the-password', 25_000);
    expect(problems(custom)).toEqual({
      imap: { code: 'auth_failed', appPasswordNeeded: false, detail: expect.stringMatching(/Authentication failed/i) },
      smtp: { code: 'auth_failed', appPasswordNeeded: false, detail: expect.stringMatching(/535/) },
    });
    // The same refusal from a provider that only takes app passwords (its servers stand in for Gmail's here).
    const gmail = await test(mailbox({ preset: 'gmail' }), 'my-google-password', 25_000);
    expect(problems(gmail)).toEqual({
      imap: expect.objectContaining({ code: 'auth_failed', appPasswordNeeded: true }),
      smtp: expect.objectContaining({ code: 'auth_failed', appPasswordNeeded: true }),
    });
  }, 60_000);
});
