import { expect, test } from './fixtures';

/* A contract milestone on a fixed date (a launch day) rather than a count of days. */

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 720 }, now: '2026-03-02T09:00:00Z' });

test('the post due on launch day: the builder takes the date, the preview prints it, and the deadline falls on it', async ({ page, host, consoleGuard }) => {
  // The preview frame refuses every script, Playwright's clock among them.
  consoleGuard.allow(/Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/);
  await host.call('settings.update', { brandName: 'Lumen', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const creator = await host.call('influencers.create', { name: 'Mia Chen' });
  const id = (await host.call('collaborations.create', { creatorId: creator.data!.id, feeMinor: 100_000, stage: 'contract_sent' })).data!.id;
  await page.goto(`${host.url}#/contract/${id}`);
  await page.getByRole('combobox', { name: 'Start from a preset' }).click();
  await page.getByRole('option', { name: 'Paid video', exact: true }).click();
  // The paid-video preset lists feedback, script, first draft, then the post.
  const publish = page.getByTestId('milestone').nth(3);
  await expect(publish.getByRole('textbox', { name: 'Milestone name' })).toHaveValue('Final video published');
  await publish.getByRole('combobox', { name: 'Counted from' }).click();
  await page.getByRole('option', { name: 'on a fixed date' }).click();
  await publish.getByRole('textbox', { name: 'Date for Final video published' }).fill('2026-04-15');
  const preview = page.frameLocator('iframe[title="Contract preview"]');
  await expect(preview.locator('body')).toContainText('on 15 April 2026');
  await page.getByRole('button', { name: 'Finalize version 1' }).click();
  await page.getByRole('dialog', { name: 'Finalize version 1?' }).getByRole('button', { name: 'Finalize' }).click();
  await expect(page.getByText('Version 1 finalized').first()).toBeVisible();
  // Due on that day even before the product has arrived.
  const deadlines = (await host.call('deadlines.list', { collaborationId: id, openOnly: true })).data!.deadlines;
  expect(deadlines.find((d) => d.key === 'publish')).toMatchObject({ dueDate: '2026-04-15', basis: { from: 'fixed', onDate: '2026-04-15' } });
});
