import { cardOf, column, drag, expect, test } from './fixtures';
import { startHost } from './host';

test('a new user adds a creator and a collaboration, drags it, and finds it after a reload and a restart', async ({ page, host, now, consoleGuard }) => {
  // While the app restarts, the open page's change stream (or a refetch) may reach for it, and the browser says so.
  consoleGuard.allow(/ERR_CONNECTION_REFUSED .*\/api\//, { timing: true });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Your board is empty' })).toBeVisible();
  await expect(page).not.toHaveURL(/token=/);

  await page.getByRole('button', { name: 'New collaboration' }).click();
  const dialog = page.getByRole('dialog', { name: 'New collaboration' });
  await dialog.getByRole('button', { name: '+ New creator' }).click();
  const creatorDialog = page.getByRole('dialog', { name: 'New creator' });
  await creatorDialog.getByLabel('Name').fill('Ava Stone');
  await creatorDialog.getByRole('textbox', { name: 'Handle' }).fill('@ava.makes');
  await creatorDialog.getByRole('button', { name: 'Add creator' }).click();
  await expect(creatorDialog).toBeHidden();
  await expect(dialog.getByRole('combobox', { name: 'Creator' })).toHaveValue('Ava Stone');

  await dialog.getByRole('combobox', { name: 'Stage' }).click();
  await page.getByRole('option', { name: 'Outreach' }).click();
  await dialog.getByRole('textbox', { name: 'Fee' }).fill('1,250');
  await dialog.getByRole('button', { name: 'Add collaboration' }).click();
  await expect(dialog).toBeHidden();

  const card = cardOf(column(page, 'outreach'), 'Ava Stone');
  await expect(card).toBeVisible();
  await expect(card).toContainText('€1,250');
  await expect(card).toContainText('Instagram · @ava.makes');

  await drag(page, card, column(page, 'negotiating'));
  await expect(cardOf(column(page, 'negotiating'), 'Ava Stone')).toBeVisible();
  await expect(column(page, 'outreach').getByTestId('card')).toHaveCount(0);

  await page.reload();
  await expect(cardOf(column(page, 'negotiating'), 'Ava Stone')).toBeVisible();

  await host.stop();
  const again = await startHost(host.dataDir, { now });
  try {
    await page.goto(again.url);
    const moved = cardOf(column(page, 'negotiating'), 'Ava Stone');
    await expect(moved).toBeVisible();
    await moved.click();
    const drawer = page.getByRole('dialog', { name: 'Ava Stone' });
    await drawer.getByRole('tab', { name: 'Timeline' }).click();
    const timeline = drawer.getByTestId('timeline');
    await expect(timeline).toContainText('Moved from Outreach to Negotiating');
    await expect(timeline).toContainText('Collaboration started in Outreach');
  } finally {
    await again.stop();
  }
});

test('keyboard users move a card with the "Move to…" menu', async ({ page, host }) => {
  await host.call('sample.load');
  // The sample's reminders are fired now, not as pop-ups arriving while the menu is open.
  await host.call('notifications.check');
  await page.goto(host.url);
  const card = cardOf(column(page, 'outreach'), 'Mia Janssen');
  await card.getByRole('button', { name: 'Move Mia Janssen to…' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  // Down the list: Prospect, (Outreach is the current stage and skipped), Negotiating, Contract sent, Signed.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: 'Signed' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cardOf(column(page, 'signed'), 'Mia Janssen')).toBeVisible();
  // The newest move is this one; a reminder the app fires meanwhile may come after it in the history.
  const events = await host.call('events.list', { collaborationId: 1 });
  expect(events.data?.find((e) => e.type === 'collaboration.moved')).toMatchObject({ data: { from: 'outreach', to: 'signed' } });
});

test('forms show what is wrong next to the field and save nothing', async ({ page, host }) => {
  await page.goto(`${host.url}#/creators`);
  await page.getByRole('button', { name: 'Add creator' }).click();
  const dialog = page.getByRole('dialog', { name: 'New creator' });
  await dialog.getByLabel('Email').fill('mia-at-example');
  await dialog.getByRole('button', { name: 'Add creator' }).click();
  await expect(dialog.getByText('Enter a name')).toBeVisible();
  await expect(dialog.getByText('Enter a valid email address, like name@example.com')).toBeVisible();
  await expect(dialog.getByText('Enter the handle')).toBeVisible();
  expect((await host.call('influencers.list')).data).toEqual([]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // A new collaboration: no creator, an empty fee (not a gift until it says 0) and dates out of
  // order are all named at once.
  await page.goto(`${host.url}#/board`);
  await page.getByRole('button', { name: 'New collaboration' }).click();
  const collab = page.getByRole('dialog', { name: 'New collaboration' });
  await expect(collab.getByRole('textbox', { name: 'Fee' })).toHaveValue('0');
  await collab.getByRole('textbox', { name: 'Fee' }).fill('');
  await collab.getByLabel('Start date').fill('2026-03-01');
  await collab.getByLabel('Publish by').fill('2026-02-01');
  await collab.getByRole('button', { name: 'Add collaboration' }).click();
  await expect(collab.getByText('Choose a creator')).toBeVisible();
  await expect(collab.getByText('Enter the fee, or 0 for a gift')).toBeVisible();
  await expect(collab.getByText('The publish-by date (2026-02-01) cannot be before the start date (2026-03-01)')).toBeVisible();
  expect((await host.call('collaborations.board', {})).data!.cards).toEqual([]);
});

test('sample data fills the board; campaign filter and creator search narrow it', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByTestId('card')).toHaveCount(10);

  await page.getByRole('combobox', { name: 'Filter by campaign' }).click();
  await page.getByRole('option', { name: 'Desk setup series' }).click();
  await expect(page.getByTestId('card')).toHaveCount(4);
  await page.getByLabel('Search creators').fill('jordan');
  await expect(page.getByTestId('card')).toHaveCount(1);
  await expect(cardOf(column(page, 'contract_sent'), 'Jordan Reyes')).toBeVisible();
});

test('changes made through the API elsewhere appear without a reload', async ({ page, host }) => {
  await host.call('sample.load');
  await page.goto(host.url);
  await expect(cardOf(column(page, 'outreach'), 'Mia Janssen')).toBeVisible();
  await host.call('collaborations.move', { id: 1, to: 'declined' });
  await expect(cardOf(column(page, 'declined'), 'Mia Janssen')).toBeVisible();
});

test('a change refreshes the board once, in the page that made it and in another; acknowledging a reminder does not', async ({ page, host, context }) => {
  await host.call('sample.load');
  await host.call('notifications.check');
  const other = await context.newPage();
  const boardReads = (p: typeof page) => {
    const seen = { count: 0 };
    p.on('request', (r) => {
      if (r.url().endsWith('/api/collaborations.board')) seen.count += 1;
    });
    return seen;
  };
  await page.goto(host.url);
  await other.goto(host.url);
  await expect(cardOf(column(page, 'outreach'), 'Mia Janssen')).toBeVisible();
  await expect(cardOf(column(other, 'outreach'), 'Mia Janssen')).toBeVisible();
  // Coming back to a tab refreshes what it shows; that is not what is counted here.
  await page.bringToFront();
  await page.waitForTimeout(500);
  const here = boardReads(page);
  const there = boardReads(other);

  await cardOf(column(page, 'outreach'), 'Mia Janssen').getByRole('button', { name: 'Move Mia Janssen to…' }).click();
  await page.getByRole('menuitem', { name: 'Negotiating' }).click();
  await expect(cardOf(column(other, 'negotiating'), 'Mia Janssen')).toBeVisible();
  // Time for a second refresh to show up, if there were one.
  await page.waitForTimeout(1500);
  expect({ here: here.count, there: there.count }).toEqual({ here: 1, there: 1 });

  const unread = (await host.call('notifications.list', {})).data!.items.map((n) => n.id);
  expect(unread.length).toBeGreaterThan(0);
  await host.call('notifications.ack', { ids: unread });
  await expect(page.getByRole('button', { name: 'Reminders, none unread' })).toBeVisible();
  await page.waitForTimeout(1000);
  expect({ here: here.count, there: there.count }).toEqual({ here: 1, there: 1 });
});

test('without the token the page explains how to open the app', async ({ page, host }) => {
  await page.goto(host.origin);
  await expect(page.getByRole('heading', { name: 'Open Followthrough from its address' })).toBeVisible();
});

test('Ctrl+K pressed before the palette has loaded opens it once it has, with everything to find', async ({ page, host }) => {
  await host.call('sample.load');
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\/assets\/CommandPalette-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(host.url);
  await expect(page.getByRole('navigation')).toBeVisible();
  await page.keyboard.press('Control+K');
  const search = page.getByRole('textbox', { name: 'Search everything' });
  await expect(search).toHaveCount(0);
  release();
  await expect(search).toBeVisible();
  await search.fill('jordan');
  await expect(page.getByRole('button', { name: /Jordan Reyes.*Desk setup series · Contract sent/ })).toBeVisible();
});

test('Ctrl+K finds a collaboration by creator and opens it; its address reopens it', async ({ page, host }) => {
  await host.call('sample.load');
  await page.goto(host.url);
  await page.getByTestId('card').first().waitFor();
  await page.keyboard.press('Control+K');
  await page.getByRole('textbox', { name: 'Search everything' }).fill('jordan');
  await expect(page.getByRole('button', { name: /Jordan Reyes.*Desk setup series · Contract sent/ })).toBeVisible();
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog', { name: 'Jordan Reyes' });
  await expect(drawer).toBeVisible();
  await expect(drawer).toContainText('€2,500');

  const address = page.url();
  expect(address).toMatch(/#\/board\/\d+$/);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await page.goto(address);
  await expect(page.getByRole('dialog', { name: 'Jordan Reyes' })).toBeVisible();
});
