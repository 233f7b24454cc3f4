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

test('a brief with every field filled prints on one A4 page in each language, and side by side on two', async ({ page, host }) => {
  await host.call('settings.update', { brandName: 'Lumen Skincare', senderName: 'Ana de Vries' });
  const campaignId = (await host.call('campaigns.create', { name: 'Spring glow', product: 'Glow serum', currency: 'EUR' })).data!.id;
  const creatorId = (await host.call('influencers.create', { name: 'Mia Chen', email: 'mia@example.com' })).data!.id;
  const id = (await host.call('collaborations.create', { creatorId, campaignId, stage: 'in_production', feeMinor: 100_000, publishBy: '2026-04-10' })).data!.id;
  const saved = await host.call('briefs.save', {
    campaignId,
    content: {
      product: 'Glow serum, 30 ml: a light vitamin C serum for the evening routine, for dull or tired skin. Two drops after cleansing.',
      mustSay: ['Visible glow after two weeks of evening use', 'Fragrance-free and suitable for sensitive skin', 'Made in the Netherlands, vegan, recyclable glass bottle', 'Code MIA15 gives 15% off until 31 July'],
      mustNot: ['No medical claims (it does not cure acne or eczema)', 'Do not compare with other brands by name', 'No before/after photos edited with filters'],
      format: 'One Instagram Reel and three Stories on the same day',
      length: 'Reel 45–60 seconds; Stories 10–15 seconds each',
      style: 'Calm, honest and personal: your own evening routine at home, daylight or warm lamp light, no studio look.',
      references: ['https://www.instagram.com/reel/example1', 'https://www.instagram.com/reel/example2'],
      brandElements: 'Show the bottle with the label facing the camera at least once; our logo sticker in the first Story.',
      tags: ['@lumenskincare', '#glowserum', '#eveningroutine'],
      links: ['https://lumen.example/glow?ref=mia'],
      disclosure: 'Start the caption with “Ad” / “Advertentie” and use Instagram’s paid partnership label.',
      contactName: 'Ana de Vries',
      contactDetail: 'ana@lumen.example, +31 6 1234 5678 (WhatsApp)',
      draftHandIn: 'Send the draft Reel as a private link (Google Drive or WeTransfer) at least 5 working days before publishing; we answer within 2 working days.',
      notes: 'The serum arrives in a gift box; unboxing it on camera is welcome but not required.',
    },
  });
  expect(saved.ok).toBe(true);
  const pages = async (input: { language: 'en' | 'zh' | 'nl'; secondLanguage?: 'en' | 'zh' | 'nl' }) => {
    const rendered = await host.call('briefs.render', { collaborationId: id, ...input });
    await page.setContent(rendered.data!.html);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    return pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  };
  for (const language of ['en', 'zh', 'nl'] as const) expect(await pages({ language }), language).toBe(1);
  expect(await pages({ language: 'en', secondLanguage: 'zh' })).toBe(2);
});
