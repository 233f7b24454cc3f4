import { expect, test } from './fixtures';

test('Back up now, then restore that backup: what came after is undone and the replaced data is kept', async ({ page, host }) => {
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
  await expect(rows.filter({ hasText: 'Made by you' })).toHaveCount(1);

  expect((await host.call('influencers.create', { name: 'Noah Berg' })).ok).toBe(true);
  await rows.filter({ hasText: 'Made by you' }).getByRole('button', { name: /^Restore the backup of / }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this backup?' });
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText(/^The data you replaced is kept as followthrough-replaced-.+\.db\.$/)).toBeVisible();
  const names = (await host.call('influencers.list', {})).data!.map((c) => c.name);
  expect(names).toEqual(['Mia Chen']);
  expect((await host.call('events.verify', {})).data!.intact).toBe(true);
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
