import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBoard } from '../services/board';
import { suggestFor } from '../services/outreach/suggest';
import { MIGRATIONS, testClock } from '../testing/context';
import { collaboration, creator, message, settingsRow } from '../testing/earlierRows';
import { openAt } from '../testing/migrations';
import { openDatabase } from './client';

/*
 * Upgrades across several versions at once, read through the app's own services. Each migration
 * on its own is tested in migrations.steps.test.ts, every starting point in migrations.prefixes.test.ts.
 */

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'followthrough-upgrade-'));
  file = join(dir, 'old.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('upgrading a database', () => {
  it('shows where a conversation logged before the outreach version stands (0005, counted by 0009)', () => {
    const old = openAt(file, '0004_scheduler_and_notifications').$client;
    settingsRow(old);
    creator(old, 1, 'Mia');
    collaboration(old, 1, 1, 'prospect');
    message(old, 1, 1, 1, '2026-03-03T09:00:00.000Z', { direction: 'brand_to_creator' });
    message(old, 2, 1, 1, '2026-03-04T09:00:00.000Z', { direction: 'creator_to_brand', text: 'Sounds good, send the brief' });
    old.close();

    const ctx = { db: openDatabase(file, { migrationsFolder: MIGRATIONS }), clock: testClock('2026-03-06T09:00:00.000Z') };
    try {
      const [card] = readBoard(ctx, {}).cards;
      expect(card).toMatchObject({ lastContactAt: '2026-03-04T09:00:00.000Z', waitingOn: 'brand', waitingSince: '2026-03-04T09:00:00.000Z' });
      // She has replied: no first introduction is suggested.
      expect(suggestFor(ctx, { collaborationId: 1 }).kind).toBeNull();
    } finally {
      ctx.db.$client.close();
    }
  });
});
