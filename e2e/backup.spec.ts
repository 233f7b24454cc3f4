import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { expect, test } from './fixtures';

test('Back up now, then restore that backup: what came after is undone, and the replaced data restores back', async ({ page, host }) => {
  expect((await host.call('influencers.create', { name: 'Mia Chen' })).ok).toBe(true);
  await page.goto(`${host.url}#/settings`);
  const section = page.getByRole('region', { name: 'Backups' });
  const rows = section.getByTestId('backup');
  // The app makes its first daily and weekly copies as it starts.
  const automatic = (await host.call('backup.list', {})).data!.length;
  expect(automatic).toBe(2);
  await expect(rows).toHaveCount(automatic);
  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backed up \(\d+ KB\)\.$/)).toBeVisible();
  await expect(rows).toHaveCount(automatic + 1);
  const mine = rows.filter({ hasText: 'Made by you' });
  await expect(mine).toHaveCount(1);
  // Each backup says what it holds, so the right one can be told apart.
  await expect(mine).toContainText('1 creator, 0 collaborations, 0 events');

  expect((await host.call('influencers.create', { name: 'Noah Berg' })).ok).toBe(true);
  await mine.getByRole('button', { name: /^Restore the backup of / }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('1 creator, 0 collaborations, 0 events');
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/^The data you replaced is kept as followthrough-replaced-.+\.db\.$/)).toBeVisible();
  const names = async () => (await host.call('influencers.list', {})).data!.map((c) => c.name);
  expect(await names()).toEqual(['Mia Chen']);
  expect((await host.call('events.verify', {})).data!.intact).toBe(true);

  // The data set aside is in the list, and goes back in place the same way.
  const replaced = rows.filter({ hasText: 'Replaced data' });
  await expect(replaced).toHaveCount(1);
  await expect(replaced).toContainText('2 creators');
  await replaced.getByRole('button', { name: /^Restore the backup of .+ \(replaced data\)$/ }).click();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(rows.filter({ hasText: 'Replaced data' })).toHaveCount(2);
  expect(await names()).toEqual(['Mia Chen', 'Noah Berg']);
});

test('a second backup folder gets a checked copy of every backup; once it is gone, the page says so and backups go on', async ({ page, host, consoleGuard }, testInfo) => {
  // A folder that cannot take backups is refused on purpose below.
  consoleGuard.allow(/400 \(Bad Request\) .*\/api\/backup\.setSecondFolder\b/);
  const usb = testInfo.outputPath('usb-drive');
  mkdirSync(usb, { recursive: true });
  await page.goto(`${host.url}#/settings`);
  const section = page.getByRole('region', { name: 'Backups' });
  const rows = section.getByTestId('backup');
  await expect(rows).toHaveCount(2);

  const field = section.getByLabel('Second backup folder');
  await field.fill('backups-elsewhere');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText(/^Give the full path of the folder/)).toBeVisible();

  await field.fill(usb);
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Every backup will also be copied to ${usb}.`)).toBeVisible();
  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(new RegExp(`^Backed up \\(\\d+ KB\\)\\. Also copied to ${usb}\\.$`))).toBeVisible();
  await expect(rows.filter({ hasText: 'Second folder' })).toHaveCount(1);
  expect(readdirSync(usb)).toEqual([expect.stringMatching(/^followthrough-.+-manual\.db$/)]);

  rmSync(usb, { recursive: true });
  await page.reload();
  await expect(section.getByRole('alert')).toHaveText(`There is no folder at ${usb} (is the drive connected?). Backups are still made next to your data.`);
  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backed up \(\d+ KB\) next to your data only$/)).toBeVisible();
  await expect(rows.filter({ hasText: 'Made by you' })).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Second folder' })).toHaveCount(0);
});

test('all data exported as JSON imports back in place of later changes', async ({ page, host }) => {
  expect((await host.call('influencers.create', { name: 'Mia Chen' })).ok).toBe(true);
  await page.goto(`${host.url}#/settings`);
  const section = page.getByRole('region', { name: 'Backups' });
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export all data (JSON)' }).click();
  const file = await (await download).path();
  expect((await host.call('influencers.create', { name: 'Noah Berg' })).ok).toBe(true);

  const chooser = page.waitForEvent('filechooser');
  await section.getByRole('button', { name: 'Import all data…' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('dialog', { name: 'Replace all data with this export?' }).getByRole('button', { name: 'Replace all data' }).click();
  await expect(page.getByText(/The data you replaced is kept as followthrough-replaced-/)).toBeVisible();
  expect((await host.call('influencers.list', {})).data!.map((c) => c.name)).toEqual(['Mia Chen']);
});
