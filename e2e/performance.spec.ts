import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { type Host, startHost } from './host';

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });
const NOW = '2026-03-25T10:00:00Z';
test.use({ now: NOW });

/** A campaign expecting 100,000 views between its two collaborations, 3 % engagement, 20 % margin. */
async function seed(host: Host): Promise<{ campaignId: number; mia: number; noah: number }> {
  await host.call('settings.update', { timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const campaign = await host.call('campaigns.create', { name: 'Spring launch', targets: { views: 100_000, engagementRatePct: 3, marginPct: 20 } });
  const campaignId = campaign.data!.id;
  const ids: number[] = [];
  for (const [name, handle] of [['Mia Chen', '@mia'], ['Noah Berg', '@noah']] as const) {
    const creator = await host.call('influencers.create', { name, handles: [{ platform: 'instagram', handle }] });
    const collab = await host.call('collaborations.create', { creatorId: creator.data!.id, campaignId, feeMinor: 50_000, stage: 'published' });
    ids.push(collab.data!.id);
  }
  return { campaignId, mia: ids[0]!, noah: ids[1]! };
}

async function chooseCsv(page: Page, name: string, csv: string) {
  await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
}

const HEADER = 'Account,Date,Post link,Impressions,Likes,Comments';

test('a CSV of metrics with bad rows imports nothing and lists every problem; fixed, the weak creator is flagged on the board and the dashboard', async ({ page }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
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
    const exported = await host.call('csv.export', { kind: 'metrics' });
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

/** One collaboration carries the whole campaign: 100,000 views and 3 % engagement expected of it. */
async function seedOne(host: Host): Promise<number> {
  await host.call('settings.update', { timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const campaign = await host.call('campaigns.create', { name: 'Skillet launch', targets: { views: 100_000, engagementRatePct: 3 } });
  const creator = await host.call('influencers.create', { name: 'Mia Chen', email: 'mia@example.com', handles: [{ platform: 'tiktok', handle: '@mia' }] });
  const collab = await host.call('collaborations.create', { creatorId: creator.data!.id, campaignId: campaign.data!.id, feeMinor: 50_000, stage: 'published' });
  return collab.data!.id;
}

test('a post and its numbers added by hand fall short; the remedial plan starts with a talk, which the timeline records', async ({ page, consoleGuard }, testInfo) => {
  // The same reading twice is refused (400), and says so at the field.
  consoleGuard.allow(/status of 400 .*\/api\/metrics\.record\b/);
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
  try {
    const id = await seedOne(host);
    await page.goto(`${host.url}#/board/${id}/performance`);
    const drawer = page.getByRole('dialog', { name: 'Mia Chen' });
    await expect(drawer.getByTestId('verdict')).toHaveText(/^No numbers yet/);
    await expect(drawer.getByTestId('remedial-step')).toHaveCount(0);

    // A post: the platform starts at the creator's own, an address must be a web address.
    await drawer.getByRole('button', { name: 'Add post' }).click();
    const add = page.getByRole('dialog', { name: 'Add a post' });
    await expect(add.getByRole('combobox', { name: 'Platform' })).toHaveValue('TikTok');
    await add.getByRole('textbox', { name: 'Address of the post' }).fill('tiktok.com/@mia/video/1');
    await add.getByRole('textbox', { name: 'Title' }).fill('Skillet reel');
    await add.getByLabel('Published').fill('2026-03-24T18:30');
    await add.getByRole('button', { name: 'Add post' }).click();
    await expect(add.getByText('Enter the post’s web address (https://…) or leave it empty')).toBeVisible();
    await add.getByRole('textbox', { name: 'Address of the post' }).fill('https://tiktok.com/@mia/video/1');
    await add.getByRole('button', { name: 'Add post' }).click();
    await expect(add).toBeHidden();
    const post = drawer.getByTestId('post');
    await expect(post.getByRole('link', { name: 'Skillet reel' })).toHaveAttribute('href', 'https://tiktok.com/@mia/video/1');
    await expect(post.getByRole('link', { name: 'Skillet reel' })).toHaveAttribute('target', '_blank');
    await expect(post).toContainText('Published 24 Mar 2026, 18:30');
    await expect(post.getByTestId('post-numbers')).toHaveText('No numbers yet');

    // Its numbers, read now: the moment starts at the page's now.
    await post.getByRole('button', { name: 'Add numbers' }).click();
    const numbers = page.getByRole('dialog', { name: 'Add numbers: Skillet reel' });
    await expect(numbers.getByLabel('Read at')).toHaveValue('2026-03-25T11:00');
    await numbers.getByRole('textbox', { name: 'Views' }).fill('9000');
    await numbers.getByRole('textbox', { name: 'Likes' }).fill('90');
    await numbers.getByRole('button', { name: 'Save numbers' }).click();
    await expect(numbers).toBeHidden();
    await expect(post.getByTestId('post-numbers')).toHaveText('9,000 views · 90 likes — read 25 Mar 2026, 11:00');

    // 9,000 of 100,000 views, 1 % engagement of 3 %: below target, by more than the 20 % margin.
    const verdict = drawer.getByTestId('verdict');
    await expect(verdict).toContainText('Below target');
    await expect(verdict).toContainText('Views 9,000 vs 100,000 expected (91 % below)');
    await expect(verdict).toContainText('Engagement rate 1.0 % vs 3.0 % expected (67 % below)');
    await expect(verdict).toContainText('more than 20 %');
    const stat = (label: string) => drawer.getByRole('listitem', { name: label, exact: true });
    await expect(stat('Views')).toContainText('9,000');
    await expect(stat('Engagement rate')).toContainText('1.00 %');
    await expect(stat('Clicks')).toContainText('—');
    // No post said what it cost, so the €500 fee is the cost: €55.56 per 1,000 views.
    await expect(stat('Cost')).toContainText('€500the fee');
    await expect(stat('CPM')).toContainText('€55.56');
    await expect(stat('Cost per conversion')).toContainText('—');

    // An earlier reading, typed with its moment; the same moment twice is refused.
    await post.getByRole('button', { name: 'Add numbers' }).click();
    await numbers.getByLabel('Read at').fill('2026-03-24T20:00');
    await numbers.getByRole('textbox', { name: 'Views' }).fill('5000');
    await numbers.getByRole('button', { name: 'Save numbers' }).click();
    await expect(numbers).toBeHidden();
    await post.getByRole('button', { name: 'Add numbers' }).click();
    await numbers.getByLabel('Read at').fill('2026-03-24T20:00');
    await numbers.getByRole('textbox', { name: 'Views' }).fill('6000');
    await numbers.getByRole('button', { name: 'Save numbers' }).click();
    await expect(numbers.getByText('This post already has numbers read at that moment.')).toBeVisible();
    await numbers.getByRole('button', { name: 'Cancel' }).click();
    await expect(numbers).toBeHidden();
    // The newest reading still counts; the history lists both, newest first.
    await expect(post.getByTestId('post-numbers')).toContainText('9,000 views');
    await post.getByRole('button', { name: 'History' }).click();
    const readings = post.getByTestId('reading');
    await expect(readings).toHaveCount(2);
    await expect(readings.nth(0)).toHaveText(['25 Mar 2026, 11:00', '9,000', '90'].join(''));
    await expect(readings.nth(1)).toHaveText(['24 Mar 2026, 20:00', '5,000', '—'].join(''));

    // The plan, gentlest first: talking comes next, with the message that fits.
    const steps = drawer.getByTestId('remedial-step');
    await expect(steps).toHaveCount(7);
    await expect(steps.first()).toContainText('Talk first');
    await expect(steps.first()).toHaveAttribute('data-next', 'true');
    await expect(steps.first()).toHaveAttribute('data-done', 'false');
    await expect(steps.last()).toContainText('End politely');
    await drawer.getByRole('button', { name: 'Write the message' }).click();
    await expect(page).toHaveURL(new RegExp(`#/board/${id}/messages$`));
    await expect(drawer.getByRole('combobox', { name: 'Template' })).toHaveValue('Caring inquiry');
    await expect(drawer.getByRole('textbox', { name: 'Subject' })).toHaveValue('Anything I can help with?');

    await drawer.getByRole('tab', { name: 'Performance' }).click();
    await drawer.getByRole('textbox', { name: 'Note on “Talk first”' }).fill('Called her: the reel went out at 3 am; reposting Friday');
    await drawer.getByRole('button', { name: 'Mark as done' }).click();
    await expect(steps.first()).toHaveAttribute('data-done', 'true');
    await expect(steps.first()).toContainText('Done 25 Mar 2026, 11:00');
    await expect(steps.first()).toContainText('reposting Friday');
    await expect(steps.nth(1)).toHaveAttribute('data-next', 'true');
    await expect(steps.nth(1)).toContainText('Share the numbers');
    // Sharing the numbers has no template of its own.
    await expect(drawer.getByRole('button', { name: 'Write the message' })).toHaveCount(0);
    await expect(drawer.getByText('1 of 7 steps taken')).toBeVisible();
    const plan = await host.call('remedial.plan', { collaborationId: id });
    expect(plan.data!.next).toBe('share_numbers');

    await drawer.getByRole('tab', { name: 'Timeline' }).click();
    const timeline = drawer.getByTestId('timeline');
    await expect(timeline).toContainText('Remedial step: Talk first');
    await expect(timeline).toContainText('Called her: the reel went out at 3 am; reposting Friday');
    await expect(timeline).toContainText('Numbers recorded: 9,000 views');
    await expect(timeline).toContainText('Post added: Skillet reel');
  } finally {
    await host.stop();
  }
});
