import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * A 13-inch laptop (1280 × 720): the board shows at least six columns, and no label in the places
 * people read is cut short by an ellipsis unless its full text is in a tooltip.
 */

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 720 }, now: '2026-03-25T10:00:00Z' });

/** Texts inside `scope` hidden behind an ellipsis with no title to read them in full. */
function cutWithoutTitle(scope: Locator): Promise<string[]> {
  return scope.evaluateAll((roots) =>
    roots.flatMap((root) =>
      [root, ...Array.from(root.querySelectorAll<HTMLElement>('*'))].flatMap((el) => {
        const style = getComputedStyle(el);
        const cut = style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1;
        const input = el instanceof HTMLInputElement && el.type === 'text' && el.scrollWidth > el.clientWidth + 1;
        return (cut || input) && !el.getAttribute("title") ? [`${el.tagName.toLowerCase()}: ${el instanceof HTMLInputElement ? el.value : el.textContent}`] : [];
      }),
    ),
  );
}

test('the board, a card, its drawer and its contract fit a laptop screen', async ({ page, host, consoleGuard }) => {
  // The contract's preview frame refuses every script, Playwright's clock among them.
  consoleGuard.allow(/Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/);
  await host.call('settings.update', { brandName: 'Acme Kitchen', senderName: 'Sam', currency: 'EUR' });
  await host.call('sample.load');
  const board = (await host.call('collaborations.board', {})).data!.cards;
  await page.goto(host.url);
  await expect(page.getByTestId('card').first()).toBeVisible();

  const fits = await page.locator('[data-testid^="column-"]').evaluateAll(
    (columns) => columns.filter((c) => c.getBoundingClientRect().left >= 0 && c.getBoundingClientRect().right <= window.innerWidth).length,
  );
  expect(fits).toBeGreaterThanOrEqual(6);
  expect(await cutWithoutTitle(page.getByTestId('board'))).toEqual([]);

  const inProduction = board.find((c) => c.stage === 'in_production')!;
  await page.locator(`[data-card-id="${inProduction.id}"]`).click();
  const drawer = page.getByRole('dialog', { name: inProduction.creatorName });
  await expect(drawer.getByText(/^In this stage since \d+ \w+ 2026, \d\d:\d\d$/)).toBeVisible();
  await expect(drawer).not.toContainText('In In');

  await page.goto(`${host.url}#/contract/${inProduction.id}`);
  await expect(page.getByTestId('milestone').first()).toBeVisible();
  expect(await cutWithoutTitle(page.getByTestId('milestone'))).toEqual([]);
});
