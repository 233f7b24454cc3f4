import { expect, test } from './fixtures';

/* The check-in rhythm: set on the campaign's page, refused at the field when the numbers are wrong, and a check-in reminder that opens the right message. */

// 11:00 in Amsterdam on Tuesday 10 March; the product arrived on Monday 2 March.
test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam', now: '2026-03-10T10:00:00Z' });

test('a campaign sets its check-in rhythm, and a due check-in leads to the check-in message', async ({ page, host }) => {
  await host.call('settings.update', { brandName: 'Lumen', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const campaign = (await host.call('campaigns.create', { name: 'Spring glow', currency: 'EUR' })).data!;
  const creator = (await host.call('influencers.create', { name: 'Mia Chen' })).data!;
  await host.call('collaborations.create', { creatorId: creator.id, campaignId: campaign.id, feeMinor: 100_000, currency: 'EUR', product: 'Glow serum', stage: 'in_production', productReceivedOn: '2026-03-02' });

  await page.goto(`${host.url}#/campaigns/${campaign.id}`);
  const editor = page.getByRole('region', { name: 'Check-in rhythm' });
  await expect(editor.getByTestId('cadence-origin')).toHaveText('Default rhythm');
  const first = editor.getByRole('textbox', { name: 'First check-in' });
  const every = editor.getByRole('textbox', { name: 'Then every' });
  await expect(first).toHaveValue('1');
  await expect(every).toHaveValue('7');

  // A rhythm of every 0 days is refused at its field, and nothing is stored.
  await every.fill('0');
  await editor.getByRole('button', { name: 'Save rhythm' }).click();
  await expect(every).toHaveAccessibleDescription(/Check in every 1 to 60 days/);
  expect((await host.call('cadence.get', { campaignId: campaign.id })).data).toMatchObject({ isDefault: true, cadence: { everyDays: 7 } });

  await every.fill('14');
  await editor.getByRole('button', { name: 'Save rhythm' }).click();
  await expect(editor.getByTestId('cadence-origin')).toHaveText('Set for this campaign');
  expect((await host.call('cadence.get', { campaignId: campaign.id })).data).toEqual({ campaignId: campaign.id, cadence: { enabled: true, firstAfterArrivalDays: 1, everyDays: 14 }, isDefault: false });

  // The first check-in (3 March) is still unanswered: it rings the bell and its follow-up writes the check-in message.
  expect((await host.call('notifications.check')).ok).toBe(true);
  await page.getByRole('button', { name: /^Reminders, \d+ unread$/ }).click();
  const reminder = page.getByRole('dialog', { name: 'Reminders' }).getByTestId('reminder').filter({ hasText: 'Check in with Mia Chen: how is it going?' });
  await expect(reminder).toContainText('The product arrived on 2 Mar 2026.');
  await reminder.getByRole('button', { name: 'Follow up' }).click();
  const drawer = page.getByRole('dialog', { name: 'Mia Chen' });
  await expect(drawer.getByRole('tab', { name: 'Messages' })).toHaveAttribute('aria-selected', 'true');
  await expect(drawer.getByRole('textbox', { name: 'Subject', exact: true })).toHaveValue('Quick hello: how’s it going?');
  await expect(drawer.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue(/^Hi Mia Chen,\n/);
  await expect(drawer.getByTestId('suggestion')).toContainText('Suggested: Regular check-in');
});
