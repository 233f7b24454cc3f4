import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, openSync, statfsSync, writeSync } from 'node:fs';

/*
 * A data folder on a small RAM disk, for tests of a full disk and of a read-only location. Mounting
 * needs root; CI runs as root. Anywhere else these tests fail and say why: a skipped test would
 * let a write that loses data pass unnoticed.
 */

export function requireRoot(what: string): void {
  if (process.getuid?.() !== 0) {
    throw new Error(`${what} mounts a small tmpfs (mount -t tmpfs) and must run as root, as CI does. Run the tests as root (e.g. sudo npm run test:unit), or in a container as root.`);
  }
}

export function mountTmpfs(dir: string, size: string): void {
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
}

/** Gives a mounted tmpfs another size, with its files open or not: "free some space". */
export function resizeTmpfs(dir: string, size: string): void {
  execFileSync('mount', ['-o', `remount,size=${size}`, dir], { stdio: 'pipe' });
}

/** A second view of `dir` at `view` that cannot be written to, while `dir` stays writable. */
export function bindReadOnly(dir: string, view: string): void {
  execFileSync('mount', ['--bind', dir, view], { stdio: 'pipe' });
  execFileSync('mount', ['-o', 'remount,ro,bind', view], { stdio: 'pipe' });
}

/** Unmounts, lazily if something still holds a file open there (the test failed halfway). */
export function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' });
  } catch {
    execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
  }
}

export function freeBytes(dir: string): number {
  const stats = statfsSync(dir);
  return stats.bavail * stats.bsize;
}

/**
 * A file that takes the free space of its disk, shrunk step by step to hand space back: so a
 * writer meets the full disk at different points of its work (a new page, the write-ahead log
 * growing, a checkpoint).
 */
export class Filler {
  private readonly fd: number;
  private size = 0;

  constructor(
    private readonly file: string,
    private readonly dir: string,
  ) {
    this.fd = openSync(file, 'w');
  }

  get bytes(): number {
    return this.size;
  }

  /** Grows until the disk is full (a tmpfs allocates page by page as it is written). */
  fill(): void {
    for (const size of [256 * 1024, 4096]) {
      const chunk = Buffer.alloc(size, 0x5a);
      for (;;) {
        try {
          this.size += writeSync(this.fd, chunk, 0, chunk.length, this.size);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
          break;
        }
      }
    }
  }

  /** Gives back `bytes` of space (or what is left). */
  shrink(bytes: number): void {
    this.size = Math.max(0, this.size - bytes);
    ftruncateSync(this.fd, this.size);
  }

  close(): void {
    closeSync(this.fd);
  }

  get path(): string {
    return this.file;
  }
}
