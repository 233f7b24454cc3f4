import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PARTIAL } from './backups';
import { renameDurably } from './durable';

/*
 * The second backup folder belongs to this computer (an external drive, a synced folder), not to
 * the data: it is kept in a small file next to the database rather than in it, so restoring an old
 * backup or importing another computer's export never changes or loses where copies go.
 */

const FILE = 'backup-folders.json';
const Stored = z.object({ second: z.string().min(1).nullable() });

export function readSecondFolder(dataDir: string): string | null {
  try {
    const parsed = Stored.safeParse(JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')));
    return parsed.success ? parsed.data.second : null;
  } catch {
    return null;
  }
}

export function writeSecondFolder(dataDir: string, folder: string | null): void {
  const temp = join(dataDir, `followthrough-${FILE}${PARTIAL}`);
  writeFileSync(temp, `${JSON.stringify({ second: folder })}\n`);
  renameDurably(temp, join(dataDir, FILE));
}

/** Writes, syncs and removes a small file: the one sure way to know a folder takes files. */
export function probeWritable(dir: string): void {
  const probe = join(dir, `followthrough-probe${PARTIAL}`);
  const fd = openSync(probe, 'w');
  try {
    writeSync(fd, 'followthrough');
  } finally {
    closeSync(fd);
    rmSync(probe, { force: true });
  }
}
