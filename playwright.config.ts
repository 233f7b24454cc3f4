import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's Chromium, not a downloaded one: `playwright install` cannot run on our machines.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromiumPath)) {
  throw new Error(
    `Chromium was not found at ${chromiumPath}. Install it with "sudo apt-get install -y chromium" ` +
      '(or set CHROMIUM_PATH to a Chromium or Chrome binary), then run the tests again.',
  );
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// CI runs the suite with the machine's date moved by libfaketime. The host runs under it; Chromium
// cannot (its page loads stall), and needs no moved date: every page's clock is pinned to the
// host's by the test fixture.
export const browserEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => name !== 'LD_PRELOAD' && !name.startsWith('FAKETIME')),
) as Record<string, string>;

/** How every Chromium of ours starts: tests, benchmarks and scripts. */
export const browserLaunch = { executablePath: chromiumPath, args: chromiumArgs, env: browserEnv };

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    { name: 'app', testIgnore: 'commands/**' },
    // The README's commands rebuild out/, so they run alone, after everything else.
    { name: 'commands', testMatch: 'commands/**/*.spec.ts', dependencies: ['app'], fullyParallel: false, timeout: 300_000 },
  ],
  use: {
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    launchOptions: browserLaunch,
    trace: 'retain-on-failure',
  },
});
