import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupKeeper } from '../backupKeeper';
import { backupDirOf, createBackup, dueBackups, listBackups } from '../db/backups';
import { verifyChain } from '../db/eventChain';
import { contracted } from '../testing/contracted';
import { snapshot, testContext } from '../testing/context';
import { expectAppError } from '../testing/expectAppError';
import { backUpNow, exportJson, importJson, listBackupsOf, restoreBackup } from './backup';
import { listEvents, logEvent } from './events';

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
});
afterEach(() => ctx.cleanup());

const day = (n: number) => new Date(Date.UTC(2026, 2, 1 + n, 3));

describe('backups', () => {
  it('keep the newest 7 daily and 4 weekly copies', () => {
    for (let n = 0; n < 40; n++) {
      createBackup(ctx.db.$client, ctx.file, day(n), 'daily');
      if (n % 7 === 0) createBackup(ctx.db.$client, ctx.file, day(n), 'weekly');
    }
    const kept = listBackups(ctx.file);
    expect(kept.filter((b) => b.kind === 'daily').map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-04-09', '2026-04-08', '2026-04-07', '2026-04-06', '2026-04-05', '2026-04-04', '2026-04-03']);
    expect(kept.filter((b) => b.kind === 'weekly').map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-04-05', '2026-03-29', '2026-03-22', '2026-03-15']);
    expect(readdirSync(backupDirOf(ctx.file))).toHaveLength(11);
  });

  it('are due daily and weekly, and the keeper makes them by itself', () => {
    expect(dueBackups([], day(0))).toEqual(['daily', 'weekly']);
    const keeper = new BackupKeeper({ ctx, clock: ctx.clock });
    expect(keeper.check()).toEqual(['daily', 'weekly']);
    expect(keeper.check()).toEqual([]);
    ctx.clock.advance(24 * 3_600_000);
    expect(keeper.check()).toEqual(['daily']);
    ctx.clock.advance(6 * 24 * 3_600_000);
    expect(keeper.check()).toEqual(['daily', 'weekly']);
    expect(listBackupsOf(ctx).map((b) => b.kind).sort()).toEqual(['daily', 'daily', 'daily', 'weekly', 'weekly']);
  });

  it('restore the chosen copy after an integrity check, keeping the replaced file', () => {
    const { collaborationId } = contracted(ctx, { productReceivedOn: '2026-03-02' });
    const saved = backUpNow(ctx);
    logEvent(ctx, { collaborationId, type: 'note', text: 'Written after the backup' });
    expect(listEvents(ctx, { collaborationId, limit: 1 })[0]!.data.text).toBe('Written after the backup');

    const result = restoreBackup(ctx, { name: saved.name });
    expect(result.restored).toBe(saved.name);
    expect(existsSync(join(backupDirOf(ctx.file), result.keptAs))).toBe(true);
    expect(listEvents(ctx, { collaborationId, limit: 1 })[0]!.data.text).not.toBe('Written after the backup');
    expect(verifyChain(ctx.db.$client).intact).toBe(true);
    // The app goes on writing to the restored database.
    logEvent(ctx, { collaborationId, type: 'note', text: 'After the restore' });
    expect(verifyChain(ctx.db.$client).intact).toBe(true);
  });

  it('refuse a damaged copy and change nothing', () => {
    contracted(ctx);
    const saved = backUpNow(ctx);
    writeFileSync(join(backupDirOf(ctx.file), saved.name), 'SQLite format 3\0 but not really a database');
    const before = snapshot(ctx);
    const refused = expectAppError(() => restoreBackup(ctx, { name: saved.name }), 'CONFLICT');
    expect(refused.message).toMatch(new RegExp(`^The backup ${saved.name} is damaged \\(.+\\); nothing was changed\\.$`));
    expect(snapshot(ctx)).toEqual(before);
    expectAppError(() => restoreBackup(ctx, { name: 'followthrough-2020-01-01T00-00-00-000Z-daily.db' }), 'NOT_FOUND');
  });
});

describe('the whole database as JSON', () => {
  it('round trip: exported, changed, imported back exactly, history intact, the replaced data kept', () => {
    const { collaborationId } = contracted(ctx, { productReceivedOn: '2026-03-02' });
    logEvent(ctx, { collaborationId, type: 'note', text: 'Before the export' });
    const before = snapshot(ctx);
    const { json, filename } = exportJson(ctx);
    expect(filename).toBe('followthrough-2026-03-25.json');
    logEvent(ctx, { collaborationId, type: 'note', text: 'After the export' });
    const result = importJson(ctx, { json });
    expect(result.rows).toBeGreaterThan(10);
    expect(existsSync(join(backupDirOf(ctx.file), result.keptAs))).toBe(true);
    const { __drizzle_migrations: _a, ...now } = snapshot(ctx);
    const { __drizzle_migrations: _b, ...then } = before;
    expect(now).toEqual(then);
    expect(verifyChain(ctx.db.$client).intact).toBe(true);
  });

  it('refuses what is not an export, another version, or a changed history, and changes nothing', () => {
    contracted(ctx);
    const good = JSON.parse(exportJson(ctx).json);
    const before = snapshot(ctx);
    const attempts: [string, RegExp][] = [
      ['not json', /it is not JSON/],
      ['{"tables":{}}', /it has no tables from Followthrough/],
      [JSON.stringify({ ...good, schema: '3' }), /comes from another version of Followthrough/],
      [JSON.stringify({ ...good, tables: { ...good.tables, payments: [] } }), /a table this version does not know: payments/],
      [JSON.stringify({ ...good, tables: { ...good.tables, events: good.tables.events.map((e: { data: string }, i: number) => (i === 0 ? { ...e, data: '{"stage":"signed"}' } : e)) } }), /Its history does not hold: Not intact: event #1 was changed/],
    ];
    for (const [json, message] of attempts) {
      expect(expectAppError(() => importJson(ctx, { json }), 'BAD_INPUT').message).toMatch(message);
      const { __drizzle_migrations: _a, ...now } = snapshot(ctx);
      const { __drizzle_migrations: _b, ...then } = before;
      expect(now).toEqual(then);
    }
  });
});
