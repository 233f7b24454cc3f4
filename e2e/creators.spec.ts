import { cardOf, column, expect, test } from './fixtures';
import { type Host, startHost } from './host';
import { contractedCollaboration } from './seed';

// Dates render in the page's locale; pin one so the expected texts are exact.
test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });

/** Six weeks after the products arrived: every deadline of the seeded contracts has passed. */
const NOW = '2026-04-20T10:00:00Z';
test.use({ now: NOW });
const RECEIVED = '2026-03-02';

async function ok(result: Promise<{ ok: boolean; error?: { message: string } }>) {
  const r = await result;
  expect(r.ok, r.error?.message).toBe(true);
}

async function creatorOf(host: Host, collaborationId: number): Promise<number> {
  return (await host.call('collaborations.get', { id: collaborationId })).data!.creator.id;
}

/** Delivers the creator's deadlines of a seeded contract, each on the given date (product feedback, script, draft, video). */
async function deliver(host: Host, collaborationId: number, on: string[]) {
  const list = await host.call('deadlines.list', { collaborationId });
  const owed = list.data!.deadlines.filter((d) => d.party === 'creator');
  for (const [i, date] of on.entries()) await ok(host.call('deadlines.deliver', { id: owed[i]!.id, at: `${date}T12:00:00Z` }));
}

async function completeAndRate(host: Host, id: number, scores: { communication: number; timeliness: number; quality: number }) {
  await ok(host.call('collaborations.move', { id, to: 'completed' }));
  await ok(host.call('ratings.add', { collaborationId: id, ...scores, wouldWorkAgain: true, note: 'Good video in the end' }));
}

test('creators show their reliability, explained, sort by it, and their strikes; cards and the picker show the score', async ({ page }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
  try {
    // Nora: the script a few days late, a strike for it, another withdrawn, rated 4 on average.
    const nora = await contractedCollaboration(host, 'Nora Lind', RECEIVED);
    await deliver(host, nora, ['2026-03-04', '2026-03-12', '2026-03-16', '2026-03-21']);
    await ok(host.call('strikes.add', { collaborationId: nora, reason: 'late_without_reason', note: 'Script three days late, no reason given' }));
    const mistaken = await host.call('strikes.add', { collaborationId: nora, reason: 'poor_communication' });
    await ok(host.call('strikes.withdraw', { id: mistaken.data!.strike.id, reason: 'She had told us she was ill' }));
    await completeAndRate(host, nora, { communication: 4, timeliness: 3, quality: 5 });
    await ok(host.call('disputes.open', { collaborationId: nora, issue: 'The video left out the discount code' }));
    const noraId = await creatorOf(host, nora);
    // Her next collaboration, where the brand sees her record on the board.
    await ok(host.call('collaborations.create', { creatorId: noraId, stage: 'outreach', feeMinor: 50_000, currency: 'EUR' }));

    // Omar: everything on time and top marks. Ava: no history at all.
    const omar = await contractedCollaboration(host, 'Omar Haddad', RECEIVED);
    await deliver(host, omar, ['2026-03-03', '2026-03-08', '2026-03-15', '2026-03-20']);
    await completeAndRate(host, omar, { communication: 5, timeliness: 5, quality: 5 });
    await ok(host.call('influencers.create', { name: 'Ava Stone' }));

    const expected = (await host.call('reliability.get', { creatorId: noraId })).data!;
    expect(expected.score).toBe(60);
    expect(expected.explanation).toBe('On time 3 of 4 deliverables, no replies yet, 1 strike, avg rating 4.0');

    await page.goto(`${host.url}#/creators`);
    const rows = page.getByTestId('creator-row');
    const noraRow = rows.filter({ hasText: 'Nora Lind' });
    const score = noraRow.getByRole('meter', { name: 'Reliability' });
    await expect(score).toHaveText(String(expected.score));
    await expect(score).toHaveAttribute('title', expected.explanation);
    await expect(rows.filter({ hasText: 'Ava Stone' }).getByTestId('reliability')).toHaveText('—');

    const names = rows.getByRole('link');
    await expect(names).toHaveText(['Ava Stone', 'Nora Lind', 'Omar Haddad']);
    await page.getByText('By reliability', { exact: true }).click();
    await expect(page.getByRole('radio', { name: 'By reliability' })).toBeChecked();
    await expect(names).toHaveText(['Omar Haddad', 'Nora Lind', 'Ava Stone']);
    await expect(rows.getByTestId('reliability')).toHaveText(['100', '60', '—']);
    await page.getByRole('combobox', { name: 'Minimum score' }).click();
    await page.getByRole('option', { name: '80+' }).click();
    await expect(names).toHaveText(['Omar Haddad']);
    await page.getByRole('combobox', { name: 'Minimum score' }).click();
    await page.getByRole('option', { name: 'Any score' }).click();

    // The detail: the score explained, the strike, the withdrawn one with why, the rating.
    await noraRow.getByRole('link', { name: 'Nora Lind' }).click();
    const detail = page.getByRole('dialog', { name: 'Nora Lind' });
    await expect(detail.getByTestId('reliability-explanation')).toHaveText(expected.explanation);
    const strikes = detail.getByRole('region', { name: 'Strikes' }).getByTestId('strike');
    await expect(strikes).toHaveCount(2);
    const counted = strikes.filter({ hasText: 'Late without a valid reason' });
    await expect(counted).toHaveAttribute('data-status', 'active');
    await expect(counted).toContainText('Script three days late, no reason given');
    await expect(strikes.filter({ hasText: 'Poor communication' })).toContainText('Withdrawn');
    await expect(strikes.filter({ hasText: 'Poor communication' })).toContainText('She had told us she was ill');
    await expect(detail.getByRole('region', { name: 'Ratings' }).getByTestId('rating')).toContainText('Communication 4 · Timeliness 3 · Quality 5');
    await expect(detail.getByTestId('standing')).toHaveText('Active · 1 of 3 strikes');
    await page.keyboard.press('Escape');
    await expect(detail).toBeHidden();

    // Her cards carry the score; the one with the dispute says so.
    await page.goto(`${host.url}#/board`);
    const next = cardOf(column(page, 'outreach'), 'Nora Lind');
    await expect(next.getByTestId('reliability')).toHaveText('60');
    await expect(next).not.toContainText('Dispute');
    await expect(cardOf(column(page, 'completed'), 'Nora Lind')).toContainText('Dispute');
    await expect(cardOf(column(page, 'completed'), 'Omar Haddad').getByTestId('reliability')).toHaveText('100');

    // Choosing a creator for a new collaboration: the most reliable first, each with their score.
    await page.getByRole('button', { name: 'New collaboration' }).click();
    const dialog = page.getByRole('dialog', { name: 'New collaboration' });
    await dialog.getByRole('combobox', { name: 'Creator' }).click();
    const options = page.getByRole('option');
    await expect(options).toHaveText(['Omar Haddad100', 'Nora Lind60', 'Ava Stone—']);
    await page.keyboard.press('Escape');
    await dialog.getByRole('combobox', { name: 'Minimum reliability' }).click();
    await page.getByRole('option', { name: '60+' }).click();
    await dialog.getByRole('combobox', { name: 'Creator' }).click();
    await expect(options).toHaveText(['Omar Haddad100', 'Nora Lind60']);
  } finally {
    await host.stop();
  }
});

