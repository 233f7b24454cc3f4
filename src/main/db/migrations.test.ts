import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../testing/context';
import { openAt } from '../testing/migrations';
import { openDatabase } from './client';
import { verifyChain } from './eventChain';

/*
 * Each upgrade keeps what earlier versions recorded and fills in what they did not know: build the
 * database as the version before left it (raw SQL, as that version wrote it), then open it now.
 */

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'followthrough-upgrade-'));
  file = join(dir, 'old.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function seedCollaboration(sql: Database.Database) {
  sql.prepare(`INSERT INTO creators (id, name, created_at, updated_at) VALUES (1, 'Mia', 't', 't')`).run();
  sql.prepare(`INSERT INTO collaborations (id, creator_id, stage, stage_since, fee_minor, currency, created_at, updated_at) VALUES (1, 1, 'in_production', 't', 100000, 'EUR', 't', 't')`).run();
  sql
    .prepare(
      `INSERT INTO milestones (id, collaboration_id, key, name, party, kind, deductible, basis, sort, contract_version)
       VALUES (10, 1, 'first_draft', 'First draft', 'creator', 'draft', 1, 'b', 1, 1), (11, 1, 'deposit', 'Pay the deposit', 'brand', 'deposit', 0, 'b', 0, 1)`,
    )
    .run();
}

function upgrade<T>(read: (sqlite: Database.Database) => T): T {
  const db = openDatabase(file, { migrationsFolder: MIGRATIONS });
  try {
    return read(db.$client);
  } finally {
    db.$client.close();
  }
}

describe('upgrading a database', () => {
  it('gives reminders fired before parties were recorded the party of their obligation (0006)', () => {
    const old = openAt(file, '0005_outreach').$client;
    seedCollaboration(old);
    const fire = old.prepare(
      `INSERT INTO notifications (item, kind, occurrence, collaboration_id, title, body, due_at, fired_at)
       VALUES (?, 'overdue', 0, 1, 't', 'b', '2026-03-20T10:00:00.000Z', '2026-03-21T10:00:00.000Z')`,
    );
    for (const item of ['milestone:10@2026-03-20', 'milestone:11@2026-03-20', 'sla:1:2026-03-19T10:00:00.000Z', 'gifting:1', 'milestone:999@2026-03-20']) fire.run(item);
    old.close();

    const parties = upgrade((s) => s.prepare<[], { party: string | null }>('SELECT party FROM notifications ORDER BY id').all());
    expect(parties.map((p) => p.party)).toEqual(['creator', 'brand', 'creator', 'creator', null]);
  });

  it('seals the history recorded before the hash chain and counts reply times (0007)', () => {
    const old = openAt(file, '0006_reminder_party').$client;
    seedCollaboration(old);
    const log = old.prepare(`INSERT INTO events (at, recorded_at, type, collaboration_id, creator_id, data) VALUES (?, ?, ?, 1, 1, ?)`);
    log.run('2026-03-02T09:00:00.000Z', '2026-03-02T09:00:00.000Z', 'collaboration.created', '{"stage":"prospect"}');
    log.run('2026-03-03T09:00:00.000Z', '2026-03-03T09:00:00.000Z', 'message', '{"direction":"brand_to_creator","channel":"email","text":"Hi"}');
    log.run('2026-03-03T19:00:00.000Z', '2026-03-03T19:00:00.000Z', 'message', '{"direction":"creator_to_brand","channel":"email","text":"Hello"}');
    old.close();

    const after = upgrade((s) => ({
      chain: verifyChain(s),
      unsealed: s.prepare<[], { n: number }>('SELECT count(*) AS n FROM events WHERE hash IS NULL').get()!.n,
      median: s.prepare<[], { h: number | null }>('SELECT median_reply_hours AS h FROM creators WHERE id = 1').get()!.h,
    }));
    expect(after).toMatchObject({ chain: { intact: true, checked: 3 }, unsealed: 0, median: 10 });

    // A sealed event stays append-only: not even its seal can be changed now.
    const reopened = openDatabase(file, { migrationsFolder: MIGRATIONS });
    expect(() => reopened.$client.prepare(`UPDATE events SET hash = 'x' WHERE id = 1`).run()).toThrow(/append-only/);
    expect(() => reopened.$client.prepare(`UPDATE events SET data = '{}' WHERE id = 1`).run()).toThrow(/append-only/);
    reopened.$client.close();
  });
});
