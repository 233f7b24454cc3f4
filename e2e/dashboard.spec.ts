import { readFileSync } from 'node:fs';
import type { Stage } from '../src/shared/stages';
import { expect, test } from './fixtures';
import { type Host, startHost } from './host';

// Dates and money render in the page's locale; pin one so the expected texts are exact.
test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });

const NOW = '2026-05-20T10:00:00Z';
test.use({ now: NOW });

const count = (n: number | null) => (n === null ? '—' : n.toLocaleString('en-US'));
const pct = (n: number | null) => (n === null ? '—' : `${n.toFixed(2)} %`);

async function collaboration(host: Host, campaignId: number, name: string, feeMinor: number, stage: Stage): Promise<number> {
  const creator = await host.call('influencers.create', { name });
  const collab = await host.call('collaborations.create', { creatorId: creator.data!.id, campaignId, feeMinor, currency: 'EUR', stage });
  expect(collab.ok).toBe(true);
  return collab.data!.id;
}

async function post(host: Host, collaborationId: number, publishedAt: string, readings: Record<string, number | string>[]) {
  const added = await host.call('deliverables.add', { collaborationId, platform: 'instagram', url: `https://instagram.com/p/${collaborationId}`, publishedAt });
  expect(added.ok).toBe(true);
  for (const reading of readings) expect((await host.call('metrics.record', { deliverableId: added.data!.id, ...reading })).ok).toBe(true);
}

/**
 * Three collaborations meant to post once each share the 100,000-view target, so each is expected
 * to bring 33,333 views: Mia is well above, Tom far below (views and engagement), Lin has no numbers yet.
 */
