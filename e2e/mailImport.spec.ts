import { expect, test } from './fixtures';

/*
 * Mail without a connection: a mailbox export dropped on the Mailbox page logs the creator's mail
 * on her card; a mail from an agency naming her handle waits until the brand places it ("is this
 * …?"), after which the agency's address is hers. An .eml dropped on the card's Messages tab goes
 * to that card.
 */

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 }, now: '2026-03-05T10:00:00Z' });

const MBOX = [
  'From ana@lumen.example Mon Mar  2 09:00:00 2026',
  'From: Ana Lopez <ana@lumen.example>',
  'To: Mia Chen <mia@example.com>',
  'Subject: Spring kitchen launch',
  'Date: Mon, 02 Mar 2026 10:00:00 +0100',
  'Message-ID: <brand-1@lumen.example>',
  '',
  'Hi Mia, would you film one reel with our skillet?',
  '',
  'From mia@example.com Wed Mar  4 17:30:00 2026',
  'From: Mia Chen <mia@example.com>',
  'To: Ana Lopez <ana@lumen.example>',
  'Subject: Re: Spring kitchen launch',
  'Date: Wed, 04 Mar 2026 18:30:00 +0100',
  'Message-ID: <reply-1@mail.example.com>',
  'In-Reply-To: <brand-1@lumen.example>',
  '',
  'Yes, I would love to!',
  '',
  'On Mon, 2 Mar 2026 at 10:00, Ana Lopez <ana@lumen.example> wrote:',
  '> Hi Mia, would you film one reel with our skillet?',
  '',
  'From bookings@talent.example Wed Mar  4 12:00:00 2026',
  'From: Talent Bookings <bookings@talent.example>',
  'To: ana@lumen.example',
  'Subject: Rates for @mia.makes',
  'Date: Wed, 04 Mar 2026 12:00:00 +0000',
  'Message-ID: <rates-42@talent.example>',
  '',
  'Hello, we now represent @mia.makes.',
  '',
  'From news@kitchenweekly.example Wed Mar  4 07:00:00 2026',
  'From: Kitchen Weekly <news@kitchenweekly.example>',
  'To: ana@lumen.example',
  'Subject: This week’s recipes',
  'Date: Wed, 04 Mar 2026 07:00:00 +0000',
  'Message-ID: <issue-311@kitchenweekly.example>',
  '',
  'Ten weeknight dinners in one pan.',
  '',
].join('\n');

test('an .mbox on the Mailbox page logs the creator’s mail on her card; the agency’s mail is placed by hand, and an .eml on the card goes to the card', async ({ page, host }) => {
  await host.call('settings.update', { brandName: 'Lumen', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const mia = (await host.call('influencers.create', { name: 'Mia Chen', email: 'mia@example.com', handles: [{ platform: 'instagram', handle: '@mia.makes' }] })).data!.id;
  const id = (await host.call('collaborations.create', { creatorId: mia, stage: 'outreach', feeMinor: 40_000 })).data!.id;

  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mailbox' }).click();
  await page.getByLabel('Choose mail files').setInputFiles({ name: 'Inbox.mbox', mimeType: 'application/mbox', buffer: Buffer.from(MBOX) });
  const summary = page.getByTestId('mail-summary');
  await expect(summary).toContainText('4 mails read');
  await expect(summary).toContainText('2 messages logged on Mia Chen’s collaboration');
  await expect(summary).toContainText('1 waits to be placed');
  await expect(summary).toContainText('1 was not from or to a creator, left out');

  const waiting = page.getByTestId('unassigned-mail');
  await expect(waiting).toHaveCount(1);
  await expect(waiting).toContainText('Is this Mia Chen?');
  await expect(waiting.getByRole('combobox', { name: 'Place on' })).toHaveValue('Mia Chen · Outreach');
  await expect(waiting.getByRole('checkbox', { name: 'Remember bookings@talent.example as Mia Chen’s address' })).toBeChecked();
  await waiting.getByRole('button', { name: 'Place' }).click();
  await expect(page.getByText('Nothing is waiting to be placed.')).toBeVisible();
  expect((await host.call('influencers.get', { id: mia })).data!.otherEmails).toEqual(['bookings@talent.example']);
  // Her reply came last: the brand's turn.
  const card = (await host.call('collaborations.board', {})).data!.cards.find((c) => c.id === id)!;
  expect(card.waitingOn).toBe('brand');

  await page.goto(`${host.url}#/board/${id}/messages`);
  const eml = ['From: Mia Chen <mia@example.com>', 'To: ana@lumen.example', 'Subject: Draft', 'Date: Thu, 05 Mar 2026 09:00:00 +0000', 'Message-ID: <draft-1@example.com>', '', 'The draft is ready.', ''].join('\r\n');
  await page.getByRole('dialog').getByLabel('Choose mail files').setInputFiles({ name: 'Draft.eml', mimeType: 'message/rfc822', buffer: Buffer.from(eml) });
  await expect(page.getByRole('dialog').getByTestId('mail-summary')).toContainText('1 message logged on Mia Chen’s collaboration');
  const messages = (await host.call('events.list', { collaborationId: id })).data!.filter((e) => e.type === 'message');
  expect(messages.map((m) => m.externalId?.id)).toEqual(['<draft-1@example.com>', '<rates-42@talent.example>', '<reply-1@mail.example.com>', '<brand-1@lumen.example>']);
});
