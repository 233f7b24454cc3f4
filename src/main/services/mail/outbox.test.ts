import { eq } from 'drizzle-orm';
import { ImapFlow } from 'imapflow';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../shared/mail/outbox';
import type { MailSyncOutcome } from '../../../shared/mail/sync';
import { mailOutbox } from '../../db/schema';
import { startMailServers, type MailServers } from '../../testing/mailServers';
import { mailWorkspace } from '../../testing/mailWorkspace';
import { OutboxWorker } from '../../workers/outboxWorker';

/*
 * Sending from the composer through a real mail server on loopback (Postfix delivering to
 * Dovecot), the outbox while the server is down, and a send cut off mid-way.
 */

const brand = { address: 'ana@lumen.test', password: 'app-password' };
const mia = { address: 'mia@example.com', password: 'mia-password' };
let servers: MailServers;
let w: ReturnType<typeof mailWorkspace>;

beforeAll(async () => {
  servers = await startMailServers({ users: [brand, mia], sentFolder: 'Verzonden' });
}, 30_000);
afterAll(async () => servers?.stop(), 30_000);

beforeEach(() => {
  w = mailWorkspace('2026-03-10T12:00:00.000Z');
});
afterEach(() => w.ctx.cleanup());


function connect(password = brand.password) {
  const saved = w.dispatch('mail.settings.save', { account: servers.accountOf(brand.address, 'Ana at Lumen'), password });
  if (saved instanceof Promise || !saved.ok) throw new Error(`mail.settings.save: ${JSON.stringify(saved)}`);
}

async function send(input: Record<string, unknown>): Promise<OutboxEntry> {
  const result = await w.dispatch('mail.send', { collaborationId: w.miaDeal, ...input });
  if (!result.ok) throw new Error(`mail.send: ${result.error.message}`);
  return result.data as OutboxEntry;
}

/** The mails in a user's folder that carry this Message-ID, with their headers and attachments' names. */
async function found(user: { address: string; password: string }, folder: string, messageId: string) {
  const client = new ImapFlow({ host: servers.host, port: servers.imapsPort, secure: true, tls: { ca: servers.certificatePem }, auth: { user: user.address, pass: user.password }, logger: false });
  await client.connect();
  try {
    const lock = await client.getMailboxLock(folder);
    try {
      const uids = (await client.search({ header: { 'message-id': messageId } }, { uid: true })) || [];
      const mails: string[] = [];
      for (const uid of uids) {
        const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
        if (message && message.source) mails.push(message.source.toString('utf8'));
      }
      return mails;
    } finally {
      lock.release();
    }
  } finally {
    await client.logout();
  }
}

/** Delivery to the creator's mailbox goes through Postfix's queue: it takes a moment. */
async function arrived(messageId: string): Promise<string[]> {
  for (let i = 0; i < 100; i++) {
    const mails = await found(mia, 'INBOX', messageId);
    if (mails.length > 0) return mails;
    await new Promise((r) => setTimeout(r, 100));
  }
  return [];
}

const outbox = () => w.api.ok('mail.outbox.list', {}) as OutboxEntry[];

