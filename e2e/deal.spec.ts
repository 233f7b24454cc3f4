import { cardOf, column, expect, test } from './fixtures';
import { type Host, startHost } from './host';

// Dates render in the page's locale; pin one so the expected texts are exact.
test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });

/** The product arrived on 2 March: the first draft was due 17 March, the video is due 22 March. */
const NOW = '2026-03-28T10:00:00Z';
test.use({ now: NOW });

async function ok<T>(result: Promise<{ ok: boolean; data?: T; error?: { message: string } }>): Promise<T> {
  const r = await result;
  expect(r.ok, r.error?.message).toBe(true);
  return r.data as T;
}

async function giftedCard(host: Host, name: string): Promise<number> {
  await ok(host.call('settings.update', { brandName: '', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' }));
  const creator = await ok(host.call('influencers.create', { name }));
  const collab = await ok(host.call('collaborations.create', { creatorId: creator.id, feeMinor: 0, currency: 'EUR', stage: 'contract_sent' }));
  return collab.id;
}

test('a gifted card finalized at €1,500 is paid everywhere; publishing supersedes the late first draft', async ({ page }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
  try {
    const id = await giftedCard(host, 'Mia Chen');
    await page.goto(host.url);
    await expect(cardOf(column(page, 'contract_sent'), 'Mia Chen')).toContainText('Gifted');

    const preset = await ok(host.call('contracts.preset', { collaborationId: id, preset: 'paid_video' }));
    const terms = { ...preset, parties: { ...preset.parties, brandName: 'Lumen Skincare' }, fee: { ...preset.fee, feeMinor: 150_000 } };
    await ok(host.call('contracts.finalize', { collaborationId: id, terms }));

    // The board, its column total and the evidence pack tell the contract's deal.
    const card = cardOf(column(page, 'contract_sent'), 'Mia Chen');
    await expect(card).toContainText('€1,500');
    await expect(card).not.toContainText('Gifted');
    await expect(column(page, 'contract_sent')).toContainText('€1,500');
    const pack = await ok(host.call('evidence.render', { collaborationId: id }));
    expect(pack.html).toContain('<dt>Fee</dt><dd>€1,500</dd>');
    expect(pack.html).toContain('Lumen Skincare');
    expect(pack.html).not.toContain('Not set in Settings');
    // The card's own fee is no longer the deal.
    const refused = await host.call('collaborations.update', { id, feeMinor: 0 });
    expect(refused.error?.message).toBe('The fee is set by contract v1. To change it, finalize a new version of the contract.');

    // The first draft is 11 days late: a formal notice is offered, until the video is published.
    await ok(host.call('collaborations.update', { id, productReceivedOn: '2026-03-02' }));
    expect((await ok(host.call('outreach.suggest', { collaborationId: id }))).kind).toBe('formal_notice');
    await page.getByRole('button', { name: 'Move Mia Chen to…' }).click();
    await page.getByRole('menuitem', { name: 'Published' }).click();
    await expect(cardOf(column(page, 'published'), 'Mia Chen')).toBeVisible();
    expect((await ok(host.call('outreach.suggest', { collaborationId: id }))).kind).not.toBe('formal_notice');

    await page.goto(`${host.url}#/board/${id}/contract`);
    const drawer = page.getByRole('dialog', { name: 'Mia Chen' });
    const draft = drawer.getByRole('table', { name: 'Deadlines' }).locator('tr[data-key="first_draft"]');
    await expect(draft).toContainText('Superseded by the post (11 days late by then)');
    await expect(draft.getByRole('button', { name: 'Mark delivered' })).toHaveCount(0);
    const after = await ok(host.call('deadlines.list', { collaborationId: id, asOf: '2026-04-20T10:00:00Z', openOnly: false }));
    // Lateness stopped on the publish day: the script (due 9 March) counts 19 days, not the 42 it
    // would be by 20 April.
    expect(after.penalties[0]).toMatchObject({ daysLate: 19, deductionMinor: 75_000, capReached: true });
  } finally {
    await host.stop();
  }
});

test('Follow up on "Script is due tomorrow" opens the composer on a friendly reminder, filled in', async ({ page }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
  try {
    const id = await giftedCard(host, 'Nora Lind');
    const preset = await ok(host.call('contracts.preset', { collaborationId: id, preset: 'paid_video' }));
    await ok(host.call('contracts.finalize', { collaborationId: id, terms: { ...preset, fee: { ...preset.fee, feeMinor: 80_000 } } }));
    // Received 22 March: the script is due 29 March, tomorrow.
    await ok(host.call('collaborations.update', { id, productReceivedOn: '2026-03-22' }));
    const owed = await ok(host.call('deadlines.list', { collaborationId: id, openOnly: true }));
    await ok(host.call('deadlines.deliver', { id: owed.deadlines.find((d) => d.key === 'product_feedback')!.id, at: '2026-03-24T12:00:00Z' }));
    await ok(host.call('notifications.check'));

    await page.goto(host.url);
    await page.getByRole('button', { name: /^Reminders, \d+ unread$/ }).click();
    const centre = page.getByRole('dialog', { name: 'Reminders' });
    await centre.getByTestId('reminder').filter({ hasText: 'Nora Lind: Script is due tomorrow' }).getByRole('button', { name: 'Follow up' }).click();
    const drawer = page.getByRole('dialog', { name: 'Nora Lind' });
    await expect(drawer.getByRole('tab', { name: 'Messages' })).toHaveAttribute('aria-selected', 'true');
    await expect(drawer.getByRole('textbox', { name: 'Subject' })).toHaveValue('Friendly reminder: the script is due on 29 Mar 2026');
    await expect(drawer.getByRole('textbox', { name: 'Message' })).toHaveValue(/Hi Nora Lind,/);
  } finally {
    await host.stop();
  }
});

test('a new creator shows "not enough history" rather than a score', async ({ page }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
  try {
    await ok(host.call('influencers.create', { name: 'Ava Stone' }));
    await page.goto(`${host.url}#/creators`);
    const badge = page.getByTestId('creator-row').filter({ hasText: 'Ava Stone' }).getByTestId('reliability');
    await expect(badge).toHaveText('—');
    await expect(badge).toHaveAttribute('title', /^Not enough history yet \(0 of 3\)/);
  } finally {
    await host.stop();
  }
});
