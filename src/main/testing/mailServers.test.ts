import { ImapFlow } from 'imapflow';
import { createTransport } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailServers, type MailServers } from './mailServers';

// The mail link's tests need a mailbox that behaves as a user's does; this proves the one they get.
describe('the test mail servers on loopback', () => {
  let servers: MailServers;
  const brand = { address: 'hello@brand.test', password: 'app-password-1' };
  const mia = { address: 'mia@creators.test', password: 'mia-secret' };

  beforeAll(async () => {
    servers = await startMailServers({ users: [brand, mia], sentFolder: 'Verzonden' });
  }, 30_000);
  afterAll(async () => servers?.stop(), 30_000);

  const imap = (user: { address: string; password: string }) =>
    new ImapFlow({
      host: servers.host,
      port: servers.imapsPort,
      secure: true,
      tls: { ca: servers.certificatePem },
      auth: { user: user.address, pass: user.password },
      logger: false,
    });

  const smtp = (user: { address: string; password: string }) =>
    createTransport({ host: servers.host, port: servers.smtpsPort, secure: true, tls: { ca: servers.certificatePem }, auth: { user: user.address, pass: user.password } });

  it('delivers what the brand sends over SMTP into the creator mailbox, threading headers and all', async () => {
    const sent = await smtp(brand).sendMail({
      from: brand.address,
      to: mia.address,
      subject: 'Your draft',
      text: 'How is it going?',
      messageId: '<draft-1@brand.test>',
      inReplyTo: '<earlier@creators.test>',
    });
    expect(sent.accepted).toEqual([mia.address]);
    const client = imap(mia);
    await client.connect();
    try {
      const lock = await client.getMailboxLock('INBOX');
      try {
        let found: { envelope?: { messageId?: string; inReplyTo?: string; subject?: string } } | undefined;
        for (let i = 0; i < 50 && !found; i += 1) {
          for await (const message of client.fetch('1:*', { envelope: true })) found = message;
          if (!found) await new Promise((r) => setTimeout(r, 100));
        }
        expect(found?.envelope).toMatchObject({ messageId: '<draft-1@brand.test>', inReplyTo: '<earlier@creators.test>', subject: 'Your draft' });
      } finally {
        lock.release();
      }
    } finally {
      await client.logout();
    }
  });

  it('names its Sent folder in the language it was given, marked as \\Sent', async () => {
    const client = imap(brand);
    await client.connect();
    try {
      const sent = (await client.list()).find((box) => box.specialUse === '\\Sent');
      expect(sent?.path).toBe('Verzonden');
    } finally {
      await client.logout();
    }
  });

  it('refuses a wrong password on IMAP and SMTP', async () => {
    const wrong = { ...brand, password: 'not-it' };
    await expect(imap(wrong).connect()).rejects.toMatchObject({ authenticationFailed: true });
    await expect(smtp(wrong).sendMail({ from: brand.address, to: mia.address, text: 'x' })).rejects.toMatchObject({ code: 'EAUTH' });
    // Postfix answers a failed login after a pause of its own.
  }, 20_000);

  it('can take the SMTP side down and bring it back, as a server that is away for a while', async () => {
    await servers.stopSmtp();
    await expect(smtp(brand).sendMail({ from: brand.address, to: mia.address, text: 'x' })).rejects.toMatchObject({ code: 'ESOCKET' });
    await servers.startSmtp();
    const sent = await smtp(brand).sendMail({ from: brand.address, to: mia.address, subject: 'Back', text: 'Back again' });
    expect(sent.accepted).toEqual([mia.address]);
  }, 30_000);
});
