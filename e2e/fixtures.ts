import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { type Host, startHost } from './host';

/** Every test runs at a pinned moment, never today's: this one unless a file or test says otherwise. */
export const DEFAULT_NOW = '2026-06-15T10:00:00Z';

/**
 * Each test gets its own host and data folder, derived from the test's output folder, and one
 * clock: the host (FOLLOWTHROUGH_NOW) and the page (Playwright's clock) stand at the same `now`.
 */
export const test = base.extend<{ now: string; host: Host }>({
  now: [DEFAULT_NOW, { option: true }],
  page: async ({ page, now }, use) => {
    await page.clock.setFixedTime(new Date(now));
    await use(page);
  },
  host: async ({ now }, use, testInfo) => {
    const host = await startHost(testInfo.outputPath('data'), { now });
    await use(host);
    await host.stop();
  },
});

export { expect };

export const column = (page: Page, stage: string) => page.getByTestId(`column-${stage}`);

export const cardOf = (scope: Page | Locator, name: string) => scope.getByTestId('card').filter({ hasText: name });

/** Drags with real pointer events, in small steps, as a person would. */
export async function drag(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + 20);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + 24, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + 120, { steps: 12 });
  await page.mouse.up();
}
