import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contracted } from '../testing/contracted';
import { MIGRATIONS, testClock } from '../testing/context';
import { openAt } from '../testing/migrations';
import { openDatabase } from './client';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Upgrades keep what earlier versions recorded, and fill in what they did not know. */
describe('upgrading a database', () => {
  it('gives reminders fired before parties were recorded the party of their obligation', () => {
    dir = mkdtempSync(join(tmpdir(), 'followthrough-upgrade-'));
    const file = join(dir, 'old.db');
    const old = openAt(file, '0005_outreach');
    const { collaborationId } = contracted({ db: old, clock: testClock() }, { productReceivedOn: '2026-03-02' });
    const milestone = (party: string) =>
      old.$client.prepare<[number, string], { id: number }>('SELECT id FROM milestones WHERE collaboration_id = ? AND party = ? LIMIT 1').get(collaborationId, party)!.id;
    const fire = old.$client.prepare(
      `INSERT INTO notifications (item, kind, occurrence, collaboration_id, title, body, due_at, fired_at)
       VALUES (?, 'overdue', 0, ?, 't', 'b', '2026-03-20T10:00:00.000Z', '2026-03-21T10:00:00.000Z')`,
    );
    const items = [
      `milestone:${milestone('creator')}@2026-03-20`,
      `milestone:${milestone('brand')}@2026-03-20`,
      `sla:${collaborationId}:2026-03-19T10:00:00.000Z`,
      `gifting:${collaborationId}`,
      'milestone:999999@2026-03-20',
    ];
    for (const item of items) fire.run(item, collaborationId);
    old.$client.close();

    const upgraded = openDatabase(file, { migrationsFolder: MIGRATIONS });
    const parties = upgraded.$client.prepare<[], { item: string; party: string | null }>('SELECT item, party FROM notifications ORDER BY id').all();
    upgraded.$client.close();
    expect(parties.map((p) => p.party)).toEqual(['creator', 'brand', 'creator', 'creator', null]);
  });
});
