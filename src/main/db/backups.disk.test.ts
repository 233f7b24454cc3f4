import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wordsIn } from '../../shared/i18n/createI18n';
import { sayProblem } from '../../shared/i18n/wording';
import { backupFolders, backUpNow, listBackupsOf, restoreBackup, setSecondFolder } from '../services/backup';
import type { Ctx } from '../services/context';
import { createCreator } from '../services/influencers';
import { MIGRATIONS, snapshot, testClock } from '../testing/context';
import { expectAppError } from '../testing/expectAppError';
import { mountTmpfs, unmount } from '../testing/mounts';
import { BackupWorker } from '../workers/backupWorker';
import { backupDirOf } from './backups';
import { openDatabase } from './client';

/*
 * Backups on real disks that fill up, and a backup killed half-way: nothing that is not a whole,
 * checked copy may ever be listed, restored or left behind.
 */

let root = '';
const mounts: string[] = [];
let ctx: (Ctx & { clock: ReturnType<typeof testClock> }) | null = null;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'followthrough-disk-'));
});
afterEach(() => {
  if (ctx?.db.$client.open) ctx.db.$client.close();
  ctx = null;
  for (const dir of mounts.splice(0)) unmount(dir);
  rmSync(root, { recursive: true, force: true });
});

function mounted(name: string, size: string): string {
  const dir = join(root, name);
  mountTmpfs(dir, size);
  mounts.push(dir);
  return dir;
}

/** A database of about `kb` kilobytes in `dataDir`: creators with long notes. */
function workspace(dataDir: string, kb: number) {
  const context = { db: openDatabase(join(dataDir, 'followthrough.db'), { migrationsFolder: MIGRATIONS }), clock: testClock('2026-03-25T10:00:00.000Z'), migrationsFolder: MIGRATIONS };
  const insert = context.db.$client.prepare(`INSERT INTO creators (name, notes, created_at, updated_at) VALUES (?, ?, '2026-03-25T10:00:00.000Z', '2026-03-25T10:00:00.000Z')`);
  context.db.$client.transaction(() => {
    for (let i = 0; i < kb; i++) insert.run(`Creator ${i}`, 'x'.repeat(900));
  })();
  context.db.$client.pragma('wal_checkpoint(TRUNCATE)');
  ctx = context;
  return context;
}

/** Fills the disk holding `dir` until only `bytes` are left. */
function leaveFree(dir: string, bytes: number): string {
  const { bavail, bsize } = statfsSync(dir);
  const filler = join(dir, 'filler');
  writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - bytes)));
  return filler;
}

