import { expect, test } from './fixtures';
import type { Host } from './host';
import { contractedCollaboration } from './seed';

// Dates and money render in the page's locale; pin one so the expected texts are exact.
test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });
const NOW = '2026-04-20T10:00:00Z';
test.use({ now: NOW });

async function ok<T>(result: Promise<{ ok: boolean; data?: T; error?: { message: string } }>): Promise<T> {
  const r = await result;
  expect(r.ok, r.error?.message).toBe(true);
  return r.data as T;
}

/**
 * Nora: on Spring launch (paid €1,000, completed) three deliverables on time and the video 3 days
 * late, with a strike for it; on Summer, under way, a draft due 17 April not delivered yet.
 */
async function seedNora(host: Host) {
  const spring = await ok<{ id: number }>(host.call('campaigns.create', { name: 'Spring launch', currency: 'EUR' }));
  const summer = await ok<{ id: number }>(host.call('campaigns.create', { name: 'Summer', currency: 'EUR' }));
  const first = await contractedCollaboration(host, 'Nora Lind', '2026-03-02');
  await ok(host.call('collaborations.update', { id: first, campaignId: spring.id }));
  const list = await host.call('deadlines.list', { collaborationId: first });
  const owed = list.data!.deadlines.filter((d) => d.party === 'creator');
  for (const [i, date] of ['2026-03-04', '2026-03-09', '2026-03-16', '2026-03-25'].entries()) {
    await ok(host.call('deadlines.deliver', { id: owed[i]!.id, at: `${date}T12:00:00Z` }));
  }
  await ok(host.call('strikes.add', { collaborationId: first, reason: 'late_without_reason' }));
  await ok(host.call('payments.add', { collaborationId: first, kind: 'balance', paidOn: '2026-04-01', amountMinor: 100_000 }));
  await ok(host.call('collaborations.move', { id: first, to: 'completed' }));
  const creatorId = (await host.call('collaborations.get', { id: first })).data!.creator.id;
  const second = await ok<{ id: number }>(host.call('collaborations.create', { creatorId, campaignId: summer.id, feeMinor: 0, stage: 'in_production' }));
  await ok(host.call('deadlines.add', { collaborationId: second.id, kind: 'draft', dueDate: '2026-04-17' }));
}

test('choosing a creator shows their track record under the picker, and warns of work still owed elsewhere', async ({ page, host }) => {
  await seedNora(host);
  await ok(host.call('influencers.create', { name: 'Ava Stone' }));

  await page.goto(host.url);
  await page.getByRole('button', { name: 'New collaboration' }).click();
  const dialog = page.getByRole('dialog', { name: 'New collaboration' });
  await dialog.getByRole('combobox', { name: 'Creator' }).click();
  await page.getByRole('option', { name: /Nora Lind/ }).click();

  const record = dialog.getByRole('region', { name: 'Track record of Nora Lind' });
  await expect(record).toContainText('Your history with Nora Lind');
  await expect(record.getByTestId('track-record-delivery')).toHaveText('3 on time · 1 late (up to 3 days) · 1 overdue now');
  await expect(record.getByTestId('track-record-strikes')).toHaveText('1 active');
  await expect(record.getByTestId('track-record-paid')).toHaveText('€1,000');
  await expect(record.getByTestId('track-record-posts')).toHaveText('No posts with numbers yet');
  const owes = record.getByTestId('track-record-owes');
  await expect(owes).toContainText('Nora Lind still owes work elsewhere');
  await expect(owes.getByTestId('track-record-owed')).toHaveText(['Draft for Summer, 3 days late']);

  // Someone new: said plainly, and nothing to warn of.
  await dialog.getByRole('combobox', { name: 'Creator' }).click();
  await page.getByRole('option', { name: /Ava Stone/ }).click();
  const fresh = dialog.getByRole('region', { name: 'Track record of Ava Stone' });
  await expect(fresh.getByTestId('track-record-none')).toHaveText('No history with Ava Stone yet: this would be your first collaboration together.');
  await expect(fresh.getByTestId('track-record-owes')).toHaveCount(0);
});
