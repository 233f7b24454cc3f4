import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDatabase } from '../db/client';
import type { Ctx } from '../services/context';

export const MIGRATIONS = resolve(__dirname, '../db/migrations');

export interface TestClock {
  now(): Date;
  set(iso: string): void;
  advance(ms: number): void;
}

export function testClock(iso = '2026-03-02T09:00:00.000Z'): TestClock {
  let at = new Date(iso).getTime();
  return {
    now: () => new Date(at),
    set: (next) => void (at = new Date(next).getTime()),
    advance: (ms) => void (at += ms),
  };
}

/** A real SQLite file in a fresh temp folder, migrated, with a clock the test controls. */
export function testContext(iso?: string): Ctx & { clock: TestClock; dir: string; file: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'followthrough-test-'));
  const file = join(dir, 'test.db');
  const ctx = {
    db: openDatabase(file, { migrationsFolder: MIGRATIONS }),
    clock: testClock(iso),
    migrationsFolder: MIGRATIONS,
    dir,
    file,
    cleanup: () => {
      // The connection in use now: a restored backup replaces the first one.
      if (ctx.db.$client.open) ctx.db.$client.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return ctx;
}

/** Every row of every table, to prove that a refused call changed nothing. */
export function snapshot(ctx: Ctx): Record<string, unknown[]> {
  const tables = ctx.db.$client
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, ctx.db.$client.prepare(`SELECT * FROM "${name}"`).all()]));
}