test('three strikes make a creator inactive: the Creators page names what they owe, and the brand can make them active again', async ({ page }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
  try {
    const id = await contractedCollaboration(host, 'Lena Vogel', RECEIVED);
    await deliver(host, id, ['2026-03-04', '2026-03-09', '2026-03-17']);
    for (const reason of ['brief_not_followed', 'poor_communication', 'late_without_reason'] as const) {
      await ok(host.call('strikes.add', { collaborationId: id, reason }));
    }
    const creatorId = await creatorOf(host, id);
    expect((await host.call('influencers.standing', { id: creatorId })).data!.active).toBe(false);

    await page.goto(`${host.url}#/creators`);
    const row = page.getByTestId('creator-row').filter({ hasText: 'Lena Vogel' });
    await expect(row).toContainText('Inactive · 3 strikes');
    await row.getByRole('link', { name: 'Lena Vogel' }).click();
    const detail = page.getByRole('dialog', { name: 'Lena Vogel' });
    const standing = detail.getByTestId('standing');
    await expect(standing).toContainText('Inactive · 3 strikes');
    await expect(standing.getByRole('list', { name: 'Open obligations' })).toHaveText('Final video published, due 22 Mar 2026');

    await standing.getByRole('button', { name: 'Make active again' }).click();
    const confirm = page.getByRole('dialog', { name: 'Make Lena Vogel active again?' });
    await expect(confirm).toContainText('Their 3 strikes count as served');
    await confirm.getByRole('button', { name: 'Make active' }).click();
    await expect(confirm).toBeHidden();
    await expect(standing).toHaveText('Active · 0 of 3 strikes');
    await expect(detail.getByTestId('strike')).toHaveCount(3);
    for (const strike of await detail.getByTestId('strike').all()) await expect(strike).toHaveAttribute('data-status', 'served');
    await page.keyboard.press('Escape');
    await expect(row).toContainText('Active');
    await expect(row).not.toContainText('Inactive');
    expect((await host.call('influencers.standing', { id: creatorId })).data!.active).toBe(true);
  } finally {
    await host.stop();
  }
});

test('an inactive creator is marked on their cards and cannot be chosen for a new collaboration', async ({ page, host }) => {
  const id = await contractedCollaboration(host, 'Lena Vogel', RECEIVED);
  for (let i = 0; i < 3; i++) await ok(host.call('strikes.add', { collaborationId: id, reason: 'brief_not_followed' }));
  await ok(host.call('influencers.create', { name: 'Ava Stone' }));

  await page.goto(host.url);
  const card = cardOf(column(page, 'contract_sent'), 'Lena Vogel');
  await expect(card.getByText('Inactive', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'New collaboration' }).click();
  await page.getByRole('dialog', { name: 'New collaboration' }).getByRole('combobox', { name: 'Creator' }).click();
  await expect(page.getByRole('option')).toHaveText(['Ava Stone—', /^Lena Vogel \(inactive\)/]);
  await expect(page.getByRole('option', { name: /Lena Vogel/ })).toHaveAttribute('data-combobox-disabled', 'true');
});

test("a creator's page lists their collaborations and what was agreed in fees", async ({ page, host }) => {
  const id = await contractedCollaboration(host, 'Lena Vogel', RECEIVED);
  await ok(host.call('collaborations.move', { id, to: 'signed' }));
  const creatorId = await creatorOf(host, id);
  await ok(host.call('collaborations.create', { creatorId, feeMinor: 0, currency: 'EUR', stage: 'outreach' }));

  await page.goto(`${host.url}#/creators/${creatorId}`);
  const list = page.getByTestId('creator-collaborations');
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list).toContainText('Signed');
  await expect(list).toContainText('Gifted');
  await expect(page.getByTestId('creator-spend')).toHaveText('Agreed in fees: €1,000');
});
