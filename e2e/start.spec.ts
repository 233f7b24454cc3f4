import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test('npm start without an Electron binary says so in one line and serves the app in the browser', async ({ page }, testInfo) => {
  const noElectron = testInfo.outputPath('no-electron');
  mkdirSync(noElectron, { recursive: true });
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: {
      ...process.env,
      FOLLOWTHROUGH_SKIP_BUILD: '1',
      FOLLOWTHROUGH_ELECTRON_PACKAGE: noElectron,
      FOLLOWTHROUGH_DATA_DIR: testInfo.outputPath('data'),
      FOLLOWTHROUGH_PORT: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const match = /running at (\S+)/.exec(out);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`start exited with ${code}: ${out}`)));
    });
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^Electron is not available on this machine .*browser instead\.$/);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'Your board is empty' })).toBeVisible();
  } finally {
    child.kill('SIGTERM');
  }
});
