import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Host } from './host';

/*
 * The board, the drawer and a rating worked with the keyboard alone: one tab stop for the board,
 * arrow keys between cards and columns, Enter to open, Escape back to the card, stars chosen with
 * the arrows and saved as chosen, and "Move to…" leaving focus on the moved card.
 */

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 720 }, now: '2026-03-25T10:00:00Z' });

async function sample(host: Host) {
  await host.call('settings.update', { brandName: 'Acme Kitchen', senderName: 'Sam', currency: 'EUR' });
  await host.call('sample.load');
  const board = await host.call('collaborations.board', {});
  return board.data!.cards;
}

const focused = (page: Page) => page.locator('[data-testid="card"]:focus');

/** Tabs from the search box until a card has focus. */
async function tabToBoard(page: Page) {
  await page.getByRole('textbox', { name: 'Search creators' }).focus();
  for (let i = 0; i < 12 && (await focused(page).count()) === 0; i++) await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveCount(1);
}

test('the board, a card and its rating work from the keyboard', async ({ page, host }) => {
  const cards = await sample(host);
  const done = cards.find((c) => c.stage === 'completed')!;
  await page.goto(host.url);
  await expect(page.getByTestId('card').first()).toBeVisible();
  // One tab stop for the whole board.
  await expect(page.locator('[data-testid="card"][tabindex="0"]')).toHaveCount(1);

  await tabToBoard(page);
  await expect(focused(page)).toHaveAttribute('data-stage', 'prospect');
  await page.keyboard.press('ArrowRight');
  await expect(focused(page)).toHaveAttribute('data-stage', 'outreach');
  // Tab leaves the board (through the card's own box and menu), not to the next card.
  await expect(page.locator('[data-testid="card"][tabindex="0"]')).toHaveCount(1);
  // Focus moves after the board renders: each press waits for it before the next, as a reader would.
  for (let i = 0; i < 12; i++) {
    const at = await focused(page).getAttribute('data-card-id');
    if ((await focused(page).getAttribute('data-stage')) === 'completed') break;
    await page.keyboard.press('ArrowRight');
    await expect(focused(page)).not.toHaveAttribute('data-card-id', at!);
  }
  const card = page.locator(`[data-card-id="${done.id}"]`);
  await expect(card).toBeFocused();

  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog', { name: done.creatorName });
  await expect(drawer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(card).toBeFocused();

  await page.keyboard.press('Enter');
  await drawer.getByRole('tab', { name: 'Accountability' }).click();
  const rating = drawer.getByRole('form', { name: 'Rate the creator' });
  for (const [score, presses] of [['Communication', 3], ['Timeliness', 1], ['Content quality', 4]] as const) {
    const group = rating.getByRole('radiogroup', { name: score });
    await group.getByRole('radio', { name: '1 of 5' }).focus();
    for (let i = 0; i < presses; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(group.getByRole('radio', { name: `${i + 2} of 5` })).toBeFocused();
    }
  }
  await rating.getByRole('button', { name: 'Save rating' }).press('Enter');
  await expect(page.getByText('Rating saved')).toBeVisible();
  const stored = await host.call('ratings.list', { collaborationId: done.id });
  expect(stored.data).toMatchObject([{ communication: 4, timeliness: 2, quality: 5 }]);
});

test('Move to… from the keyboard leaves focus on the moved card', async ({ page, host }) => {
  const cards = await sample(host);
  const first = cards.find((c) => c.stage === 'prospect')!;
  await page.goto(host.url);
  await tabToBoard(page);
  const card = page.locator(`[data-card-id="${first.id}"]`);
  await expect(card).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: `Move ${first.creatorName} to…` })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('menuitem', { name: 'Signed' }).press('Enter');
  await expect(card).toHaveAttribute('data-stage', 'signed');
  await expect(card).toBeFocused();
  await expect(page.getByTestId('column-signed').getByTestId('card')).toHaveCount(1);
});
