import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

/*
 * Real disks that are full or read-only, for the tests that must meet them: a small tmpfs, which
 * only root can mount. CI runs as root; anywhere else these tests fail and say why (a skipped test
 * would pass without proving anything).
 */

export function requireRoot(): void {
  if (process.getuid?.() !== 0) {
    throw new Error('This test mounts a small tmpfs to fill a disk or make it read-only, which needs root: run it as root (CI does).');
  }
}

/** Mounts a tmpfs of `size` (e.g. "600k") at `dir`, creating the folder. */
export function mountTmpfs(dir: string, size: string): void {
  requireRoot();
  mkdirSync(dir, { recursive: true });
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
}

export function remount(dir: string, mode: 'ro' | 'rw'): void {
  execFileSync('mount', ['-o', `remount,${mode}`, dir]);
}

/** Unmounts if mounted; safe to call in every teardown. */
export function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'ignore' });
  } catch {
    // Not mounted (the test failed before mounting).
  }
}
