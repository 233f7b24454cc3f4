import { cardOf, column, expect, test } from './fixtures';

/*
 * A parcel to the creator, recorded from the card with its tracking link; when it arrives the app
 * asks, then moves the card to Product received dated that day, and the contract's clock starts.
 */

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 720 }, now: '2026-03-05T10:00:00Z' });

test('a parcel recorded from the card, then delivered: the card moves to Product received on that day and the deadlines count from it', async ({ page, host }) => {
  await host.call('settings.update', { brandName: 'Lumen', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const creator = await host.call('influencers.create', { name: 'Mia Chen', shippingAddress: 'Keizersgracht 1\n1015 AA Amsterdam\nNetherlands' });
  const id = (await host.call('collaborations.create', { creatorId: creator.data!.id, stage: 'signed', feeMinor: 100_000, product: 'Glow serum' })).data!.id;
  const terms = await host.call('contracts.preset', { collaborationId: id, preset: 'paid_video' });
  expect((await host.call('contracts.finalize', { collaborationId: id, terms: terms.data })).ok).toBe(true);

  await page.goto(`${host.url}#/board/${id}`);
  const section = page.getByTestId('shipments');
  await section.getByRole('button', { name: 'Record a shipment' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a shipment' });
  await expect(dialog.getByRole('textbox', { name: 'Address' })).toHaveValue('Keizersgracht 1\n1015 AA Amsterdam\nNetherlands');
  await dialog.getByRole('textbox', { name: 'Tracking number' }).fill('JD0146000012345');
  await dialog.getByRole('textbox', { name: 'SKU 1' }).fill('GS-30');
  await dialog.getByRole('textbox', { name: 'Quantity 1' }).fill('2');
  // Delivered before it was shipped is refused by the form itself, at its field.
  await dialog.getByRole('textbox', { name: 'Shipped on' }).fill('2026-03-02');
  await dialog.getByRole('textbox', { name: 'Delivered on' }).fill('2026-03-01');
  await dialog.getByRole('button', { name: 'Record shipment' }).click();
  await expect(dialog.getByText('Delivered cannot be before it was shipped (2026-03-02)')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Delivered on' }).fill('');
  await dialog.getByRole('button', { name: 'Record shipment' }).click();
  await expect(dialog).toBeHidden();

  const line = section.getByTestId('shipment');
  await expect(line).toContainText('In transit since 2 Mar 2026');
  await expect(line).toContainText('2 × Glow serum (GS-30)');
  await expect(line.getByRole('link', { name: 'JD0146000012345' })).toHaveAttribute('href', 'https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=JD0146000012345');

  // The Shipments page lists it as on its way.
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Shipments' }).click();
  await expect(page.getByTestId('shipment-row')).toHaveCount(1);
  await expect(page.getByTestId('shipment-row')).toContainText('Mia Chen');
  await page.getByRole('radiogroup', { name: 'Show' }).getByText('Arrived, no post yet', { exact: true }).click();
  await expect(page.getByText('Every parcel that arrived has its post, or is not waiting for one.')).toBeVisible();
  await page.goto(`${host.url}#/board/${id}`);

  await line.getByRole('button', { name: 'Mark delivered' }).click();
  const arrived = page.getByRole('dialog', { name: 'The parcel arrived' });
  await arrived.getByRole('textbox', { name: 'Delivered on' }).fill('2026-03-03');
  await expect(arrived.getByRole('checkbox', { name: 'Move the card to Product received' })).toBeChecked();
  await arrived.getByRole('button', { name: 'Save' }).click();
  await expect(arrived).toBeHidden();
  await expect(line).toContainText('Delivered 3 Mar 2026');
  await expect(cardOf(column(page, 'product_received'), 'Mia Chen')).toBeVisible();
  expect((await host.call('collaborations.get', { id })).data).toMatchObject({ stage: 'product_received', productReceivedOn: '2026-03-03' });
  await page.goto(`${host.url}#/shipments`);
  await page.getByRole('radiogroup', { name: 'Show' }).getByText('Arrived, no post yet', { exact: true }).click();
  await expect(page.getByTestId('shipment-row')).toContainText('3 Mar 2026');
  const publish = (await host.call('deadlines.list', { collaborationId: id, openOnly: true })).data!.deadlines.find((d) => d.key === 'publish')!;
  expect(publish.dueDate).toBe('2026-03-23');
});

test('a shop’s orders export imports as shipments to the creators it names by email; the others are left out', async ({ page, host }) => {
  await host.call('settings.update', { brandName: 'Lumen', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const creator = await host.call('influencers.create', { name: 'Mia Chen', email: 'mia@example.com' });
  const id = (await host.call('collaborations.create', { creatorId: creator.data!.id, stage: 'signed', feeMinor: 100_000 })).data!.id;
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import & export' }).click();
  await page.getByRole('radio', { name: /^Orders/ }).check();
  const lines = [
    'Name,Email,Fulfilled at,Lineitem name,Lineitem sku,Lineitem quantity,Tracking Company,Tracking Number',
    '#1001,mia@example.com,2026-03-02 10:11:12 +0100,Glow serum,GS-30,2,DHL Express,JD0146000012345',
    '#1002,someone@example.org,2026-03-03,Glow serum,GS-30,1,bpost,',
  ];
  await page.getByLabel('CSV file').setInputFiles({ name: 'orders_export.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n') + '\r\n') });
  await page.getByRole('button', { name: 'Next: match the columns' }).click();
  await expect(page.getByRole('combobox', { name: 'Order', exact: true })).toHaveValue('Name');
  await page.getByRole('button', { name: 'Next: check the rows' }).click();
  await expect(page.getByText('2 rows read: each order to one of your creators becomes a shipment; 1 order to anyone else, or imported before, will be left out.')).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Imported 1 order (1 shipment; 1 order to no known creator or imported before left out)')).toBeVisible();
  await page.getByRole('link', { name: 'Open the Shipments page' }).click();
  await expect(page.getByTestId('shipment-row')).toContainText('Mia Chen');
  await expect(page.getByTestId('shipment-row').getByRole('link', { name: 'JD0146000012345' })).toBeVisible();
  expect((await host.call('shipments.list', { collaborationId: id })).data).toHaveLength(1);
});
