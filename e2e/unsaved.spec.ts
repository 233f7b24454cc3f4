import { expect, test } from './fixtures';

test('leaving the contract builder with unsaved edits asks first: Stay keeps them, Discard leaves', async ({ page, host, consoleGuard }) => {
  consoleGuard.allow(/Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/);
  const creator = (await host.call('influencers.create', { name: 'Mia Chen', region: 'EU' })).data!;
  const collab = (await host.call('collaborations.create', { creatorId: creator.id, feeMinor: 100_000, currency: 'EUR', stage: 'contract_sent' })).data!;

  await page.goto(`${host.url}#/contract/${collab.id}`);
  await expect(page.getByRole('heading', { name: 'Contract with Mia Chen' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Start from a preset' }).click();
  await page.getByRole('option', { name: 'Paid video', exact: true }).click();
  await page.getByRole('button', { name: 'Content ownership and usage' }).click();
  await page.getByRole('textbox', { name: 'Licence length' }).fill('45');

  await page.getByRole('link', { name: 'Settings' }).click();
  const ask = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Stay' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Contract with Mia Chen' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Licence length' })).toHaveValue('45 days');
  expect(new URL(page.url()).hash).toBe(`#/contract/${collab.id}`);

  await page.getByRole('link', { name: 'Settings' }).click();
  await ask.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  expect((await host.call('contracts.get', { collaborationId: collab.id })).data!.status).toBe('none');
});

test('a form in a window asks before Escape or its ✕ throws away what was typed; untouched, it closes at once', async ({ page, host }) => {
  await page.goto(`${host.url}#/creators`);
  await page.getByRole('button', { name: 'Add creator' }).click();
  const form = page.getByRole('dialog', { name: 'New creator' });
  // Nothing typed: Escape just closes.
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();

  await page.getByRole('button', { name: 'Add creator' }).click();
  await form.getByLabel('Name').fill('Mia Chen');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('alertdialog', { name: 'Discard unsaved changes?' });
  await expect(ask).toContainText('Your changes in this form are not saved.');
  await expect(ask.getByRole('button', { name: 'Stay' })).toBeFocused();
  await ask.getByRole('button', { name: 'Stay' }).click();
  await expect(ask).toBeHidden();
  await expect(form.getByLabel('Name')).toHaveValue('Mia Chen');

  await form.getByRole('button', { name: 'Close' }).click();
  await ask.getByRole('button', { name: 'Discard' }).click();
  await expect(form).toBeHidden();
  expect((await host.call('influencers.list', {})).data).toEqual([]);

  // The same for a campaign, and Cancel is a choice already: it closes without asking.
  await page.goto(`${host.url}#/campaigns`);
  await page.getByRole('button', { name: 'Add campaign' }).click();
  const campaign = page.getByRole('dialog', { name: 'New campaign' });
  await campaign.getByLabel('Campaign name').fill('Spring');
  await page.keyboard.press('Escape');
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(campaign.getByLabel('Campaign name')).toHaveValue('Spring');
  await campaign.getByRole('button', { name: 'Cancel' }).click();
  await expect(campaign).toBeHidden();
  await expect(ask).toBeHidden();
});
