import { cardOf, expect, test } from './fixtures';

/* A gift whose creator never posted: ghosted on its card after the last follow-up, and found with "Shipped, no post". */

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 720 }, now: '2026-03-25T10:00:00Z' });

test('a gift with no post turns ghosted after day 14, and "Shipped, no post" shows only such gifts', async ({ page, host }) => {
  await host.call('settings.update', { brandName: 'Lumen', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const lin = await host.call('influencers.create', { name: 'Lin Gifted' });
  await host.call('collaborations.create', { creatorId: lin.data!.id, stage: 'product_received', productReceivedOn: '2026-03-05' });
  const ana = await host.call('influencers.create', { name: 'Ana Paid' });
  await host.call('collaborations.create', { creatorId: ana.data!.id, stage: 'product_received', feeMinor: 50_000, productReceivedOn: '2026-03-05' });
  const sam = await host.call('influencers.create', { name: 'Sam Shipped' });
  await host.call('collaborations.create', { creatorId: sam.data!.id, stage: 'product_shipped' });

  await page.goto(host.url);
  const ghosted = cardOf(page, 'Lin Gifted');
  await expect(ghosted.getByTestId('conversation')).toHaveText('Ghosted · gift arrived 20 d ago');
  await expect(ghosted.locator('.ft-card')).toHaveAttribute('data-health', 'ghosted');
  await expect(page.getByTestId('card')).toHaveCount(3);

  await page.getByText('Shipped, no post').click();
  await expect(page.getByTestId('card')).toHaveCount(2);
  await expect(cardOf(page, 'Ana Paid')).toHaveCount(0);
  await expect(cardOf(page, 'Sam Shipped')).toBeVisible();
  // A gift sent with no post asked for leaves the list, and is never ghosted.
  await cardOf(page, 'Sam Shipped').click();
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByRole('checkbox', { name: 'A post about the gift is expected' }).uncheck();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('card')).toHaveCount(1);
  await expect(cardOf(page, 'Lin Gifted')).toBeVisible();
  await page.getByText('Shipped, no post').click();
  await expect(page.getByTestId('card')).toHaveCount(3);
});
