import { ImapFlow } from 'imapflow';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MailStatus, MailSyncOutcome } from '../../../shared/mail/sync';
import { fakeTimers } from '../../testing/fakeTimers';
import { startMailServers, type MailServers } from '../../testing/mailServers';
import { mailWorkspace } from '../../testing/mailWorkspace';
import { MailSyncWorker } from '../../workers/mailSyncWorker';

/*
 * "Sync now" and the background sync, through the API, against a real mailbox (Dovecot on
 * loopback with its own certificate, which the brand chose to trust).
 */

const brand = { address: 'ana@lumen.test', password: 'app-password' };
let servers: MailServers;
let w: ReturnType<typeof mailWorkspace>;

beforeAll(async () => {
  servers = await startMailServers({ users: [brand], sentFolder: 'Verzonden' });
  const client = new ImapFlow({ host: servers.host, port: servers.imapsPort, secure: true, tls: { ca: servers.certificatePem }, auth: { user: brand.address, pass: brand.password }, logger: false });
  await client.connect();
  const mail = (from: string, subject: string, id: string) =>
    [`From: ${from}`, `To: ${brand.address}`, `Subject: ${subject}`, 'Date: Mon, 09 Mar 2026 17:30:00 +0000', `Message-ID: ${id}`, '', 'Filming tomorrow!', ''].join('\r\n');
  await client.append('INBOX', mail('Mia Chen <mia@example.com>', 'The video', '<reply-1@example.com>'));
  await client.append('INBOX', mail('deals@shop.test', 'Deals', '<deals-1@shop.test>'));
  await client.logout();
}, 30_000);
afterAll(async () => servers?.stop(), 30_000);

beforeEach(() => {
  w = mailWorkspace('2026-03-10T12:00:00.000Z');
});
afterEach(() => w.ctx.cleanup());


function connect(password: string) {
  const saved = w.dispatch('mail.settings.save', { account: servers.accountOf(brand.address, 'Ana'), password });
  if (saved instanceof Promise || !saved.ok) throw new Error(`mail.settings.save: ${JSON.stringify(saved)}`);
}

async function syncOutcome(): Promise<MailSyncOutcome> {
  const result = await w.dispatch('mail.sync', {});
  if (!result.ok) throw new Error(`mail.sync: ${result.error.message}`);
  return result.data as MailSyncOutcome;
}

const status = () => w.api.ok('mail.status', {}) as MailStatus;

describe('mail.sync and mail.status', () => {
  it('refuses to sync before a mailbox is connected, in words', async () => {
    const result = await w.dispatch('mail.sync', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: 'Connect a mailbox first (Settings → Mailbox)' } });
    expect(status()).toMatchObject({ connected: false, syncing: false, lastSyncAt: null, folders: [] });
  });

  it('reads the connected mailbox: the creator reply is logged, and the status says when and how far', async () => {
    connect(brand.password);
    const outcome = await syncOutcome();
    expect(outcome).toMatchObject({ ok: true, result: { summary: { logged: [{ collaborationId: w.miaDeal, count: 1 }] } } });
    expect(w.messages(w.miaDeal).map((e) => e.data)).toEqual([expect.objectContaining({ direction: 'creator_to_brand', subject: 'The video' })]);
    expect(status()).toMatchObject({
      connected: true,
      syncing: false,
      lastSyncAt: '2026-03-10T12:00:00.000Z',
      lastProblem: null,
      folders: [
        { role: 'inbox', path: 'INBOX', lastUid: 2, total: 2 },
        { role: 'sent', path: 'Verzonden', lastUid: 0, total: 0 },
      ],
    });
  }, 20_000);

  it('says what is wrong when the password is, keeps it for Settings, and forgets it once a sync works again', async () => {
    connect('not-the-password');
    expect(await syncOutcome()).toMatchObject({ ok: false, problem: { code: 'auth_failed', appPasswordNeeded: false } });
    expect(status().lastProblem).toMatchObject({ at: '2026-03-10T12:00:00.000Z', problem: { code: 'auth_failed' } });
    expect(w.messages(w.miaDeal)).toEqual([]);
    connect(brand.password);
    expect(await syncOutcome()).toMatchObject({ ok: true });
    expect(status().lastProblem).toBeNull();
  }, 20_000);

  it('the background worker syncs at start and on its timer, and does nothing while no mailbox is connected', async () => {
    const timers = fakeTimers();
    let syncs = 0;
    const worker = new MailSyncWorker({ ctx: w.ctx, clock: w.ctx.clock, timers: timers.timers, sync: async () => ((syncs += 1), w.dispatch('mail.sync', {})) });
    await worker.round();
    expect(syncs).toBe(0);
    connect(brand.password);
    worker.start();
    expect(timers.intervals.map((t) => t.ms)).toEqual([300_000]);
    await worker.round();
    expect(w.messages(w.miaDeal)).toHaveLength(1);
    expect(status().nextSyncAt).toBe('2026-03-10T12:05:00.000Z');
    worker.stop();
    expect(status().nextSyncAt).toBeNull();
  }, 20_000);
});
