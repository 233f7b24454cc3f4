import { expect, test } from './fixtures';
import type { Host } from './host';

/*
 * A paid collaboration's money on its Overview: fee, deduction, what was paid and what is still to
 * pay; a payment recorded from the drawer, refused at its field when it cannot be true.
 */

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 720 }, now: '2026-03-25T10:00:00Z' });

async function paidCard(host: Host): Promise<number> {
  await host.call('settings.update', { brandName: 'Lumen', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const creator = await host.call('influencers.create', { name: 'Mia Chen' });
  const collab = await host.call('collaborations.create', { creatorId: creator.data!.id, feeMinor: 120_000, currency: 'EUR', stage: 'signed' });
  return collab.data!.id;
}

test('a payment recorded from the card lowers what is still to pay and joins the history; an impossible one is refused at its field', async ({ page, host, consoleGuard }) => {
  // The day in the future is refused by the app itself: its 400 is expected.
  consoleGuard.allow(/400 \(Bad Request\) .*\/api\/payments\.add\b/);
  const id = await paidCard(host);
  await page.goto(`${host.url}#/board/${id}`);
  const payments = page.getByTestId('payments');
  await expect(payments.getByTestId('still-to-pay')).toHaveText('€1,200');

  await payments.getByRole('button', { name: 'Record a payment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a payment' });
  await expect(dialog.getByRole('textbox', { name: 'Paid on' })).toHaveValue('2026-03-25');
  // Nothing entered: the amount is asked for, nothing is recorded.
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(dialog.getByText('Enter an amount')).toBeVisible();
  // A day that has not come yet is refused by the app, next to the date.
  await dialog.getByRole('textbox', { name: /Amount/ }).fill('300');
  await dialog.getByRole('textbox', { name: 'Paid on' }).fill('2026-03-26');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(dialog.getByText('A payment cannot be dated in the future.')).toBeVisible();
  expect((await host.call('payments.list', { collaborationId: id })).data).toEqual([]);

  await dialog.getByRole('textbox', { name: 'Paid on' }).fill('2026-03-20');
  await dialog.getByRole('textbox', { name: 'Method' }).fill('Bank transfer');
  await dialog.getByRole('textbox', { name: 'Reference' }).fill('INV-12');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await expect(dialog).toBeHidden();
  await expect(payments.getByTestId('still-to-pay')).toHaveText('€900');
  await expect(payments.getByTestId('payment')).toHaveText(['20 Mar 2026', 'Deposit', '€300', 'Bank transfer · INV-12'].join(''));
  expect((await host.call('ledger.get', { collaborationId: id })).data).toMatchObject({ feePaidMinor: 30_000, stillToPayMinor: 90_000 });

  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByText('Paid €300: deposit, on 20 Mar 2026')).toBeVisible();
});
