import { cardOf, column, drag, expect, test } from './fixtures';

test.beforeEach(async ({ host }) => {
  await host.call('sample.load');
  // The sample's reminders are fired now, not as pop-ups arriving while a menu is open.
  await host.call('notifications.check');
});

const archiveFromMenu = async (card: ReturnType<typeof cardOf>, name: string) => {
  await card.getByRole('button', { name: `Move ${name} to…` }).click();
  await card.page().getByRole('menuitem', { name: 'Archive' }).click();
};

test('an archived card leaves the board, and the Undo toast brings it back', async ({ page, host }) => {
  await page.goto(host.url);
  const card = cardOf(column(page, 'outreach'), 'Mia Janssen');
  await archiveFromMenu(card, 'Mia Janssen');
  await expect(page.getByText('Mia Janssen archived.')).toBeVisible();
  await expect(cardOf(column(page, 'outreach'), 'Mia Janssen')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cardOf(column(page, 'outreach'), 'Mia Janssen')).toBeVisible();
  expect((await host.call('collaborations.board', { archived: true })).data!.cards).toHaveLength(0);
});

test('an archived card is found under the Archived filter and restored from there', async ({ page, host }) => {
  await page.goto(host.url);
  await archiveFromMenu(cardOf(column(page, 'negotiating'), 'Lin Wei'), 'Lin Wei');
  await expect(cardOf(column(page, 'negotiating'), 'Lin Wei')).toHaveCount(0);
  await page.getByRole('radiogroup', { name: 'Show' }).getByText('Archived').click();
  const list = page.getByTestId('archived-list');
  await expect(list).toContainText('Lin Wei');
  await expect(list).toContainText('Negotiating');
  await list.getByRole('button', { name: 'Restore Lin Wei' }).click();
  await expect(page.getByText('Nothing is archived.')).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Show' }).getByText('Board').click();
  await expect(cardOf(column(page, 'negotiating'), 'Lin Wei')).toBeVisible();
});

test('a draft goes to the trash, comes back, and an emptied trash deletes it for good', async ({ page, host, consoleGuard }) => {
  // Trashing a card that is no longer a draft is refused on purpose below.
  consoleGuard.allow(/409 \(Conflict\) .*\/api\/trash\.add\b/);
  const creator = await host.call('influencers.create', { name: 'Noor Bakker' });
  expect((await host.call('collaborations.create', { creatorId: creator.data!.id, feeMinor: 50_000, currency: 'EUR' })).ok).toBe(true);
  await page.goto(host.url);
  const draft = cardOf(column(page, 'prospect'), 'Noor Bakker');
  await draft.getByRole('button', { name: 'Move Noor Bakker to…' }).click();
  await page.getByRole('menuitem', { name: 'Delete draft' }).click();
  await expect(page.getByText('Noor Bakker moved to the trash (kept 30 days).')).toBeVisible();
  await expect(cardOf(column(page, 'prospect'), 'Noor Bakker')).toHaveCount(0);

  await page.getByRole('button', { name: 'More board actions' }).click();
  await page.getByRole('menuitem', { name: 'Trash…' }).click();
  const trash = page.getByRole('dialog', { name: 'Trash' });
  await expect(trash.getByTestId('trash-list')).toContainText('Noor Bakker');
  await expect(trash.getByTestId('trash-list')).toContainText('deleted on 15 Jul 2026');
  await trash.getByRole('button', { name: 'Restore Noor Bakker' }).click();
  await expect(trash.getByText('The trash is empty.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(cardOf(column(page, 'prospect'), 'Noor Bakker')).toBeVisible();

  // A card with a history is refused, with the reason.
  const mia = cardOf(column(page, 'outreach'), 'Mia Janssen');
  await mia.getByRole('button', { name: 'Move Mia Janssen to…' }).click();
  await page.getByRole('menuitem', { name: 'Delete draft' }).click();
  await expect(page.getByText(/Only a draft can go to the trash/)).toBeVisible();

  // Emptied: gone for good.
  const again = cardOf(column(page, 'prospect'), 'Noor Bakker');
  await again.getByRole('button', { name: 'Move Noor Bakker to…' }).click();
  await page.getByRole('menuitem', { name: 'Delete draft' }).click();
  await expect(cardOf(column(page, 'prospect'), 'Noor Bakker')).toHaveCount(0);
  await page.getByRole('button', { name: 'More board actions' }).click();
  await page.getByRole('menuitem', { name: 'Trash…' }).click();
  await trash.getByRole('button', { name: 'Empty trash' }).click();
  await expect(trash.getByText('The trash is empty.')).toBeVisible();
  expect((await host.call('trash.list')).data).toEqual([]);
});

test('the sample data is removed in one go', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('card')).toHaveCount(10);
  await page.getByRole('button', { name: 'More board actions' }).click();
  await page.getByRole('menuitem', { name: 'Remove sample data' }).click();
  await expect(page.getByText('Removed the sample data: 10 collaborations, 6 creators, 2 campaigns.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your board is empty' })).toBeVisible();
  // The workspace is empty again: the sample can be loaded anew.
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByTestId('card')).toHaveCount(10);
});

