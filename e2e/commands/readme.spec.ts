import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { expect, test } from '@playwright/test';
import { DEFAULT_NOW } from '../fixtures';
import { startHost } from '../host';
import { readmeCommands } from './readmeCommands';
import { runCommand, runToEnd } from './run';

/*
 * Every command the README gives is run here as a user would type it, on the built app: a command
 * nobody runs breaks unnoticed. These run after the other end-to-end tests (they rebuild `out/`).
 */

const README = readFileSync('README.md', 'utf8');
const CI = readFileSync('.ci/run', 'utf8');
const pinned = { FOLLOWTHROUGH_NOW: DEFAULT_NOW };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** What each README command is checked by; a command missing here fails the first test. */
const COVERED_BY: Record<string, string> = {
  'npm install': 'CI: .ci/run installs with npm ci from the same lockfile',
  'npm ci': 'CI: .ci/run',
  'npm start': 'the npm start test below',
  'npm run serve': 'the npm run serve test below',
  'npm test': 'CI: .ci/run runs it',
  '.ci/run': 'CI itself',
  'npm run bench': 'the npm run bench test below (at a small size)',
  'BENCH_SCALE=0.01 npm run bench': 'the npm run bench test below',
  'npm run dist': 'the npm run dist test below',
  'npm run screenshot': 'the npm run screenshot test below',
  'npm run db:generate -- --name <change>': 'the db:generate test below',
  'apt-get install -y chromium poppler-utils dovecot-imapd dovecot-lmtpd postfix': 'CI: .ci/run installs them',
  'FOLLOWTHROUGH_TOKEN=secret FOLLOWTHROUGH_PORT=5199 npm run serve': 'the API example test below',
  'FOLLOWTHROUGH_RESTORE=latest': 'the damaged-database test below',
};
const isApiExample = (command: string) => command.startsWith("curl -H 'Authorization: Bearer secret'");

/** Lines a build or npm prints as a warning (Vite's "(!) Some chunks are larger…", npm's "npm warn …"). */
const warningLines = (output: string) => output.split('\n').filter((line) => /\(!\)|\bwarn(ing)?\b/i.test(line));

test('every command in the README is run by a test', () => {
  const commands = readmeCommands(README);
  expect(commands.length).toBeGreaterThan(10);
  const uncovered = commands.filter((c) => !(c in COVERED_BY) && !isApiExample(c));
  expect(uncovered, 'README commands that no test runs').toEqual([]);
  // The commands CI stands for are the ones it really runs.
  expect(CI).toMatch(/apt-get install[^\n]*\$\{missing\[@\]\}/);
  expect(CI).toContain('missing+=(chromium)');
  expect(CI).toContain('missing+=(poppler-utils)');
  expect(CI).toContain('missing+=(dovecot-imapd dovecot-lmtpd)');
  expect(CI).toContain('missing+=(postfix)');
  expect(CI).toMatch(/^npm ci\b/m);
  expect(CI).toMatch(/^npm test$/m);
});

