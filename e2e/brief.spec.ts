import { expect, test } from './fixtures';

/*
 * The creative brief: the campaign's, checked while it is typed; one field changed for one creator
 * on the card; the page the creator gets, in their language, as a Word file.
 */

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 }, now: '2026-03-05T10:00:00Z' });

test('a campaign brief is checked as it is typed; a card changes one field for its creator and exports the brief', async ({ page, host }) => {
  await host.call('settings.update', { brandName: 'Lumen', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const creatorId = (await host.call('influencers.create', { name: 'Mia Janssen', region: 'EU', language: 'nl' })).data!.id;
  const campaignId = (await host.call('campaigns.create', { name: 'Spring glow', product: 'Glow serum' })).data!.id;
  const id = (await host.call('collaborations.create', { creatorId, campaignId, feeMinor: 50_000, publishBy: '2026-04-10' })).data!.id;

  await page.goto(`${host.url}#/campaigns/${campaignId}`);
  await page.getByRole('button', { name: 'Brief', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Campaign brief' });
  const check = dialog.getByTestId('brief-check');
  await expect(check).toContainText('No length');
  await expect(check).toContainText('No selling points');
  await dialog.getByRole('textbox', { name: 'Length' }).fill('60–90 seconds');
  await dialog.getByRole('combobox', { name: 'Key selling points (must say)' }).fill('Lasts all day');
  await dialog.getByRole('combobox', { name: 'Key selling points (must say)' }).press('Enter');
  await dialog.getByRole('textbox', { name: 'Who to ask' }).fill('Ana');
  await expect(check).toContainText('The brief check found nothing missing.');
  await dialog.getByRole('button', { name: 'Save brief' }).click();
  await expect(dialog).toBeHidden();

  await page.goto(`${host.url}#/board/${id}/brief`);
  const panel = page.getByTestId('brief-panel');
  await expect(panel.getByRole('table', { name: 'Dates in the brief' })).toContainText('10 Apr 2026');
  const length = panel.locator('input[data-field="length"]');
  await expect(length).toHaveValue('60–90 seconds');
  await expect(length).toBeDisabled();
  await panel.locator('input[data-own="length"]').check();
  await length.fill('30 seconds');
  await panel.getByRole('button', { name: 'Save brief' }).click();
  await expect.poll(async () => (await host.call('briefs.get', { collaborationId: id })).data!.overridden).toEqual(['length']);

  const downloading = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Word (.docx)' }).click();
  expect((await downloading).suggestedFilename()).toBe('brief-mia-janssen-2026-03-05.docx');
  const { html } = (await host.call('briefs.render', { collaborationId: id })).data!;
  expect(html).toContain('Jouw data');
  expect(html).toContain('30 seconds');
});
