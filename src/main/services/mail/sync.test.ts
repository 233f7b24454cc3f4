import { ImapFlow } from 'imapflow';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MailSyncProgress } from '../../../shared/mail/sync';
import { startMailServers, type MailServers } from '../../testing/mailServers';
import { mailWorkspace } from '../../testing/mailWorkspace';
import { syncMailbox } from './sync';

/*
 * A sync against a real IMAP server (Dovecot on loopback): the brand's inbox and its Sent folder,
 * here called "Verzonden", as a Dutch mail program names it.
 */

const brand = { address: 'ana@lumen.test', password: 'app-password' };
let servers: MailServers;
let w: ReturnType<typeof mailWorkspace>;
let client: ImapFlow;
let serial = 0;

beforeAll(async () => {
  servers = await startMailServers({ users: [brand], sentFolder: 'Verzonden' });
}, 30_000);
afterAll(async () => servers?.stop(), 30_000);

beforeEach(async () => {
  w = mailWorkspace('2026-03-10T12:00:00.000Z');
  client = new ImapFlow({ host: servers.host, port: servers.imapsPort, secure: true, tls: { ca: servers.certificatePem }, auth: { user: brand.address, pass: brand.password }, logger: false });
  await client.connect();
  // Each test starts from an empty mailbox.
  for (const path of ['INBOX', 'Verzonden']) {
    const lock = await client.getMailboxLock(path);
    try {
      if ((client.mailbox || { exists: 0 }).exists > 0) await client.messageDelete('1:*');
    } finally {
      lock.release();
    }
  }
});
afterEach(async () => {
  await client.logout();
  w.ctx.cleanup();
});

/** A mail as a mail program stores it; returns its Message-ID. */
async function put(path: string, m: { from: string; to: string; subject: string; text: string; date: string; inReplyTo?: string; id?: string }): Promise<string> {
  serial += 1;
  const id = m.id ?? `<m${serial}@lumen.test>`;
  const raw = [`From: ${m.from}`, `To: ${m.to}`, `Subject: ${m.subject}`, `Date: ${new Date(m.date).toUTCString()}`, `Message-ID: ${id}`, ...(m.inReplyTo ? [`In-Reply-To: ${m.inReplyTo}`] : []), 'Content-Type: text/plain; charset=utf-8', '', m.text, ''].join('\r\n');
  await client.append(path, raw, ['\\Seen'], new Date(m.date));
  return id;
}

const sync = (progress?: MailSyncProgress[]) => syncMailbox(w.ctx, client, { onProgress: (p) => progress?.push(p) });

describe('syncing the brand mailbox', () => {
  it('logs what the brand sent and the creator answered, turning "no reply" into "your turn", and leaves other mail alone', async () => {
    const asked = await put('Verzonden', { from: brand.address, to: 'mia@example.com', subject: 'Your video', text: 'How is it going?', date: '2026-03-05T09:00:00Z' });
    await put('INBOX', { from: 'news@shop.test', to: brand.address, subject: 'Weekly deals', text: 'Buy now', date: '2026-03-06T09:00:00Z' });
    const progress: MailSyncProgress[] = [];
    const first = await sync(progress);
    expect(first.folders).toEqual([
      { role: 'inbox', path: 'INBOX', fetched: 0, seen: 1, renumbered: false },
      { role: 'sent', path: 'Verzonden', fetched: 1, seen: 1, renumbered: false },
    ]);
    expect(w.card(w.miaDeal)).toMatchObject({ waitingOn: 'creator', health: 'no_reply' });
    expect(progress.at(-1)).toEqual({ role: 'sent', done: 1, total: 1 });

    await put('INBOX', { from: 'Mia Chen <mia@example.com>', to: brand.address, subject: 'Re: Your video', text: 'Filming tomorrow!', date: '2026-03-09T17:30:00Z', inReplyTo: asked });
    const second = await sync();
    expect(second.summary.logged).toEqual([{ collaborationId: w.miaDeal, creatorId: w.mia, creatorName: 'Mia Chen', count: 1 }]);
    expect(w.card(w.miaDeal)).toMatchObject({ waitingOn: 'brand', waitingSince: '2026-03-09T17:30:00.000Z' });
    expect(w.messages(w.miaDeal).map((e) => e.data)).toEqual([
      expect.objectContaining({ direction: 'brand_to_creator', subject: 'Your video', text: 'How is it going?' }),
      expect.objectContaining({ direction: 'creator_to_brand', subject: 'Re: Your video', text: 'Filming tomorrow!' }),
    ]);
  }, 20_000);

  it('looks only at what is new: a sync with nothing new fetches nothing', async () => {
    await put('INBOX', { from: 'mia@example.com', to: brand.address, subject: 'Hi', text: 'Hello', date: '2026-03-05T09:00:00Z' });
    expect((await sync()).summary.logged).toHaveLength(1);
    const again = await sync();
    expect(again.folders.map((f) => [f.seen, f.fetched])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect(again.summary.read).toBe(0);
    expect(w.messages(w.miaDeal)).toHaveLength(1);
  }, 20_000);

  it('reads a renumbered folder again from the start without logging anything twice', async () => {
    const mail = { from: brand.address, to: 'lin@example.cn', subject: '合作细节', text: '请看附件', date: '2026-03-05T09:00:00Z', id: '<rebuilt-1@lumen.test>' };
    await put('Verzonden', mail);
    await sync();
    expect(w.messages(w.linDeal)).toHaveLength(1);
    // A server that rebuilt the folder gives it a new UIDVALIDITY and numbers its mail anew.
    await client.mailboxDelete('Verzonden');
    await client.mailboxCreate('Verzonden');
    await put('Verzonden', mail);
    await put('Verzonden', { ...mail, subject: '再确认一下', id: '<rebuilt-2@lumen.test>', date: '2026-03-06T09:00:00Z' });
    const after = await sync();
    expect(after.folders.find((f) => f.role === 'sent')).toMatchObject({ renumbered: true, fetched: 2 });
    expect(after.summary).toMatchObject({ alreadyLogged: 1, logged: [expect.objectContaining({ collaborationId: w.linDeal, count: 1 })] });
    expect(w.messages(w.linDeal).map((e) => e.data)).toEqual([expect.objectContaining({ subject: '合作细节' }), expect.objectContaining({ subject: '再确认一下' })]);
  }, 20_000);

  it('resumes after a sync cut off: the batches already taken are not taken again', async () => {
    for (let i = 1; i <= 3; i += 1) await put('INBOX', { from: 'mia@example.com', to: brand.address, subject: `Update ${i}`, text: `Part ${i}`, date: `2026-03-0${i + 4}T09:00:00Z` });
    await sync();
    // As if the app had stopped before recording its place: the next sync reads the folder again.
    w.ctx.db.$client.prepare(`UPDATE mail_folders SET last_uid = 0 WHERE role = 'inbox'`).run();
    const again = await sync();
    expect(again.summary).toMatchObject({ read: 3, alreadyLogged: 3, logged: [] });
    expect(w.messages(w.miaDeal)).toHaveLength(3);
  }, 20_000);
});
