// `npm start`: build, then open the Electron app. Where Electron's binary cannot be had (no
// internet on first run), say so in one line and serve the same app in the browser instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Overridable so the fallback can be tested on machines that do have Electron.
const electronDir = process.env.FOLLOWTHROUGH_ELECTRON_PACKAGE ?? join(root, 'node_modules', 'electron');

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function ensureElectron() {
  if (electronBinary()) return electronBinary();
  // Electron fetches its binary on first use; give it one quiet try.
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
  return electronBinary();
}

if (process.env.FOLLOWTHROUGH_SKIP_BUILD !== '1') {
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const binary = process.env.FOLLOWTHROUGH_BROWSER === '1' ? null : ensureElectron();
if (binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [root], { stdio: 'inherit', env });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (process.env.FOLLOWTHROUGH_BROWSER !== '1') {
    console.log('Electron is not available on this machine (its download failed), so Followthrough opens in your browser instead.');
  }
  await import(pathToFileURL(join(root, 'out', 'main', 'serve.js')).href);
}
