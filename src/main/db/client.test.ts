import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, testContext } from '../testing/context';
import { migrationsUpTo } from '../testing/migrations';
import { openDatabase } from './client';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'followthrough-migrate-'));
  dirs.push(dir);
  return dir;
}

describe('openDatabase', () => {
  it('sets WAL, foreign keys and synchronous=FULL', () => {
    const ctx = testContext();
    try {
      const sqlite = ctx.db.$client;
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    } finally {
      ctx.cleanup();
    }
  });

  it('is idempotent: opening twice applies nothing new and keeps the rows', () => {
    const dir = tempDir();
    const file = join(dir, 'app.db');
    const first = openDatabase(file, { migrationsFolder: MIGRATIONS });
    first.$client.prepare(`INSERT INTO creators (name, created_at, updated_at) VALUES ('Ada', 'x', 'x')`).run();
    first.$client.close();
    const second = openDatabase(file, { migrationsFolder: MIGRATIONS });
    expect(second.$client.prepare('SELECT name FROM creators').all()).toEqual([{ name: 'Ada' }]);
    second.$client.close();
    expect(readdirSync(dir).filter((f) => f.includes('before-migration'))).toEqual([]);
  });

  it('migrates an older database with rows in it, keeps every row and backs it up first', () => {
    const dir = tempDir();
    const file = join(dir, 'app.db');
    const old = openDatabase(file, { migrationsFolder: migrationsUpTo('0000_initial') });
    const sql = old.$client;
    sql.prepare(`INSERT INTO creators (id, name, handles, created_at, updated_at) VALUES (1, 'Mia', '[{"platform":"instagram","handle":"@mia"}]', 't', 't')`).run();
    sql.prepare(`INSERT INTO campaigns (id, name, currency, created_at, updated_at) VALUES (1, 'Spring', 'EUR', 't', 't')`).run();
    sql.prepare(`INSERT INTO collaborations (id, creator_id, campaign_id, stage, stage_since, fee_minor, currency, created_at, updated_at) VALUES (1, 1, 1, 'outreach', 't', 100000, 'EUR', 't', 't')`).run();
    sql.prepare(`INSERT INTO events (at, recorded_at, type, collaboration_id, data) VALUES ('t', 't', 'collaboration.created', 1, '{}')`).run();
    // Before the append-only migration, history could still be edited.
    sql.prepare(`UPDATE events SET type = 'collaboration.created' WHERE id = 1`).run();
    sql.close();

    const db = openDatabase(file, { migrationsFolder: MIGRATIONS, now: () => new Date('2026-03-02T09:00:00Z') });
    const upgraded = db.$client;
    expect(upgraded.prepare('SELECT COUNT(*) AS n FROM creators').get()).toEqual({ n: 1 });
    expect(upgraded.prepare('SELECT fee_minor, stage FROM collaborations').get()).toEqual({ fee_minor: 100000, stage: 'outreach' });
    expect(upgraded.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 1 });
    expect(upgraded.pragma('foreign_key_check')).toEqual([]);
    expect(() => upgraded.prepare(`UPDATE events SET type = 'x'`).run()).toThrow(/append-only/);
    upgraded.close();

    const backups = readdirSync(dir).filter((f) => f.startsWith('followthrough-before-migration-'));
    expect(backups).toHaveLength(1);
    const backup = new Database(join(dir, backups[0]!), { readonly: true });
    expect(backup.prepare('SELECT name FROM creators').all()).toEqual([{ name: 'Mia' }]);
    backup.close();
  });

  it('does not upgrade when the copy before it cannot be made, and leaves no half copy', () => {
    const dir = tempDir();
    const file = join(dir, 'app.db');
    const old = openDatabase(file, { migrationsFolder: migrationsUpTo('0000_initial') });
    old.$client.prepare(`INSERT INTO creators (id, name, created_at, updated_at) VALUES (1, 'Mia', 't', 't')`).run();
    const appliedBefore = old.$client.prepare('SELECT COUNT(*) AS n FROM __drizzle_migrations').get();
    old.$client.close();
    // A file where the backup folder should be: the copy cannot be written there.
    const notAFolder = join(dir, 'backups');
    writeFileSync(notAFolder, 'x');

    expect(() => openDatabase(file, { migrationsFolder: MIGRATIONS, backupDir: notAFolder })).toThrow(/No backup was made/);
    const after = new Database(file, { readonly: true });
    expect(after.prepare('SELECT COUNT(*) AS n FROM __drizzle_migrations').get()).toEqual(appliedBefore);
    expect(after.prepare('SELECT name FROM creators').all()).toEqual([{ name: 'Mia' }]);
    after.close();
    expect(readdirSync(dir).filter((f) => f.includes('before-migration'))).toEqual([]);
  });

  it('refuses to change or delete events', () => {
    const ctx = testContext();
    try {
      const sqlite = ctx.db.$client;
      sqlite.prepare(`INSERT INTO events (at, recorded_at, type, data) VALUES ('t', 't', 'note', '{}')`).run();
      expect(() => sqlite.prepare(`UPDATE events SET data = '{"x":1}'`).run()).toThrow(/append-only/);
      expect(() => sqlite.prepare('DELETE FROM events').run()).toThrow(/append-only/);
      expect(sqlite.prepare('SELECT data FROM events').get()).toEqual({ data: '{}' });
    } finally {
      ctx.cleanup();
    }
  });

  it('refuses rows that point at nothing', () => {
    const ctx = testContext();
    try {
      expect(() =>
        ctx.db.$client
          .prepare(`INSERT INTO collaborations (creator_id, stage, stage_since, currency, created_at, updated_at) VALUES (99, 'outreach', 't', 'EUR', 't', 't')`)
          .run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      ctx.cleanup();
    }
  });
});