describe('mail.send', () => {
  it('sends the composer’s message on the thread, logs it at once, files it in the Sent folder, and a sync does not log it again', async () => {
    connect();
    const reply = ['From: Mia Chen <mia@example.com>', `To: ${brand.address}`, 'Subject: The video', 'Date: Mon, 09 Mar 2026 17:30:00 +0000', 'Message-ID: <reply-1@example.com>', '', 'Filming tomorrow!', ''].join('\r\n');
    await w.importMail([['reply.eml', reply]]);
    const sent = await send({ body: 'Lovely, thank you Mia! Anything you need from us?', kind: 'warm_checkin' });

    expect(sent).toMatchObject({ status: 'sent', to: 'mia@example.com', subject: 'Re: The video', inReplyTo: '<reply-1@example.com>', attempts: 1, sentAt: '2026-03-10T12:00:00.000Z', sentCopy: 'saved', problem: null });
    expect(sent.messageId).toMatch(/^<ft\.[0-9a-z]+\.[0-9a-f]{20}@lumen\.test>$/);
    const logged = w.messages(w.miaDeal).at(-1)!;
    expect(logged).toMatchObject({ id: sent.eventId, at: '2026-03-10T12:00:00.000Z', data: { direction: 'brand_to_creator', channel: 'email', subject: 'Re: The video', kind: 'warm_checkin' } });
    // The reply clock runs from the mail just sent.
    expect(w.card(w.miaDeal)).toMatchObject({ waitingOn: 'creator', waitingSince: '2026-03-10T12:00:00.000Z', lastContactAt: '2026-03-10T12:00:00.000Z' });

    const [delivered] = await arrived(sent.messageId);
    expect(delivered).toContain('In-Reply-To: <reply-1@example.com>');
    expect(delivered).toContain('References: <reply-1@example.com>');
    expect(delivered).toContain('From: Ana at Lumen <ana@lumen.test>');
    expect(await found(brand, 'Verzonden', sent.messageId)).toHaveLength(1);

    const synced = await w.dispatch('mail.sync', {});
    expect(synced.ok && (synced.data as MailSyncOutcome).ok).toBe(true);
    expect(w.messages(w.miaDeal)).toHaveLength(2);
  }, 30_000);

  it('attaches files of the campaign’s kit, and refuses one of another campaign', async () => {
    connect();
    const campaign = w.api.ok('campaigns.create', { name: 'Spring lamp', currency: 'EUR' }).id;
    const other = w.api.ok('campaigns.create', { name: 'Autumn', currency: 'EUR' }).id;
    const deal = w.api.ok('collaborations.create', { creatorId: w.mia, campaignId: campaign, stage: 'in_production', feeMinor: 40_000 }).id;
    const add = (campaignId: number, name: string) =>
      w.api.ok('materials.add', { campaignId, kind: 'manual', name, base64: Buffer.from(`%PDF-1.4 ${name}\n`).toString('base64') }).id;
    const manual = add(campaign, 'Lamp manual.pdf');
    const elsewhere = add(other, 'Autumn story.pdf');

    const refused = await w.dispatch('mail.send', { collaborationId: deal, body: 'The kit is attached.', materialIds: [manual, elsewhere] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', issues: [{ path: ['materialIds', 1], message: '“Autumn story.pdf” is in another campaign’s kit; attach files of this collaboration’s campaign' }] } });
    expect(outbox()).toEqual([]);

    const sent = await send({ collaborationId: deal, subject: 'Your kit', body: 'The kit is attached.', materialIds: [manual] });
    expect(sent).toMatchObject({ status: 'sent', attachments: [{ materialId: manual, name: 'Lamp manual.pdf' }] });
    const [delivered] = await arrived(sent.messageId);
    expect(delivered).toMatch(/Content-Disposition: attachment;\s+filename="Lamp manual\.pdf"/);
  }, 30_000);

  it('refuses without a connected mailbox, or a creator without an address, and keeps nothing', async () => {
    expect(await w.dispatch('mail.send', { collaborationId: w.miaDeal, body: 'Hi' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Connect a mailbox first (Settings → Mailbox)' } });
    connect();
    const noAddress = w.api.ok('influencers.create', { name: 'Sam', handles: [{ platform: 'instagram', handle: '@sam' }] }).id;
    const deal = w.api.ok('collaborations.create', { creatorId: noAddress, stage: 'outreach' }).id;
    expect(await w.dispatch('mail.send', { collaborationId: deal, body: 'Hi' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Sam has no email address; add one on the creator’s page to send from here' } });
    expect(outbox()).toEqual([]);
  });
});

describe('the outbox', () => {
  it('keeps a mail while the server is down, tries it again after its pause, and sends it once', async () => {
    connect();
    await servers.stopSmtp();
    let queued: OutboxEntry;
    try {
      queued = await send({ subject: 'Checking in', body: 'Hi Mia, how is it going?' });
      expect(queued).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAt: '2026-03-10T12:01:00.000Z', problem: { code: 'unreachable', reason: 'refused' }, eventId: null });
      expect(w.messages(w.miaDeal)).toEqual([]);
      const worker = new OutboxWorker({ ctx: w.ctx, retry: async () => w.dispatch('mail.outbox.retry', {}) });
      // Its pause is not over: the worker leaves it.
      await worker.round();
      expect(outbox()[0]).toMatchObject({ status: 'queued', attempts: 1 });
      await servers.startSmtp();
      w.ctx.clock.advance(60_000);
      await worker.round();
    } finally {
      await servers.startSmtp();
    }
    expect(outbox()[0]).toMatchObject({ id: queued.id, status: 'sent', attempts: 2, sentAt: '2026-03-10T12:01:00.000Z', problem: null });
    expect(w.messages(w.miaDeal)).toHaveLength(1);
    expect(await arrived(queued.messageId)).toHaveLength(1);
    // Tried again by hand after it went: refused, nothing sent twice.
    expect(await w.dispatch('mail.outbox.retry', { id: queued.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'This message was already sent; nothing changed.' } });
  }, 60_000);

  it('never sends a cancelled mail', async () => {
    // Another hour than the other tests' mails, which the creator's mailbox keeps: each Message-ID is the workspace's moment's own.
    w.ctx.clock.advance(7_200_000);
    connect();
    await servers.stopSmtp();
    let queued: OutboxEntry;
    try {
      queued = await send({ subject: 'Never mind', body: 'Hi Mia, please ignore this one.' });
      expect(w.api.ok('mail.outbox.cancel', { id: queued.id })).toMatchObject({ status: 'cancelled', nextAttemptAt: null });
      expect(w.dispatch('mail.outbox.cancel', { id: queued.id })).toMatchObject({ ok: false, error: { message: 'This message was already cancelled; nothing changed.' } });
    } finally {
      await servers.startSmtp();
    }
    w.ctx.clock.advance(3_600_000);
    expect(await w.dispatch('mail.outbox.retry', {})).toMatchObject({ ok: true, data: [] });
    expect(await found(mia, 'INBOX', queued.messageId)).toEqual([]);
  }, 30_000);

  it('waits with the reason when the password is refused', async () => {
    connect('wrong-password');
    const queued = await send({ subject: 'Hello', body: 'Hi Mia!' });
    expect(queued).toMatchObject({ status: 'queued', problem: { code: 'auth_failed' } });
  }, 30_000);

  it('looks for a mail cut off mid-way in the Sent folder: found, it is logged as sent; not found, it waits for the brand and is not sent again', async () => {
    connect();
    await servers.stopSmtp();
    let first: OutboxEntry;
    let second: OutboxEntry;
    try {
      first = await send({ subject: 'One', body: 'Hi Mia, one.' });
      second = await send({ subject: 'Two', body: 'Hi Mia, two.' });
    } finally {
      await servers.startSmtp();
    }
    // As a process that stopped while handing them over leaves them.
    w.ctx.db.update(mailOutbox).set({ status: 'sending', nextAttemptAt: null }).where(eq(mailOutbox.status, 'queued')).run();
    const client = new ImapFlow({ host: servers.host, port: servers.imapsPort, secure: true, tls: { ca: servers.certificatePem }, auth: { user: brand.address, pass: brand.password }, logger: false });
    await client.connect();
    await client.append('Verzonden', ['From: ana@lumen.test', 'To: mia@example.com', 'Subject: One', 'Date: Tue, 10 Mar 2026 12:00:00 +0000', `Message-ID: ${first.messageId}`, '', 'Hi Mia, one.', ''].join('\r\n'));
    await client.logout();

    const settled = await w.dispatch('mail.outbox.retry', {});
    expect(settled.ok).toBe(true);
    const byId = new Map(outbox().map((e) => [e.id, e]));
    expect(byId.get(first.id)).toMatchObject({ status: 'sent', sentCopy: 'saved' });
    expect(byId.get(second.id)).toMatchObject({ status: 'failed', problem: { code: 'interrupted' } });
    expect(w.messages(w.miaDeal).map((m) => m.data)).toMatchObject([{ subject: 'One' }]);
    expect(await found(mia, 'INBOX', second.messageId)).toEqual([]);
    // The brand decides: sent again by hand, it goes.
    const again = await w.dispatch('mail.outbox.retry', { id: second.id });
    expect(again).toMatchObject({ ok: true, data: [{ status: 'sent' }] });
  }, 60_000);
});