async function seed(host: Host): Promise<{ campaignId: number; tom: number }> {
  await host.call('settings.update', { brandName: 'Lumen Skincare', senderName: 'Sam', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const campaign = await host.call('campaigns.create', {
    name: 'Summer glow',
    product: 'Glow serum',
    budgetMinor: 600_000,
    currency: 'EUR',
    targets: { views: 100_000, engagementRatePct: 3, marginPct: 20 },
  });
  const campaignId = campaign.data!.id;
  const mia = await collaboration(host, campaignId, 'Mia Chen', 200_000, 'published');
  const tom = await collaboration(host, campaignId, 'Tom Baker', 150_000, 'published');
  await collaboration(host, campaignId, 'Lin Wei', 0, 'signed');
  await post(host, mia, '2026-05-10T08:00:00Z', [
    { capturedAt: '2026-05-12T09:00:00Z', views: 30_000, likes: 900, comments: 120 },
    { capturedAt: '2026-05-18T09:00:00Z', views: 64_000, likes: 2_200, comments: 310, shares: 90, saves: 150, clicks: 820, conversions: 41 },
  ]);
  await post(host, tom, '2026-05-11T08:00:00Z', [{ capturedAt: '2026-05-18T09:00:00Z', views: 6_200, likes: 70, comments: 5, clicks: 12, conversions: 0 }]);
  return { campaignId, tom };
}

test('the campaign dashboard shows the totals, flags the weak collaboration, charts the numbers and exports them', async ({ page, consoleGuard }, testInfo) => {
  // The print frame refuses every script, this test's own and Playwright's clock among them.
  consoleGuard.allow(/Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/);
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
  try {
    const { campaignId, tom } = await seed(host);
    const dashboard = (await host.call('campaigns.dashboard', { campaignId })).data!;
    expect(dashboard.underperforming).toBe(1);
    // Catch the print dialog of the hidden print frame (it runs no scripts of its own).
    await page.addInitScript(() => {
      window.print = () => {
        (window.top as unknown as { printed?: string }).printed = document.documentElement.outerHTML;
      };
    });
    await page.goto(`${host.url}#/campaigns`);
    await page.getByTestId('campaign-card').filter({ hasText: 'Summer glow' }).getByRole('link', { name: 'Open dashboard' }).click();
    await expect(page).toHaveURL(new RegExp(`#/campaigns/${campaignId}$`));
    await expect(page.getByRole('heading', { name: 'Summer glow' })).toBeVisible();
    await expect(page.getByTestId('below-target-count')).toHaveText('1 of 2 below target');
    // Lin has no post yet: not counted as on target, but as waiting for one.
    await expect(page.getByTestId('waiting-count')).toHaveText('1 waiting for a post');

    // Every collaboration is listed; only Tom is flagged, and the flag says why.
    const rows = page.getByTestId('dashboard-row');
    await expect(rows).toHaveCount(3);
    const row = (name: string) => rows.filter({ hasText: name });
    await expect(row('Mia Chen')).toHaveAttribute('data-underperforming', 'false');
    await expect(row('Mia Chen')).toContainText('On target');
    await expect(row('Lin Wei')).toHaveAttribute('data-underperforming', 'false');
    await expect(row('Lin Wei')).toContainText('No numbers yet');
    await expect(row('Lin Wei').getByRole('cell', { name: '—' }).first()).toBeVisible();
    await expect(row('Tom Baker')).toHaveAttribute('data-underperforming', 'true');
    const misses = dashboard.rows.find((r) => r.creatorName === 'Tom Baker')!.verdict.misses.map((m) => m.text);
    expect(misses.join('; ')).toContain('Views 6,200 vs 33,333 expected');
    const flag = row('Tom Baker').getByTestId('below-target');
    await expect(flag).toHaveAttribute('data-misses', misses.join('; '));
    await flag.hover();
    await expect(page.getByRole('tooltip')).toContainText('Views 6,200 vs 33,333 expected');
    await expect(page.getByRole('tooltip')).toContainText('Engagement rate');
    await expect(page.locator('body')).not.toContainText(/NaN|Infinity/);

    // The totals are the API's, each beside its target.
    const total = (key: string) => page.getByTestId(`total-${key}`);
    const t = dashboard.totals;
    await expect(total('views').getByTestId('value')).toHaveText(count(t.views));
    await expect(total('views').getByTestId('target')).toHaveText('Target 100,000 · 70 %');
    await expect(total('engagementRate').getByTestId('value')).toHaveText(pct(t.engagementRatePct));
    await expect(total('engagementRate').getByTestId('target')).toHaveText('Target 3.00 %');
    await expect(total('clicks').getByTestId('value')).toHaveText(count(t.clicks));
    await expect(total('conversions').getByTestId('value')).toHaveText(count(t.conversions));
    await expect(total('cost').getByTestId('value')).toHaveText('€3,500');
    await expect(total('cost').getByTestId('target')).toHaveText('Budget €6,000');
    await expect(total('cpmMaxMinor').getByTestId('value')).toHaveText('€49.86');

    // Both charts are drawn: a red bar for Tom, the running totals by day.
    const views = page.getByTestId('chart-views');
    await expect(views.locator('svg.recharts-surface').first()).toBeVisible();
    await expect(views.locator('.recharts-bar-rectangle')).toHaveCount(2);
    await expect(views.locator('.recharts-bar-rectangle [fill="var(--mantine-color-red-6)"]')).toHaveCount(1);
    const trend = page.getByTestId('chart-trend');
    await expect(trend.locator('svg.recharts-surface').first()).toBeVisible();
    await expect(trend).toContainText('12 May');
    await expect(trend).toContainText('18 May');
    await trend.getByText('Clicks', { exact: true }).click();
    await expect(trend.locator('.recharts-line')).toHaveCount(1);

    // The metrics CSV holds every reading of the campaign's posts.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export metrics CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('followthrough-metrics-summer-glow-2026-05-20.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('Mia Chen');
    expect(csv).toContain('Tom Baker');
    const [collabs] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export collaborations CSV' }).click()]);
    expect(readFileSync(await collabs.path(), 'utf8')).toContain('Lin Wei');

    // The report goes to the print dialog; the desktop-only PDF button is not offered in a browser.
    await expect(page.getByRole('button', { name: 'Save report as PDF' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Print report' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: string }).printed ?? '')).toContain('Campaign report: Summer glow');

    // A row opens its collaboration.
    await row('Tom Baker').getByRole('cell').nth(3).click();
    await expect(page).toHaveURL(new RegExp(`#/board/${tom}$`));
    await expect(page.getByRole('dialog', { name: 'Tom Baker' })).toBeVisible();
  } finally {
    await host.stop();
  }
});

test('the campaign form saves cost targets in minor units and the margin; a campaign without collaborations says so', async ({ page, host }) => {
  await host.call('settings.update', { currency: 'EUR' });
  await page.goto(`${host.url}#/campaigns`);
  await page.getByRole('button', { name: 'Add campaign' }).click();
  const form = page.getByRole('dialog', { name: 'New campaign' });
  await form.getByLabel('Campaign name').fill('Autumn restock');
  await form.getByLabel('Views').fill('50000');
  await form.getByLabel('CPM at most').fill('12.50');
  await form.getByLabel('Cost per engagement at most').fill('0.35');
  await form.getByLabel('Flag when below target by more than (%)').fill('25');
  await form.getByRole('button', { name: 'Add campaign' }).click();
  await expect(form).toBeHidden();

  const list = await host.call('campaigns.list');
  const id = list.data!.find((c) => c.name === 'Autumn restock')!.id;
  const saved = await host.call('campaigns.get', { id });
  expect(saved.data!.targets).toEqual({ views: 50_000, cpmMaxMinor: 1250, cpeMaxMinor: 35, marginPct: 25 });

  // Edit from the dashboard: the amounts come back in euros.
  const card = page.getByTestId('campaign-card').filter({ hasText: 'Autumn restock' });
  await expect(card).toContainText('CPM at most €12.50');
  await card.getByRole('link', { name: 'Open dashboard' }).click();
  await expect(page.getByTestId('dashboard-empty')).toContainText('No collaborations in this campaign yet');
  await page.getByRole('button', { name: 'Edit campaign' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit campaign' });
  await expect(edit.getByLabel('CPM at most')).toHaveValue('12.5');
  await edit.getByLabel('CPM at most').fill('9.99');
  await edit.getByLabel('Cost per engagement at most').fill('');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  const edited = await host.call('campaigns.get', { id });
  expect(edited.data!.targets).toEqual({ views: 50_000, cpmMaxMinor: 999, marginPct: 25 });
});

test('a campaign runs between its dates: an end before the start is refused at the field; the card, the dashboard and the calendar show when it runs', async ({ page, host }) => {
  await host.call('settings.update', { currency: 'EUR', timeZone: 'Europe/Amsterdam' });
  await page.goto(`${host.url}#/campaigns`);
  await page.getByRole('button', { name: 'Add campaign' }).click();
  const form = page.getByRole('dialog', { name: 'New campaign' });
  await form.getByLabel('Campaign name').fill('Summer grill');
  await form.getByLabel('Starts on').fill('2026-06-01');
  await form.getByLabel('Ends on').fill('2026-05-31');
  await form.getByRole('button', { name: 'Add campaign' }).click();
  await expect(form.getByText('The end date (2026-05-31) cannot be before the start date (2026-06-01)')).toBeVisible();
  expect((await host.call('campaigns.list')).data).toEqual([]);

  await form.getByLabel('Ends on').fill('2026-07-15');
  await form.getByRole('button', { name: 'Add campaign' }).click();
  await expect(form).toBeHidden();
  const [saved] = (await host.call('campaigns.list')).data!;
  expect(saved).toMatchObject({ name: 'Summer grill', startDate: '2026-06-01', endDate: '2026-07-15' });
  // The printed report says when it runs.
  expect((await host.call('campaigns.report', { campaignId: saved!.id })).data!.html).toContain('1 Jun 2026 – 15 Jul 2026 · Drawn up 20 May 2026');

  // 20 May: it starts in 12 days.
  const card = page.getByTestId('campaign-card').filter({ hasText: 'Summer grill' });
  await expect(card.getByTestId('campaign-period')).toHaveText('1 Jun 2026 – 15 Jul 2026Starts in 12 days');
  await card.getByRole('link', { name: 'Open dashboard' }).click();
  await expect(page.getByTestId('campaign-period')).toHaveText('1 Jun 2026 – 15 Jul 2026Starts in 12 days');

  await page.goto(`${host.url}#/calendar`);
  await expect(page.getByTestId('running-campaigns')).toHaveCount(0);
  await page.getByRole('button', { name: 'Next month' }).click();
  await expect(page.getByTestId('running-campaigns')).toHaveText('Campaigns running:Summer grill (1 Jun 2026 – 15 Jul 2026)');
});
