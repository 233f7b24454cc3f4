import { test as base, type ConsoleMessage, expect, type Locator, type Page } from '@playwright/test';
import { type Host, refusedByStoppedHost, startHost } from './host';

/** Every test runs at a pinned moment, never today's: this one unless a file or test says otherwise. */
export const DEFAULT_NOW = '2026-06-15T10:00:00Z';

/**
 * What the browser reported as an error during a test: console errors and uncaught exceptions, on
 * every page of the test's context. A test that provokes one on purpose (say, the 400 of an input it
 * makes the app refuse) allows it by a narrow pattern; an allowance nothing matched fails the test
 * too, so none outlives its reason.
 */
export interface ConsoleGuard {
  /** `timing`: the error depends on timing the test does not control (a reconnect during a restart), so it may not come. */
  allow(pattern: RegExp, options?: { timing?: boolean }): void;
}

interface Guard extends ConsoleGuard {
  /** Set when the host stops: the page's lost connection to it is the test's end, not an error. */
  closed: boolean;
  seen: string[];
}

function describeMessage(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return `console.${message.type()}: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`;
}

/**
 * Each test gets its own host and data folder, derived from the test's output folder, and one
 * clock: the host (FOLLOWTHROUGH_NOW) and the page (Playwright's clock) stand at the same `now`.
 * Every test fails on a browser console error or an uncaught page error it did not allow.
 */
export const test = base.extend<{ now: string; host: Host; consoleGuard: ConsoleGuard; guard: Guard }>({
  now: [DEFAULT_NOW, { option: true }],
  guard: [
    async ({ context }, use) => {
      const allowed: { pattern: RegExp; used: boolean; timing: boolean }[] = [];
      const guard: Guard = {
        closed: false,
        seen: [],
        allow: (pattern, options) => void allowed.push({ pattern, used: false, timing: options?.timing === true }),
      };
      const note = (text: string) => {
        if (guard.closed || refusedByStoppedHost(text)) return;
        const allowance = allowed.find((a) => a.pattern.test(text));
        if (allowance) allowance.used = true;
        else guard.seen.push(text);
      };
      context.on('console', (message) => {
        if (message.type() === 'error') note(describeMessage(message));
      });
      context.on('weberror', (error) => note(`uncaught: ${error.error().stack ?? error.error().message}`));
      await use(guard);
      expect(guard.seen, 'browser console errors and uncaught page errors').toEqual([]);
      expect(
        allowed.filter((a) => !a.used && !a.timing).map((a) => String(a.pattern)),
        'allowed console errors that never happened',
      ).toEqual([]);
    },
    { auto: true },
  ],
  consoleGuard: async ({ guard }, use) => use({ allow: guard.allow }),
  page: async ({ page, now }, use) => {
    await page.clock.setFixedTime(new Date(now));
    await use(page);
  },
  host: async ({ now, guard }, use, testInfo) => {
    const host = await startHost(testInfo.outputPath('data'), { now });
    await use(host);
    guard.closed = true;
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
