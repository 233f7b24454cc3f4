import { ImapFlow } from 'imapflow';
import { startMailServers, type MailServers } from '../src/main/testing/mailServers';
import { MAIL_TIMEOUT_MS } from '../src/shared/mail/timeouts';
import { expect, test } from './fixtures';
import type { Host } from './host';

/*
 * Sending from a card's composer through the connected mailbox (Postfix and Dovecot on loopback):
 * a template with a file of the kit attached reaches the creator's inbox and is logged at once;
 * with the SMTP server away the next message waits in the card's outbox, saying why and when it is
 * tried again, and goes when the brand tries again after the server is back.
 */

// Dates render in the page's locale and zone; pin both so the expected texts are exact.
test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });
const NOW = '2026-06-15T10:00:00Z';
test.use({ now: NOW });

const brand = { address: 'ana@lumen.test', password: 'app-password-1' };
// A user of the test servers, so what is sent to her lands in a mailbox this test can read.
const mia = { address: 'mia@creators.test', password: 'mia-secret' };
const manual = Buffer.from('%PDF-1.4\nGlow serum: two drops in the evening.\n');

let servers: MailServers;
test.beforeAll(async () => {
  servers = await startMailServers({ users: [brand, mia] });
});
test.afterAll(async () => servers?.stop());

