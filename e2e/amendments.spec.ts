import { expect, test } from './fixtures';
import { contractedCollaboration } from './seed';

/*
 * What was agreed after the contract, recorded from the card: a new date for a milestone, half the
 * deduction waived; the deadlines, the deduction and the letter follow, the contract's date beside.
 */

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 720 }, now: '2026-03-25T10:00:00Z' });

test('a date moved and a deduction halved by agreement: the card, the ledger and the letter follow; a date not later is refused at its field', async ({ page, host, consoleGuard }) => {
  // The refused date is refused by the app itself: its 400 is expected; the print frame runs no scripts.
  consoleGuard.allow(/400 \(Bad Request\) .*\/api\/amendments\.add\b/);
  consoleGuard.allow(/Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/);
  await host.call('settings.update', { brandName: 'Lumen', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  // The product came on 2 March: the video was due on 22 March, three days ago.
  const id = await contractedCollaboration(host, 'Mia Chen', '2026-03-02');
  await page.addInitScript(() => {
    window.print = () => {
      (window.top as unknown as { printed?: string }).printed = document.documentElement.outerHTML;
    };
  });
  await page.goto(`${host.url}#/board/${id}/contract`);
  const drawer = page.getByRole('dialog', { name: 'Mia Chen' });
  const publish = drawer.getByRole('table', { name: 'Deadlines' }).locator('tr[data-key="publish"]');
  await expect(publish).toContainText('22 Mar 2026');
  await expect(publish).toContainText('Late by 3 days');

  await publish.getByRole('button', { name: 'Move date' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move a date by agreement' });
  await expect(dialog.getByRole('textbox', { name: 'New date' })).toHaveValue('2026-03-29');
  // A date that is not later is refused by the app, next to the date; nothing is recorded.
  await dialog.getByRole('textbox', { name: 'New date' }).fill('2026-03-21');
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Parcel held at customs');
  await dialog.getByRole('button', { name: 'Record the new date' }).click();
  await expect(dialog.getByText('Choose a day after its current date, 2026-03-22.')).toBeVisible();
  expect((await host.call('amendments.list', { collaborationId: id })).data).toEqual([]);

  await dialog.getByRole('textbox', { name: 'New date' }).fill('2026-03-29');
  await dialog.getByRole('button', { name: 'Record the new date' }).click();
  await expect(dialog).toBeHidden();
  await expect(publish).toContainText('29 Mar 2026');
  await expect(publish.getByTestId('original-date')).toHaveText('contract: 22 Mar 2026');
  const amendments = drawer.getByTestId('amendments');
  await expect(amendments.getByTestId('amendment')).toContainText('moved from 22 Mar 2026 to 29 Mar 2026');

  // Still late on an earlier milestone: half of what it costs is waived.
  const before = (await host.call('deadlines.list', { collaborationId: id, openOnly: true })).data!.penalties[0]!;
  expect(before.deductionMinor).toBeGreaterThan(0);
  await amendments.getByRole('button', { name: 'Waive the deduction' }).click();
  const waive = page.getByRole('dialog', { name: 'Waive the deduction' });
  await waive.getByRole('textbox', { name: 'Share waived (%)' }).fill('50');
  await waive.getByRole('textbox', { name: 'Reason' }).fill('Settled on the phone: deduction halved');
  await waive.getByRole('button', { name: 'Record the waiver' }).click();
  await expect(waive).toBeHidden();
  const half = Math.round(before.deductionMinor / 2);
  const ledger = (await host.call('ledger.get', { collaborationId: id })).data!;
  expect(ledger).toMatchObject({ waivedMinor: half, deductionMinor: before.deductionMinor - half });
  await expect(drawer.getByTestId('waived')).toContainText('was waived by agreement');
  await expect(amendments.getByTestId('amendment')).toHaveCount(2);

  // The letter for the new date goes to the print dialog, naming the version it amends.
  await amendments.getByTestId('amendment').last().getByRole('button', { name: 'Letter' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed?: string }).printed ?? '')).toContain('moves from 22 March 2026 to 29 March 2026');

  const pack = (await host.call('evidence.pack', { collaborationId: id })).data!;
  expect(pack.amendments!.map((a) => a.title)).toEqual([expect.stringContaining('moved from 22 Mar 2026 to 29 Mar 2026'), 'Late-delivery deduction reduced by 50 %']);
  expect(pack.penalty!.waivedMinor).toBe(half);
});
