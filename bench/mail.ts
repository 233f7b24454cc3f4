/**
 * Mail benchmark: a brand mailbox of 10,000 messages on a real IMAP server (Dovecot on loopback),
 * 2,000 of them to or from 500 known creators. Prints the first sync's time and the process's
 * highest memory while it ran, then the time of a sync with nothing new, beside their targets.
 * Needs root and Debian's dovecot-imapd, dovecot-lmtpd and postfix (as the tests do).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ImapFlow } from 'imapflow';
import { fixedClock } from '../src/main/clock';
import { openRuntime } from '../src/main/runtime';
import { syncMailbox } from '../src/main/services/mail/sync';
import { startMailServers } from '../src/main/testing/mailServers';
import { scaled } from './scale';

const MESSAGES = scaled(10_000);
const FROM_CREATORS = scaled(2_000);
const CREATORS = scaled(500);
const NOW = '2026-11-23T10:00:00.000Z';
const TARGETS = { firstSyncS: 60, incrementalMs: 500 };
const verdict = (ok: boolean) => (ok ? 'OK' : 'OVER');

function mail(i: number, from: string, to: string, subject: string): string {
  // A minute apart, the last a little before now: mail of the collaborations under way.
  const date = new Date(Date.parse(NOW) - (MESSAGES - i + 1) * 60_000).toUTCString();
  // A body of a few kilobytes, as real mail has: what the sync must not hold all at once.
  const body = `Hello,\r\n\r\n${'This is a line of an ordinary message body. '.repeat(60)}\r\n\r\nBest,\r\nSomeone\r\n`;
  return [`From: ${from}`, `To: ${to}`, `Subject: ${subject} ${i}`, `Date: ${date}`, `Message-ID: <bench-${i}@mail.test>`, 'Content-Type: text/plain; charset=utf-8', '', body].join('\r\n');
}

async function main() {
  const brand = { address: 'ana@lumen.test', password: 'bench' };
  const servers = await startMailServers({ users: [brand], sentFolder: 'Sent' });
  const dataDir = mkdtempSync(join(tmpdir(), 'followthrough-bench-mail-'));
  try {
    const runtime = openRuntime({ dataDir, clock: fixedClock(NOW), migrationsFolder: resolve('src/main/db/migrations') });
    for (let c = 1; c <= CREATORS; c += 1) {
      const creator = runtime.dispatch('influencers.create', { name: `Creator ${c}`, email: `creator${c}@creators.test` });
      if (!creator.ok) throw new Error(creator.error.message);
      const deal = runtime.dispatch('collaborations.create', { creatorId: (creator.data as { id: number }).id, stage: 'in_production', feeMinor: 10_000 });
      if (!deal.ok) throw new Error(deal.error.message);
    }
    const every = Math.max(1, Math.floor(MESSAGES / FROM_CREATORS));
    const inbox: string[] = [];
    for (let i = 0; i < MESSAGES; i += 1) {
      const known = i % every === 0;
      const from = known ? `creator${(i % CREATORS) + 1}@creators.test` : `news${i % 300}@shops.test`;
      inbox.push(mail(i, from, brand.address, known ? 'About the video' : 'Deals of the week'));
    }
    servers.deliverFiles(brand.address, 'INBOX', inbox);

    const client = new ImapFlow({ host: servers.host, port: servers.imapsPort, secure: true, tls: { ca: servers.certificatePem }, auth: { user: brand.address, pass: brand.password }, logger: false });
    await client.connect();
    let peak = process.memoryUsage().rss;
    const before = peak;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const start = performance.now();
    const first = await syncMailbox(runtime.ctx, client);
    const firstS = (performance.now() - start) / 1000;
    clearInterval(sampler);
    const logged = first.summary.logged.reduce((n, l) => n + l.count, 0);

    const times: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const t = performance.now();
      await syncMailbox(runtime.ctx, client);
      times.push(performance.now() - t);
    }
    const incremental = [...times].sort((a, b) => a - b)[2]!;
    await client.logout();

    console.log(`Mail benchmark: ${MESSAGES.toLocaleString('en')} messages in the inbox, ${logged.toLocaleString('en')} logged for ${CREATORS} creators`);
    console.log(`  first sync                     ${firstS.toFixed(1)} s  (target < ${TARGETS.firstSyncS} s) ${verdict(firstS < TARGETS.firstSyncS)}`);
    console.log(`  memory while it ran            ${((peak - before) / 1024 / 1024).toFixed(0)} MB above the ${(before / 1024 / 1024).toFixed(0)} MB the process held before (messages fetched in batches of 100)`);
    console.log(`  sync with nothing new          median ${incremental.toFixed(1)} ms  (runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms)  (target < ${TARGETS.incrementalMs} ms) ${verdict(incremental < TARGETS.incrementalMs)}`);
    runtime.close();
  } finally {
    await servers.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