async function seed(host: Host): Promise<{ id: number; campaignId: number }> {
  expect((await host.call('settings.update', { brandName: 'Lumen Skincare', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' })).ok).toBe(true);
  const campaignId = (await host.call('campaigns.create', { name: 'Spring glow', product: 'Glow serum', currency: 'EUR' })).data!.id;
  const creator = (await host.call('influencers.create', { name: 'Mia Chen', email: mia.address })).data!;
  const id = (await host.call('collaborations.create', { creatorId: creator.id, campaignId, stage: 'in_production', feeMinor: 100_000, currency: 'EUR' })).data!.id;
  expect((await host.call('materials.add', { campaignId, kind: 'manual', name: 'Manual.pdf', base64: manual.toString('base64') })).ok).toBe(true);
  return { id, campaignId };
}

async function connect(host: Host) {
  const saved = await host.call('mail.settings.save', { account: servers.accountOf(brand.address, 'Ana'), password: brand.password });
  expect(saved.ok).toBe(true);
}

/** The messages in Mia's inbox, as her mail program would list them: subject, and the raw mail. */
async function miasInbox(): Promise<{ subject: string; source: string }[]> {
  const client = new ImapFlow({ host: servers.host, port: servers.imapsPort, secure: true, tls: { ca: servers.certificatePem }, auth: { user: mia.address, pass: mia.password }, logger: false });
  await client.connect();
  try {
    const lock = await client.getMailboxLock('INBOX');
    try {
      const found: { subject: string; source: string }[] = [];
      if (client.mailbox && client.mailbox.exists > 0) {
        for await (const message of client.fetch('1:*', { envelope: true, source: true })) found.push({ subject: message.envelope?.subject ?? '', source: message.source?.toString('utf8') ?? '' });
      }
      return found;
    } finally {
      lock.release();
    }
  } finally {
    await client.logout();
  }
}

test('a message sent from the composer with a kit file reaches the creator and is logged; one sent while the server is away waits in the outbox until tried again', async ({ page, host }) => {
  const { id } = await seed(host);
  await connect(host);
  const checkin = (await host.call('outreach.compose', { collaborationId: id, templateId: 'builtin:warm_checkin.en' })).data!;
  expect(checkin.missing).toEqual([]);

  await page.goto(`${host.url}#/board/${id}/messages`);
  const drawer = page.getByRole('dialog', { name: 'Mia Chen' });
  const log = drawer.getByRole('region', { name: 'Communication log' });
  const logged = log.getByTestId('logged-message');
  const send = drawer.getByRole('button', { name: 'Send', exact: true });
  // The ways without a mailbox stay beside it.
  await expect(drawer.getByRole('button', { name: 'Log as sent' })).toBeVisible();
  await expect(drawer.getByRole('link', { name: 'Open in mail app' })).toBeVisible();

  await drawer.getByRole('combobox', { name: 'Template' }).click();
  await page.getByRole('option', { name: 'Warm check-in', exact: true }).click();
  await expect(drawer.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue(checkin.body.text);
  const attachments = drawer.getByTestId('mail-attachments');
  await attachments.getByRole('checkbox', { name: 'Manual.pdf' }).check();
  await expect(attachments.getByTestId('mail-attachments-total')).toHaveText(`1 file, ${manual.length} byte together`);

  await send.click();
  // Away from the notifications, which stay while hovered.
  await page.mouse.move(0, 0);
  const sentNotice = page.getByText(`Sent to ${mia.address}`);
  await expect(sentNotice).toBeVisible({ timeout: 2 * MAIL_TIMEOUT_MS });
  await expect(drawer.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue('');
  await expect(logged).toHaveCount(1);
  await expect(logged.first()).toContainText('To the creator');
  await expect(logged.first()).toContainText(checkin.subject.text);
  // Delivered into Mia's mailbox, the kit's file attached.
  await expect
    .poll(async () => (await miasInbox()).map((m) => [m.subject, /filename="?Manual\.pdf"?/.test(m.source)]), { timeout: 2 * MAIL_TIMEOUT_MS })
    .toEqual([[checkin.subject.text, true]]);
  await expect(sentNotice).toBeHidden();

  // The server is away: the next message waits in the card's outbox, saying why and when it is tried again.
  await servers.stopSmtp();
  await drawer.getByRole('textbox', { name: 'Subject', exact: true }).fill('Your first draft');
  await drawer.getByRole('textbox', { name: 'Message', exact: true }).fill('Hi Mia, could you send the first draft by Friday? Ana');
  await send.click();
  const refused = `Nothing answers at ${servers.host} on port ${servers.smtpsPort}. Check the server name and the port.`;
  const queuedNotice = page.getByRole('alert').filter({ hasText: 'Waiting in the outbox' });
  await expect(queuedNotice).toContainText(`${refused} It is tried again on 15 Jun 2026, 12:01.`, { timeout: 2 * MAIL_TIMEOUT_MS });
  await expect(drawer.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue('');
  const outbox = drawer.getByRole('region', { name: 'Waiting to be sent' });
  const waiting = outbox.getByRole('article', { name: 'Your first draft' });
  await expect(waiting).toContainText('Waiting');
  await expect(waiting).toContainText(`To Mia Chen <${mia.address}>`);
  await expect(waiting.getByTestId('outbox-problem')).toHaveText(refused);
  await expect(waiting).toContainText('Tried once, last on 15 Jun 2026, 12:00');
  await expect(waiting.getByTestId('outbox-next')).toHaveText('Next try: 15 Jun 2026, 12:01');
  // Not sent, so not in the conversation yet.
  await expect(logged).toHaveCount(1);

  await servers.startSmtp();
  await waiting.getByRole('button', { name: 'Try again now' }).click();
  await expect(page.getByText(`Sent to ${mia.address}`)).toBeVisible({ timeout: 2 * MAIL_TIMEOUT_MS });
  await expect(outbox).toBeHidden();
  await expect(logged).toHaveCount(2);
  await expect(logged.first()).toContainText('Your first draft');
  const entries = (await host.call('mail.outbox.list', { collaborationId: id })).data!;
  expect(entries.map((e) => [e.subject, e.status, e.attempts, e.attachments.map((a) => a.name), e.sentCopy])).toEqual(
    expect.arrayContaining([
      [checkin.subject.text, 'sent', 1, ['Manual.pdf'], 'saved'],
      ['Your first draft', 'sent', 2, [], 'saved'],
    ]),
  );
  expect(entries).toHaveLength(2);
});
