import { DEFAULT_NOW, expect, test } from './fixtures';
import { startHost } from './host';

// The shared fixture fails a test on any browser error it did not allow; these prove it can.

test('a page load of each view logs no error', async ({ page, host }) => {
  // Seven page loads, each lazy-loading its code.
  test.setTimeout(120_000);
  for (const view of ['', '#/calendar', '#/creators', '#/campaigns', '#/templates', '#/import', '#/settings']) {
    await page.goto(`${host.url}${view}`);
    await expect(page.getByRole('navigation')).toBeVisible();
  }
  // The change stream is open: a script's change reaches the page, and nothing complained on the way.
  expect((await host.call('influencers.create', { name: 'Mia Chen' })).ok).toBe(true);
  await page.goto(`${host.url}#/creators`);
  await expect(page.getByText('Mia Chen').first()).toBeVisible();
});

test('a console error fails the test', async ({ page, host }) => {
  test.fail();
  await page.goto(host.url);
  await page.evaluate(() => console.error('something broke'));
});

test('an uncaught page error fails the test', async ({ page, host }) => {
  test.fail();
  await page.goto(host.url);
  await page.evaluate(() => setTimeout(() => JSON.parse('undefined'), 0));
  await page.waitForTimeout(100);
});

test('an allowed error passes, by its pattern only', async ({ page, host, consoleGuard }) => {
  consoleGuard.allow(/expected refusal/);
  await page.goto(host.url);
  await page.evaluate(() => console.error('an expected refusal'));
});

test('an allowance nothing needed fails the test', async ({ page, host, consoleGuard }) => {
  test.fail();
  consoleGuard.allow(/never logged/);
  await page.goto(host.url);
});

test('a request refused by a host the test stopped is not an error', async ({ page }, testInfo) => {
  const own = await startHost(testInfo.outputPath('own'), { now: DEFAULT_NOW });
  await page.goto(own.url);
  await expect(page.getByRole('navigation')).toBeVisible();
  await own.stop();
  await page.evaluate(async (origin) => {
    const image = new Image();
    await new Promise((done) => {
      image.onerror = done;
      image.src = `${origin}/favicon.svg?after-stop`;
    });
  }, own.origin);
});

test('a request refused by a host still running is an error', async ({ page, host }) => {
  test.fail();
  await page.goto(host.url);
  // Another origin no host was ever started on: nothing was stopped there on purpose.
  await page.evaluate(async () => {
    const image = new Image();
    await new Promise((done) => {
      image.onerror = done;
      image.src = 'http://127.0.0.1:9/favicon.svg';
    });
  });
});
