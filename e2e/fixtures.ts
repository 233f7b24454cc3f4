import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { type Host, startHost } from './host';

/** Each test gets its own host and data folder, derived from the test's output folder. */
export const test = base.extend<{ host: Host }>({
  host: async ({}, use, testInfo) => {
    const host = await startHost(testInfo.outputPath('data'));
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
