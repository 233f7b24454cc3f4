import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PARTIAL } from './backups';
import { renameDurably } from './durable';

/*
 * The calendar feed's secret belongs to this computer, like the second backup folder: calendar apps
 * here have subscribed with it, so it lives next to the database rather than in it, and restoring a
 * backup never breaks their subscriptions.
 */

const FILE = 'calendar-feed.json';
const Stored = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,}$/) });

const newToken = () => randomBytes(18).toString('base64url');

function write(dataDir: string, token: string): void {
  const temp = join(dataDir, `followthrough-${FILE}${PARTIAL}`);
  writeFileSync(temp, `${JSON.stringify({ token })}\n`);
  renameDurably(temp, join(dataDir, FILE));
}

function read(dataDir: string): string | null {
  try {
    const parsed = Stored.safeParse(JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')));
    return parsed.success ? parsed.data.token : null;
  } catch {
    return null;
  }
}

/** The feed's token, made (and saved) the first time it is asked for. */
export function feedTokenOf(dataDir: string): string {
  const stored = read(dataDir);
  if (stored) return stored;
  const token = newToken();
  write(dataDir, token);
  return token;
}

/** A new token: addresses given out before stop working. */
export function renewFeedToken(dataDir: string): string {
  const token = newToken();
  write(dataDir, token);
  return token;
}