test('npm start without an Electron binary says so in one line and serves the app in the browser', async ({ page }, testInfo) => {
  const noElectron = testInfo.outputPath('no-electron');
  mkdirSync(noElectron, { recursive: true });
  const run = runCommand('npm start', {
    ...pinned,
    FOLLOWTHROUGH_ELECTRON_PACKAGE: noElectron,
    FOLLOWTHROUGH_DATA_DIR: testInfo.outputPath('data'),
    FOLLOWTHROUGH_PORT: '0',
  });
  try {
    const [, url] = await run.waitFor(/running at (\S+)/);
    expect(run.output()).toMatch(/^Electron is not available on this machine .*browser instead\.$/m);
    // The build before it prints nothing to the terminal: the one line is all a user reads.
    expect(warningLines(run.output())).toEqual([]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    await page.goto(url!);
    await expect(page.getByRole('heading', { name: 'Your board is empty' })).toBeVisible();
  } finally {
    await run.stop();
  }
});

test('npm run serve builds and serves the app and its API', async ({ page }, testInfo) => {
  const run = runCommand('npm run serve', { ...pinned, FOLLOWTHROUGH_DATA_DIR: testInfo.outputPath('data'), FOLLOWTHROUGH_PORT: '0' });
  try {
    const [, url] = await run.waitFor(/running at (\S+)/);
    const token = new URL(url!).searchParams.get('token')!;
    const res = await fetch(new URL('/api/clock.now', url).href, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{}' });
    expect(await res.json()).toEqual({ ok: true, data: { now: new Date(DEFAULT_NOW).toISOString(), pinned: true } });
    await page.goto(url!);
    await expect(page.getByRole('heading', { name: 'Your board is empty' })).toBeVisible();
  } finally {
    await run.stop();
  }
});

test('the API example: serve with a fixed token and port, then each curl line answers ok', async ({}, testInfo) => {
  const lines = README.slice(README.indexOf('FOLLOWTHROUGH_TOKEN=secret FOLLOWTHROUGH_PORT=5199 npm run serve'))
    .split('```')[0]!
    .split('\n')
    .filter((l) => l.startsWith('curl '));
  expect(lines.length).toBeGreaterThanOrEqual(4);
  // The README's port may be taken on this machine; the same commands on a free one.
  const port = String(await freePort());
  const run = runCommand('FOLLOWTHROUGH_TOKEN=secret FOLLOWTHROUGH_PORT=5199 npm run serve'.replace('5199', port), {
    ...pinned,
    FOLLOWTHROUGH_DATA_DIR: testInfo.outputPath('data'),
  });
  try {
    await run.waitFor(/running at /);
    for (const line of lines) {
      const answer = JSON.parse(await runToEnd(line.replaceAll(':5199/', `:${port}/`).replace(/\s+#\s.*$/, '') + ' --silent --show-error'));
      expect(answer.ok, `${line}\n${JSON.stringify(answer)}`).toBe(true);
    }
  } finally {
    await run.stop();
  }
});

test('npm run bench runs every benchmark (at a small size) and prints figures', async () => {
  test.setTimeout(600_000);
  const out = await runToEnd('BENCH_SCALE=0.01 npm run bench');
  for (const figure of [/collaborations\.board via dispatcher\s+median [\d.]+ ms/, /deadlines\.list via dispatcher/, /csv\.import/, /kills?/i]) {
    expect(out).toMatch(figure);
  }
});

test('npm run dist: the package configuration passes electron-builder’s own check', async () => {
  // Packaging downloads Electron, which these machines cannot; the configuration is what can fail here.
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  expect(scripts.dist).toBe('npm run build && electron-builder');
  const require = createRequire(`${process.cwd()}/package.json`);
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
    getConfig(dir: string, path: string | null, extra: null): Promise<Record<string, any>>;
    validateConfiguration(config: unknown, logger: unknown): Promise<void>;
  };
  const config = await getConfig(process.cwd(), null, null);
  const quiet = { isEnabled: false, add() {} };
  await validateConfiguration(config, quiet);
  // The check can fail: a misspelt key is refused.
  await expect(validateConfiguration({ ...config, linux: { ...config.linux, tragets: ['AppImage'] } }, quiet)).rejects.toThrow(/configuration/);
  // What the package ships exists once built.
  expect(warningLines(await runToEnd('npm run build'))).toEqual([]);
  for (const path of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html', ...config.extraResources.map((r: { from: string }) => r.from)]) {
    expect(existsSync(path), path).toBe(true);
  }
});

test('npm run screenshot takes the README pictures of the real app', async ({}, testInfo) => {
  test.setTimeout(300_000);
  const dir = testInfo.outputPath('shots');
  mkdirSync(dir, { recursive: true });
  await runToEnd('npm run screenshot', { SCREENSHOT_DIR: dir });
  const pictures = readdirSync(dir).filter((f) => f.endsWith('.png'));
  // Each picture the README shows is made by the command.
  const shown = [...README.matchAll(/\(docs\/(screenshot[^)]*\.png)\)/g)].map((m) => m[1]);
  expect(shown.length).toBeGreaterThan(3);
  for (const name of shown) {
    expect(pictures, name).toContain(name);
    expect(statSync(`${dir}/${name}`).size, name).toBeGreaterThan(10_000);
  }
});

test('npm run db:generate finds the migrations in step with the schema', async () => {
  const out = await runToEnd('npm run db:generate -- --name readme_check');
  expect(out).toContain('No schema changes, nothing to migrate');
});

test('a damaged database stops npm run serve, which says how to continue; FOLLOWTHROUGH_RESTORE=latest continues from the backup', async ({ page }, testInfo) => {
  const dataDir = testInfo.outputPath('data');
  const first = await startHost(dataDir, { now: DEFAULT_NOW });
  try {
    expect((await first.call('influencers.create', { name: 'Mia Chen' })).ok).toBe(true);
  } finally {
    await first.stop();
  }
  // An hour later (the day's automatic backup, of the empty start, is older): a backup, then more work.
  const later = await startHost(dataDir, { now: new Date(Date.parse(DEFAULT_NOW) + 3_600_000).toISOString() });
  try {
    expect((await later.call('backup.create')).ok).toBe(true);
    expect((await later.call('influencers.create', { name: 'Noah Berg' })).ok).toBe(true);
  } finally {
    await later.stop();
  }
  // Garbage over every page after the first: the kind of damage a failing disk leaves.
  const file = join(dataDir, 'followthrough.db');
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(size - 4096, 0xa5), 0, size - 4096, 4096);
  closeSync(fd);

  const env = { ...pinned, FOLLOWTHROUGH_DATA_DIR: dataDir, FOLLOWTHROUGH_PORT: '0' };
  const refused = runCommand('npm run serve', env);
  expect(await refused.exited()).not.toBe(0);
  expect(refused.output()).toContain('FOLLOWTHROUGH_RESTORE=latest');

  const restored = runCommand('FOLLOWTHROUGH_RESTORE=latest npm run serve', env);
  try {
    const [, url] = await restored.waitFor(/running at (\S+)/);
    await page.goto(`${url}#/creators`);
    await expect(page.getByText('Mia Chen').first()).toBeVisible();
    await expect(page.getByText('Noah Berg')).toHaveCount(0);
  } finally {
    await restored.stop();
  }
});
