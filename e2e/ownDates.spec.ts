import { expect, test } from './fixtures';

/*
 * A collaboration without a contract: the dates agreed by message are added, moved and dropped
 * from the card, remind and turn late like a contract's; the reply time agreed is kept.
 */

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 720 }, now: '2026-03-25T10:00:00Z' });

test('a draft date agreed by message, added from the card, turns late; it is moved, then dropped; the reply time is refused at its field when impossible', async ({ page, host }) => {
  await host.call('settings.update', { brandName: 'Lumen', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const creator = await host.call('influencers.create', { name: 'Lin Wei' });
  const id = (await host.call('collaborations.create', { creatorId: creator.data!.id, stage: 'product_received', publishBy: '2026-04-10' })).data!.id;
  await page.goto(`${host.url}#/board/${id}/contract`);
  const section = page.getByTestId('own-dates');
  const table = section.getByRole('table', { name: 'Deadlines' });
  await expect(table.locator('tr[data-key="own_publish_by"]')).toContainText('10 Apr 2026');

  await section.getByRole('button', { name: 'Add a date' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an agreed date' });
  await dialog.getByRole('textbox', { name: 'Due by' }).fill('2026-03-20');
  await dialog.getByRole('button', { name: 'Add the date' }).click();
  await expect(dialog).toBeHidden();
  const draft = table.getByRole('row', { name: /Draft/ });
  await expect(draft).toContainText('20 Mar 2026');
  await expect(draft).toContainText('Late by 5 days');

  await draft.getByRole('button', { name: 'Change Draft' }).click();
  const change = page.getByRole('dialog', { name: 'Change an agreed date' });
  await change.getByRole('textbox', { name: 'Due by' }).fill('2026-03-28');
  await change.getByRole('button', { name: 'Save the date' }).click();
  await expect(change).toBeHidden();
  await expect(draft).toContainText('28 Mar 2026');
  await expect(draft).toContainText('Upcoming');

  await draft.getByRole('button', { name: 'Change Draft' }).click();
  await change.getByRole('button', { name: 'Drop this date' }).click();
  await expect(change).toBeHidden();
  await expect(table.getByRole('row', { name: /Draft/ })).toHaveCount(0);
  const changes = (await host.call('events.list', { collaborationId: id, limit: 10 })).data!.filter((e) => e.type === 'deadline.changed');
  expect(changes.map((e) => (e.type === 'deadline.changed' ? e.data.change : null))).toEqual(['removed', 'moved', 'added']);

  const hours = section.getByRole('textbox', { name: 'Replies expected within (hours)' });
  await hours.fill('1000');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByText('At most 720 hours (30 days)')).toBeVisible();
  await hours.fill('48');
  await section.getByRole('button', { name: 'Save' }).click();
  await expect.poll(async () => (await host.call('collaborations.get', { id })).data!.replyWithinHours).toBe(48);
});