describe('a backup on a full disk', () => {
  it('is refused with a sentence, and leaves nothing listed or behind; once there is room it works', () => {
    const dataDir = mounted('data', '4m');
    const context = workspace(dataDir, 600);
    const filler = leaveFree(dataDir, 200_000);
    const before = snapshot(context);

    const refused = expectAppError(() => backUpNow(context), 'CONFLICT');
    expect(refused.message).toBe('No backup was made: the disk is full. Free some space and try again.');
    expect(listBackupsOf(context)).toEqual([]);
    expect(readdirSync(backupDirOf(context.db.$client.name))).toEqual([]);

    const errors: unknown[] = [];
    expect(new BackupWorker({ ctx: context, clock: context.clock, onError: (e) => errors.push(e) }).check()).toEqual([]);
    expect(errors.map((e) => (e as Error).message)).toEqual(['No backup was made: the disk is full. Free some space and try again.']);
    expect(listBackupsOf(context)).toEqual([]);
    expect(readdirSync(backupDirOf(context.db.$client.name))).toEqual([]);
    expect(snapshot(context)).toEqual(before);

    rmSync(filler);
    const made = backUpNow(context);
    expect(made.holds.creators).toBe(600);
    expect(listBackupsOf(context).map((b) => b.name)).toEqual([made.name]);
  });

  it('a restore that cannot first keep the current data changes nothing', () => {
    const dataDir = mounted('data', '4m');
    const context = workspace(dataDir, 600);
    const made = backUpNow(context);
    createCreator(context, { name: 'After the backup', handles: [], followers: null, region: null, timeZone: null, language: null, email: null, shippingAddress: '', notes: '', active: true });
    context.db.$client.pragma('wal_checkpoint(TRUNCATE)');
    leaveFree(dataDir, 200_000);
    const before = snapshot(context);
    const refused = expectAppError(() => restoreBackup(context, { name: made.name, folder: 'backups' }), 'CONFLICT');
    expect(refused.message).toMatch(/^Nothing was (restored|changed, because the data you have now could not be kept first): the disk is full\. Free some space and try again\.$/);
    expect(snapshot(context)).toEqual(before);
    expect(listBackupsOf(context).map((b) => b.name)).toEqual([made.name]);
    expect(readdirSync(dataDir).filter((f) => f.includes('.partial'))).toEqual([]);
  });

  it('a full second folder is reported in words, and the backup next to the data is made anyway', () => {
    const second = mounted('usb', '300k');
    const dataDir = join(root, 'data');
    mkdirSync(dataDir);
    const context = workspace(dataDir, 600);
    setSecondFolder(context, { folder: second });
    const made = backUpNow(context);
    expect(made.second).toEqual({
      folder: second,
      saved: false,
      problem: `Not copied to the second folder ${second}: the disk is full.`,
      key: 'settings:backups.notCopied',
      params: expect.objectContaining({ folder: second, whyKey: 'service.fileTrouble', 'why.trouble': 'disk_full' }),
    });
    // The settings page says it in its own language from the key.
    expect(sayProblem(wordsIn('zh'), made.second!.key!, made.second!.params!)).toBe(`没有复制到第二文件夹 ${second}：磁盘已满。`);
    expect(listBackupsOf(context).map((b) => [b.folder, b.name])).toEqual([['backups', made.name]]);
    expect(readdirSync(second)).toEqual([]);
    expect(backupFolders(context).second).toEqual({
      folder: second,
      problem: expect.stringMatching(new RegExp(`^The disk of ${second} is full: 0\\.\\d MB free, a backup needs 0\\.\\d MB\\.$`)),
      key: 'service.folderCannotTake',
      params: expect.objectContaining({ fault: 'full', folder: second }),
    });
  });
});

describe('a backup killed half-way', () => {
  it('is not listed, and the next start removes what it left', async () => {
    const dataDir = join(root, 'data');
    mkdirSync(dataDir);
    const context = workspace(dataDir, 30_000);
    const dbFile = context.db.$client.name;
    const dir = backupDirOf(dbFile);
    const partial = await killDuringBackup(dbFile, dir);
    expect(existsSync(join(dir, partial))).toBe(true);
    expect(listBackupsOf(context).every((b) => !b.name.includes('.partial'))).toBe(true);
    const complete = listBackupsOf(context).length;

    const worker = new BackupWorker({ ctx: context, clock: context.clock });
    // Killed inside VACUUM INTO, the copy may have its rollback journal beside it: both go.
    const removed = worker.removeLeftovers();
    expect(removed).toContain(partial);
    expect(removed.every((name) => name.startsWith(partial))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes('.partial'))).toEqual([]);
    expect(listBackupsOf(context)).toHaveLength(complete);
  }, 60_000);
});

/** Runs a child making backups and SIGKILLs it as soon as an unfinished copy shows; returns its name. */
function killDuringBackup(dbFile: string, dir: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve('src/main/testing/backupWriter.ts'), dbFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    let seen: string | null = null;
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    const timer = setInterval(() => {
      if (!existsSync(dir)) return;
      seen = readdirSync(dir).find((f) => f.endsWith('.partial')) ?? null;
      if (seen) {
        clearInterval(timer);
        child.kill('SIGKILL');
      }
    }, 1);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      if (signal !== 'SIGKILL' || !seen) return fail(new Error(`The backup writer stopped by itself (${code}): ${err}`));
      done(seen);
    });
  });
}