test('a dragged card goes back with Undo, and the history keeps both moves', async ({ page, host }) => {
  await page.goto(host.url);
  await drag(page, cardOf(column(page, 'outreach'), 'Mia Janssen'), column(page, 'negotiating'));
  await expect(cardOf(column(page, 'negotiating'), 'Mia Janssen')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cardOf(column(page, 'outreach'), 'Mia Janssen')).toBeVisible();
  const events = (await host.call('events.list', { collaborationId: 1, limit: 2 })).data!;
  expect(events.map((e) => (e.type === 'collaboration.moved' ? `${e.data.from}→${e.data.to}` : e.type))).toEqual(['negotiating→outreach', 'outreach→negotiating']);
});

test('cards ticked on the board are archived together', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('checkbox', { name: 'Select Mia Janssen' }).first().check();
  await page.getByRole('checkbox', { name: 'Select Lin Wei' }).check();
  const bar = page.getByRole('toolbar', { name: 'Selected collaborations' });
  await expect(bar).toContainText('2 collaborations selected');
  await bar.getByRole('button', { name: 'Archive selected' }).click();
  await expect(page.getByText('2 collaborations archived.')).toBeVisible();
  await expect(page.getByTestId('card')).toHaveCount(8);
  await expect(bar).toBeHidden();
});

test('cards ticked on the board move together, each move recorded', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('checkbox', { name: 'Select Mia Janssen' }).first().check();
  await page.getByRole('checkbox', { name: 'Select Lin Wei' }).check();
  const bar = page.getByRole('toolbar', { name: 'Selected collaborations' });
  await bar.getByRole('combobox', { name: 'Move the selected collaborations to' }).click();
  await page.getByRole('option', { name: 'Declined' }).click();
  await expect(page.getByText('2 collaborations moved to Declined.')).toBeVisible();
  await expect(cardOf(column(page, 'declined'), 'Mia Janssen')).toBeVisible();
  await expect(cardOf(column(page, 'declined'), 'Lin Wei')).toBeVisible();
  await expect(bar).toBeHidden();
  const board = (await host.call('collaborations.board', {})).data!;
  expect(board.cards.filter((c) => c.stage === 'declined').map((c) => c.creatorName).sort()).toEqual(['Lin Wei', 'Mia Janssen']);
});

test('archived creators and campaigns are listed under their pages and restored from there', async ({ page, host }) => {
  const creator = (await host.call('influencers.create', { name: 'Noor Bakker' })).data!;
  const campaign = (await host.call('campaigns.create', { name: 'Winter drop', currency: 'EUR' })).data!;
  await host.call('influencers.archive', { id: creator.id });
  await host.call('campaigns.archive', { id: campaign.id });

  await page.goto(`${host.url}#/creators`);
  await expect(page.getByRole('row', { name: /Noor Bakker/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show archived creators (1)' }).click();
  await page.getByTestId('archived-creators').getByRole('button', { name: 'Restore Noor Bakker' }).click();
  await expect(page.getByText('Noor Bakker is back.')).toBeVisible();
  await expect(page.getByRole('button', { name: /archived creators/ })).toHaveCount(0);
  expect((await host.call('influencers.get', { id: creator.id })).data!.visibility).toBe('shown');

  await page.goto(`${host.url}#/campaigns`);
  await page.getByRole('button', { name: 'Show archived campaigns (1)' }).click();
  await page.getByTestId('archived-campaigns').getByRole('button', { name: 'Restore Winter drop' }).click();
  await expect(page.getByText('Winter drop is back.')).toBeVisible();
  expect((await host.call('campaigns.get', { id: campaign.id })).data!.visibility).toBe('shown');
});
