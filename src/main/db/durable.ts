import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

/*
 * A file counts as written only once its bytes and its name are on the disk: the file is synced,
 * then renamed into place, then the folder holding the name is synced. A crash before the rename
 * leaves only the temporary name, which nothing lists or opens.
 */

/** Unfinished copies carry this in their name; nothing lists them, the next start removes them. */
export const PARTIAL = '.partial';

export function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Left for the clean-up at the next start; its name is never listed.
  }
}

export function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Windows cannot open a folder to sync it (and keeps names durable by itself). */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(folder, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Syncs `temp`, renames it to `final` (replacing it) and syncs the folder. */
export function renameDurably(temp: string, final: string): void {
  syncFile(temp);
  renameSync(temp, final);
  syncFolder(dirname(final));
}
