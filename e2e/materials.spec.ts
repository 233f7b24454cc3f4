import { expect, test } from './fixtures';

/*
 * A campaign's materials kit: files added on the campaign page, listed with their size, downloaded
 * and removed; the support offer lists them in the message and offers each to attach.
 */

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 800 }, now: '2026-03-10T10:00:00Z' });

const manual = Buffer.from('%PDF-1.4\nGlow serum: two drops in the evening.\n');

test('files added to a campaign’s kit are listed, downloaded, offered by the support message, and removed after a confirmation', async ({ page, host, consoleGuard }) => {
  // The file added twice is refused on purpose.
  consoleGuard.allow(/409 \(Conflict\) .*\/api\/materials\.add\b/);
  await host.call('settings.update', { brandName: 'Lumen', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const campaignId = (await host.call('campaigns.create', { name: 'Spring glow', currency: 'EUR' })).data!.id;
  const creator = (await host.call('influencers.create', { name: 'Mia Chen', email: 'mia@example.com' })).data!;
  const id = (await host.call('collaborations.create', { creatorId: creator.id, campaignId, stage: 'in_production', feeMinor: 100_000 })).data!.id;

  await page.goto(`${host.url}#/campaigns/${campaignId}`);
  const kit = page.getByTestId('materials-kit');
  await expect(kit.getByText('No materials yet.', { exact: false })).toBeVisible();
  await kit.getByLabel('Files for the materials kit').setInputFiles([
    { name: 'Manual.pdf', mimeType: 'application/pdf', buffer: manual },
    { name: 'Serum.png', mimeType: 'image/png', buffer: Buffer.from('not really a png, but bytes') },
  ]);
  const rows = kit.getByTestId('material');
  await expect(rows).toHaveCount(2);
  // Left to the file type, the kind follows the media type.
  await expect(rows.filter({ hasText: 'Manual.pdf' })).toContainText('Product manual');
  await expect(rows.filter({ hasText: 'Serum.png' })).toContainText('Photos');
  await expect(rows.filter({ hasText: 'Manual.pdf' })).toContainText(`${manual.length} byte`);

  const download = page.waitForEvent('download');
  await kit.getByRole('button', { name: 'Download Manual.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('Manual.pdf');

  // The same file twice is refused, naming the one already in the kit.
  await kit.getByLabel('Files for the materials kit').setInputFiles({ name: 'Manual copy.pdf', mimeType: 'application/pdf', buffer: manual });
  await expect(kit.getByRole('alert')).toContainText('This file is already in the campaign’s kit as “Manual.pdf”; nothing was added.');
  await expect(rows).toHaveCount(2);

  // The support offer lists the kit in the message, and offers each file to attach.
  await page.goto(`${host.url}#/board/${id}/messages/support_offer`);
  const drawer = page.getByRole('dialog', { name: 'Mia Chen' });
  await expect(drawer.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue(/attached a few things that might help:\n- Manual\.pdf\n- Serum\.png\n/);
  const attachments = drawer.getByTestId('kit-attachments');
  await expect(attachments.getByRole('button', { name: 'Download Manual.pdf' })).toBeVisible();
  await expect(attachments.getByRole('button', { name: 'Download Serum.png' })).toBeVisible();

  // Removing asks first; the row stays on record as removed, the file is gone.
  await page.goto(`${host.url}#/campaigns/${campaignId}`);
  await kit.getByRole('button', { name: 'Remove Serum.png from the kit' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove from the kit?' });
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(confirm).toBeHidden();
  await expect(rows).toHaveCount(1);
  const all = (await host.call('materials.list', { campaignId, removed: true })).data!;
  expect(all.map((m) => [m.name, m.removedAt !== null, m.available])).toEqual([
    ['Manual.pdf', false, true],
    ['Serum.png', true, false],
  ]);
});
