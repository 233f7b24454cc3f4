import type { Page } from '@playwright/test';
import { column, expect, test } from './fixtures';
import { STAGES } from '../src/shared/stages';

/*
 * A large board draws cards only in the columns in view (and one beside them); the rest come as
 * the board scrolls sideways or the keyboard goes there. Counts stay whole either way.
 */

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 720 }, now: '2026-03-25T10:00:00Z' });

const PER_STAGE = 20;
const OPEN = STAGES.filter((s) => s !== 'declined');
const focused = (page: Page) => page.locator('[data-testid="card"]:focus');

test('a board of hundreds of cards draws the columns in view, and the others when scrolled or reached by keyboard', async ({ page, host }) => {
  await host.call('settings.update', { brandName: 'Acme Kitchen', senderName: 'Sam', currency: 'EUR' });
  // Every column but the last holds cards: 240 in all, over the size from which columns out of view wait.
  for (const [i, stage] of OPEN.entries()) {
    for (let n = 1; n <= PER_STAGE; n++) {
      const creator = await host.call('influencers.create', { name: `Maker ${i}-${n}` });
      expect((await host.call('collaborations.create', { creatorId: creator.data!.id, stage })).ok).toBe(true);
    }
  }
  await page.goto(host.url);
  await expect(column(page, 'prospect').getByTestId('card').first()).toBeVisible();
  const last = OPEN[OPEN.length - 1]!;
  // Out of view at first: counted in full, its cards not drawn.
  await expect(column(page, last).getByTestId(`count-${last}`)).toHaveText(String(PER_STAGE));
  await expect(column(page, last).getByTestId('card')).toHaveCount(0);

  // Scrolled into view, they are drawn.
  await page.getByTestId('board').evaluate((board) => board.scrollTo({ left: board.scrollWidth }));
  await expect(column(page, last).getByTestId('card').first()).toBeVisible();
  // Scrolled out of view, they wait again (the first column keeps the card holding the board's tab stop).
  await expect(column(page, OPEN[1]!).getByTestId('card')).toHaveCount(0);

  // The keyboard reaches every column, drawn or not, and the board follows it.
  await page.getByTestId('board').evaluate((board) => board.scrollTo({ left: 0 }));
  await column(page, 'prospect').getByTestId('card').first().focus();
  for (const stage of OPEN.slice(1)) {
    await page.keyboard.press('ArrowRight');
    await expect(focused(page)).toHaveAttribute('data-stage', stage);
    await expect(focused(page)).toBeInViewport();
  }
});
