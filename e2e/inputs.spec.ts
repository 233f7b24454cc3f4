import { expect, test } from './fixtures';
import { type Host, startHost } from './host';

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });
const NOW = '2026-03-25T10:00:00Z';
test.use({ now: NOW });

async function seed(host: Host): Promise<{ campaignId: number; collaborationId: number }> {
  await host.call('settings.update', { brandName: 'Lumen', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const campaign = await host.call('campaigns.create', { name: 'Spring launch' });
  const creator = await host.call('influencers.create', { name: 'Mia Chen', handles: [{ platform: 'instagram', handle: '@mia' }] });
  const collab = await host.call('collaborations.create', { creatorId: creator.data!.id, campaignId: campaign.data!.id, feeMinor: 100_000, stage: 'published' });
  return { campaignId: campaign.data!.id, collaborationId: collab.data!.id };
}

test('metrics above the views and negative counts are refused at the field; nothing is recorded', async ({ page }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
  try {
    const { collaborationId } = await seed(host);
    const post = await host.call('deliverables.add', { collaborationId, platform: 'instagram', url: 'https://instagram.com/p/a' });
    await page.goto(`${host.url}#/board/${collaborationId}/performance`);
    const drawer = page.getByRole('dialog', { name: 'Mia Chen' });
    await drawer.getByRole('button', { name: /Add numbers/ }).first().click();
    const form = page.getByRole('dialog', { name: /^Add numbers/ });
    await form.getByRole('textbox', { name: 'Views', exact: true }).fill('100000');
    await form.getByRole('textbox', { name: 'Likes', exact: true }).fill('999999');
    await form.getByRole('textbox', { name: 'Clicks', exact: true }).fill('-40');
    await form.getByRole('button', { name: 'Save numbers' }).click();
    await expect(form.getByText('Likes (999,999) cannot be more than the views (100,000).')).toBeVisible();
    await expect(form.getByText('Numbers cannot be negative')).toBeVisible();
    await expect(form.getByRole('textbox', { name: 'Clicks', exact: true })).toHaveValue('-40');
    expect((await host.call('metrics.list', { deliverableId: post.data!.id })).data).toEqual([]);
  } finally {
    await host.stop();
  }
});

test('a CSV with dd/mm/yyyy dates: the order is guessed, the preview shows 30 Nov 2026, and 2026-11-30 is stored', async ({ page }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
  try {
    const { campaignId } = await seed(host);
    await page.goto(`${host.url}#/import`);
    await page.getByRole('radio', { name: /^Metrics/ }).check();
    await page.getByRole('combobox', { name: 'Which campaign are these numbers for?' }).click();
    await page.getByRole('option', { name: 'Spring launch' }).click();
    const csv = ['Account,Date,Post link,Impressions,Likes', '@mia,30/11/2026,https://instagram.com/p/a,1000,40'].join('\n');
    await page.getByLabel('CSV file').setInputFiles({ name: 'eu.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Next: match the columns' }).click();
    await page.getByRole('button', { name: 'Next: check the rows' }).click();
    await expect(page.getByRole('radio', { name: /^dd\/mm\/yyyy/ })).toBeChecked();
    await expect(page.getByTestId('dates-as-read')).toContainText('30 Nov 2026');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByText('Imported 1 row')).toBeVisible();
    const exported = await host.call('csv.export', { kind: 'metrics', campaignId });
    expect(exported.data!.csv).toMatch(/2026-11-(29T23|30)/);
  } finally {
    await host.stop();
  }
});
