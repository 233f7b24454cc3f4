import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { type Host, startHost } from './host';

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });
const NOW = '2026-03-25T10:00:00Z';

/** A campaign expecting 100,000 views between its two collaborations, 3 % engagement, 20 % margin. */
async function seed(host: Host): Promise<{ campaignId: number; mia: number; noah: number }> {
  await host.call('settings.update', { timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const campaign = await host.call<{ id: number }>('campaigns.create', { name: 'Spring launch', targets: { views: 100_000, engagementRatePct: 3, marginPct: 20 } });
  const campaignId = campaign.data!.id;
  const ids: number[] = [];
  for (const [name, handle] of [['Mia Chen', '@mia'], ['Noah Berg', '@noah']] as const) {
    const creator = await host.call<{ id: number }>('influencers.create', { name, handles: [{ platform: 'instagram', handle }] });
    const collab = await host.call<{ id: number }>('collaborations.create', { creatorId: creator.data!.id, campaignId, feeMinor: 50_000, stage: 'published' });
    ids.push(collab.data!.id);
  }
  return { campaignId, mia: ids[0]!, noah: ids[1]! };
}

async function chooseCsv(page: Page, name: string, csv: string) {
  await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
}

const HEADER = 'Account,Date,Post link,Impressions,Likes,Comments';

test('a CSV of metrics with bad rows imports nothing and lists every problem; fixed, the weak creator is flagged on the board and the dashboard', async ({ page }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { FOLLOWTHROUGH_NOW: NOW });
  try {
    const { campaignId, noah } = await seed(host);
    await page.goto(`${host.url}#/import`);
    await page.getByRole('radio', { name: /^Metrics/ }).check();
    await page.getByRole('combobox', { name: 'Which campaign are these numbers for?' }).click();
    await page.getByRole('option', { name: 'Spring launch' }).click();
    const bad = [HEADER, '@mia,2026-03-20,https://instagram.com/p/a,"61,000",2400,120', '@noah,2026-03-20,https://instagram.com/p/b,4k,40,2', 'Lena Ortiz,2026-03-20,https://instagram.com/p/c,100,1,0', '@mia,2026-03-20,https://instagram.com/p/a,61000,2400,120'].join('\n');
    await chooseCsv(page, 'instagram-export.csv', bad);
    await page.getByRole('button', { name: 'Next: match the columns' }).click();
    // The platform's own headers were matched by themselves.
    await page.getByRole('button', { name: 'Next: check the rows' }).click();
    const problems = page.getByTestId('import-error');
    await expect(problems).toHaveCount(3);
    await expect(problems.nth(0)).toHaveText(['3', 'Impressions', '“4k” is not a whole number'].join(''));
    await expect(problems.nth(1)).toContainText('No creator called “Lena Ortiz”');
    await expect(problems.nth(2)).toContainText('Duplicate of line 2');
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    const exported = await host.call<{ rows: number }>('csv.export', { kind: 'metrics' });
    expect(exported.data!.rows).toBe(0);

    await page.getByRole('button', { name: 'Choose the file again' }).click();
    const good = [HEADER, '@mia,2026-03-20,https://instagram.com/p/a,"61,000",2400,120', '@noah,2026-03-20,https://instagram.com/p/b,4000,40,2'].join('\n');
    await chooseCsv(page, 'instagram-export.csv', good);
    await page.getByRole('button', { name: 'Next: match the columns' }).click();
    await page.getByRole('button', { name: 'Next: check the rows' }).click();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByText('Imported 2 rows')).toBeVisible();

    // Noah reached 4,000 of the 50,000 views expected of him: flagged on his card…
    await page.goto(host.url);
    const card = page.getByTestId('card').filter({ hasText: 'Noah Berg' });
    await expect(card.getByTestId('below-target')).toBeVisible();
    await expect(card.getByTestId('below-target')).toHaveAttribute('title', /Views 4,000 vs 50,000 expected/);
    await expect(page.getByTestId('card').filter({ hasText: 'Mia Chen' }).getByTestId('below-target')).toHaveCount(0);
    // …and in the campaign dashboard.
    await page.goto(`${host.url}#/campaigns/${campaignId}`);
    const row = page.getByTestId('dashboard-row').filter({ hasText: 'Noah Berg' });
    await expect(row).toHaveAttribute('data-underperforming', 'true');
    await expect(page.getByTestId('dashboard-row').filter({ hasText: 'Mia Chen' })).toHaveAttribute('data-underperforming', 'false');

    // The flag leads to the remedial plan: talk first, recorded with a note.
    await page.goto(host.url);
    await card.getByTestId('below-target').click();
    await expect(page).toHaveURL(new RegExp(`#/board/${noah}/performance$`));
    const drawer = page.getByRole('dialog', { name: 'Noah Berg' });
    await expect(drawer.getByTestId('verdict')).toContainText('Views 4,000 vs 50,000 expected');
    const steps = drawer.getByTestId('remedial-step');
    await expect(steps).toHaveCount(7);
    await expect(steps.first()).toContainText('Talk first');
    await drawer.getByRole('textbox', { name: 'Note on “Talk first”' }).fill('The post went out at 3 am; reposting Friday');
    await drawer.getByRole('button', { name: 'Mark as done' }).click();
    await expect(steps.first()).toHaveAttribute('data-done', 'true');
    await expect(steps.first()).toContainText('reposting Friday');
    await drawer.getByRole('tab', { name: 'Timeline' }).click();
    await expect(drawer.getByTestId('timeline')).toContainText('Remedial step: Talk first');
  } finally {
    await host.stop();
  }
});

test('posts and numbers added by hand on the Performance tab', async ({ page }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { FOLLOWTHROUGH_NOW: NOW });
  try {
    const { mia } = await seed(host);
    await page.goto(`${host.url}#/board/${mia}/performance`);
    const drawer = page.getByRole('dialog', { name: 'Mia Chen' });
    await expect(drawer.getByText(/^No numbers yet/)).toBeVisible();
    await drawer.getByRole('button', { name: 'Add post' }).click();
    const add = page.getByRole('dialog', { name: 'Add a post' });
    await add.getByRole('textbox', { name: 'Address of the post' }).fill('https://instagram.com/p/xyz');
    await add.getByRole('textbox', { name: 'Title' }).fill('Skillet reel');
    await add.getByRole('button', { name: 'Add post' }).click();
    await drawer.getByTestId('post').getByRole('button', { name: 'Add numbers' }).click();
    const numbers = page.getByRole('dialog', { name: 'Add numbers' });
    await numbers.getByRole('textbox', { name: 'Views' }).fill('9000');
    await numbers.getByRole('textbox', { name: 'Likes' }).fill('90');
    await numbers.getByRole('button', { name: 'Save numbers' }).click();
    await expect(drawer.getByTestId('verdict')).toContainText('Below target');
    await expect(drawer.getByTestId('post')).toContainText('9,000');
    const perf = await host.call<{ performance: { views: number; costMinor: number } }>('metrics.performance', { collaborationId: mia });
    // No post said what it cost, so the €500 fee is the cost.
    expect(perf.data!.performance).toMatchObject({ views: 9_000, costMinor: 50_000 });
  } finally {
    await host.stop();
  }
});
