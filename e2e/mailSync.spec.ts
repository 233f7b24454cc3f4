import { startMailServers, type MailServers } from '../src/main/testing/mailServers';
import { MAIL_TIMEOUT_MS } from '../src/shared/mail/timeouts';
import { cardOf, expect, test } from './fixtures';
import type { Host } from './host';

/*
 * The connected mailbox, read on demand: a creator's reply waiting in the inbox of a real IMAP
 * server is taken by "Sync now" on the Mailbox page, logged on their collaboration, and the card
 * that said "no reply" says it is the brand's turn.
 */

// Dates render in the page's locale and zone; pin both so the expected texts are exact.
test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });
/** The brand wrote on 23 March and heard nothing for two days: past the 24-hour reply time. */
const NOW = '2026-03-25T10:00:00Z';
test.use({ now: NOW });

const brand = { address: 'ana@lumen.test', password: 'app-password-1' };
let servers: MailServers;
test.beforeAll(async () => {
  servers = await startMailServers({ users: [brand], sentFolder: 'Verzonden' });
});
test.afterAll(async () => servers?.stop());

/** Mia's reply, dated after the brand's message and before now. */
const REPLY = [
  'From: Mia Chen <mia@example.com>',
  `To: Ana <${brand.address}>`,
  'Subject: Re: Your Glow serum',
  'Date: Tue, 24 Mar 2026 15:00:00 +0000',
  'Message-ID: <mia-reply-1@example.com>',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Sorry for the wait! Filming this weekend.',
  '',
].join('\r\n');

async function seed(host: Host): Promise<number> {
  expect((await host.call('settings.update', { brandName: 'Lumen Skincare', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' })).ok).toBe(true);
  const creator = await host.call('influencers.create', { name: 'Mia Chen', email: 'mia@example.com' });
  const collab = await host.call('collaborations.create', { creatorId: creator.data!.id, feeMinor: 50_000, currency: 'EUR', stage: 'outreach' });
  const id = collab.data!.id;
  const sent = await host.call('outreach.logSent', { collaborationId: id, channel: 'email', subject: 'Your Glow serum', body: 'How is it going with the serum?', at: '2026-03-23T09:00:00Z' });
  expect(sent.ok).toBe(true);
  return id;
}

async function connect(host: Host) {
  const saved = await host.call('mail.settings.save', { account: servers.accountOf(brand.address, 'Ana'), password: brand.password });
  expect(saved.ok).toBe(true);
}

test('"Sync now" takes a creator’s reply from the inbox: the summary and the status say so, and the card is no longer waiting on them', async ({ page, host }) => {
  const id = await seed(host);
  await connect(host);
  servers.deliverFiles(brand.address, 'INBOX', [REPLY]);

  await page.goto(host.url);
  const card = cardOf(page, 'Mia Chen');
  await expect(card.getByTestId('conversation')).toHaveText('No reply for 2 d');
  await expect(card.locator('[data-health="no_reply"]')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mailbox' }).click();
  const status = page.getByRole('region', { name: 'Mailbox sync' });
  await expect(status.getByTestId('mail-last-sync')).toHaveText('Not synced yet.');
  // The background sync looked at start (no mailbox then) and looks again five minutes later.
  await expect(status).toContainText('Next sync: in 5 minutes (25 Mar 2026, 11:05)');

  await status.getByRole('button', { name: 'Sync now' }).click();
  const summary = status.getByTestId('mail-summary');
  await expect(summary).toContainText('What the sync took in', { timeout: 2 * MAIL_TIMEOUT_MS });
  await expect(summary).toContainText('1 mail read');
  await expect(summary).toContainText('1 message logged on Mia Chen’s collaboration');
  await expect(summary.getByRole('link', { name: 'Open the collaboration' })).toHaveAttribute('href', `#/board/${id}/messages`);
  await expect(status.getByTestId('mail-last-sync')).toHaveText('Last sync: now (25 Mar 2026, 11:00)');
  await expect(status).toContainText('Inbox: INBOX');
  await expect(status).toContainText('Sent folder: Verzonden');
  await expect(status.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  expect((await host.call('mail.status')).data).toMatchObject({ connected: true, syncing: false, lastSyncAt: '2026-03-25T10:00:00.000Z', lastProblem: null, unassigned: 0 });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Board' }).click();
  await expect(card.getByTestId('conversation')).toHaveText('Your turn · they wrote 19 h ago');
  await expect(card.locator('[data-health="no_reply"]')).toHaveCount(0);
  await expect(card.locator('[data-health="on_track"]')).toBeVisible();
});
