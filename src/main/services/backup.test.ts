import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wordsIn } from '../../shared/i18n/createI18n';
import { sayProblem } from '../../shared/i18n/wording';
import { backupDirOf, createBackup, dueBackups, listBackups } from '../db/backups';
import { verifyChain } from '../db/eventChain';
import { readSecondFolder } from '../db/secondFolder';
import { contracted } from '../testing/contracted';
import { snapshot, testContext } from '../testing/context';
import { expectAppError } from '../testing/expectAppError';
import { BackupWorker } from '../workers/backupWorker';
import { backupFolders, backUpNow, listBackupsOf, restoreBackup, setSecondFolder } from './backup';
import { listEvents, logEvent } from './events';
import { createCreator, listCreators } from './influencers';

let ctx: ReturnType<typeof testContext>;
const others: string[] = [];
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
});
afterEach(() => {
  ctx.cleanup();
  for (const dir of others.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const day = (n: number) => new Date(Date.UTC(2026, 2, 1 + n, 3));
const names = () => listCreators(ctx, { includeInactive: true }).map((c) => c.name);
const creator = (name: string) => createCreator(ctx, { name, handles: [], followers: null, region: null, timeZone: null, language: null, email: null, shippingAddress: '', notes: '', active: true });
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'followthrough-second-'));
  others.push(dir);
  return dir;
};

describe('backups', () => {
  it('keep the newest 7 daily and 4 weekly copies, and leave nothing else in the folder', () => {
    for (let n = 0; n < 40; n++) {
      createBackup(ctx.db.$client, ctx.file, day(n), 'daily');
      if (n % 7 === 0) createBackup(ctx.db.$client, ctx.file, day(n), 'weekly');
    }
    const kept = listBackups(ctx.file);
    expect(kept.filter((b) => b.kind === 'daily').map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-04-09', '2026-04-08', '2026-04-07', '2026-04-06', '2026-04-05', '2026-04-04', '2026-04-03']);
    expect(kept.filter((b) => b.kind === 'weekly').map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-04-05', '2026-03-29', '2026-03-22', '2026-03-15']);
    expect(readdirSync(backupDirOf(ctx.file))).toHaveLength(11);
  });

  it('made in the same millisecond (a pinned clock) never overwrite each other, and list newest first', () => {
    creator('Mia Chen');
    const first = backUpNow(ctx);
    creator('Noah Berg');
    const second = backUpNow(ctx);
    expect(first.name).toBe('followthrough-2026-03-25T10-00-00-000Z-manual.db');
    expect(second.name).toBe('followthrough-2026-03-25T10-00-00-000Z-manual-2.db');
    expect(listBackupsOf(ctx).filter((b) => b.kind === 'manual').map((b) => [b.name, b.holds.creators])).toEqual([
      [second.name, 2],
      [first.name, 1],
    ]);
    // Two restores at that moment keep both sets of replaced data, each restorable.
    restoreBackup(ctx, { name: first.name, folder: 'backups' });
    restoreBackup(ctx, { name: second.name, folder: 'backups' });
    const replaced = listBackupsOf(ctx).filter((b) => b.kind === 'replaced');
    expect(replaced.map((b) => b.holds.creators)).toEqual([1, 2]);
    expect(new Set(replaced.map((b) => b.name)).size).toBe(2);
  });

  it('are due daily and weekly, and the backup worker makes them by itself', () => {
    expect(dueBackups([], day(0))).toEqual(['daily', 'weekly']);
    const worker = new BackupWorker({ ctx, clock: ctx.clock });
    expect(worker.check()).toEqual(['daily', 'weekly']);
    expect(worker.check()).toEqual([]);
    ctx.clock.advance(24 * 3_600_000);
    expect(worker.check()).toEqual(['daily']);
    ctx.clock.advance(6 * 24 * 3_600_000);
    expect(worker.check()).toEqual(['daily', 'weekly']);
    expect(listBackupsOf(ctx).map((b) => b.kind).sort()).toEqual(['daily', 'daily', 'daily', 'weekly', 'weekly']);
  });

  it('say what they hold, read from the file itself', () => {
    const { collaborationId } = contracted(ctx, { productReceivedOn: '2026-03-02' });
    creator('Noah Berg');
    const events = listEvents(ctx, { collaborationId, limit: 1000 }).length;
    const made = backUpNow(ctx);
    expect(made.holds).toEqual({ creators: 2, collaborations: 1, events });
    expect(made.second).toBeNull();
    expect(listBackupsOf(ctx)).toEqual([{ name: made.name, kind: 'manual', folder: 'backups', createdAt: '2026-03-25T10:00:00.000Z', bytes: made.bytes, holds: made.holds }]);
  });

  it('restore the chosen copy after its checks, keeping the replaced data as a backup that restores back', () => {
    const { collaborationId } = contracted(ctx, { productReceivedOn: '2026-03-02' });
    const saved = backUpNow(ctx);
    logEvent(ctx, { collaborationId, type: 'note', text: 'Written after the backup' });
    creator('Noah Berg');
    ctx.clock.advance(60_000);

    const result = restoreBackup(ctx, { name: saved.name, folder: 'backups' });
    expect(result.restored).toBe(saved.name);
    expect(names()).toEqual(['Mia Chen']);
    expect(listEvents(ctx, { collaborationId, limit: 1 })[0]).not.toMatchObject({ data: { text: 'Written after the backup' } });
    expect(verifyChain(ctx.db.$client).intact).toBe(true);
    const replaced = listBackupsOf(ctx).find((b) => b.name === result.keptAs)!;
    expect(replaced).toMatchObject({ kind: 'replaced', folder: 'backups', holds: { creators: 2, collaborations: 1 } });
    // The app goes on writing to the restored database.
    logEvent(ctx, { collaborationId, type: 'note', text: 'After the restore' });
    expect(verifyChain(ctx.db.$client).intact).toBe(true);

    ctx.clock.advance(60_000);
    const back = restoreBackup(ctx, { name: replaced.name, folder: 'backups' });
    expect(names()).toEqual(['Mia Chen', 'Noah Berg']);
    expect(listEvents(ctx, { collaborationId, limit: 1 })[0]).toMatchObject({ type: 'note', data: { text: 'Written after the backup' } });
    expect(verifyChain(ctx.db.$client).intact).toBe(true);
    expect(listBackupsOf(ctx).find((b) => b.name === back.keptAs)).toMatchObject({ kind: 'replaced', holds: { creators: 1 } });
  });

  it('keep the 5 newest copies of replaced data', () => {
    const saved = backUpNow(ctx);
    for (let n = 0; n < 7; n++) {
      ctx.clock.advance(60_000);
      restoreBackup(ctx, { name: saved.name, folder: 'backups' });
    }
    expect(listBackupsOf(ctx).filter((b) => b.kind === 'replaced')).toHaveLength(5);
    expect(readdirSync(backupDirOf(ctx.file)).filter((f) => f.includes('replaced'))).toHaveLength(5);
  });

  it('refuse a copy that looks whole but fails integrity_check, and change nothing', () => {
    contracted(ctx);
    const saved = backUpNow(ctx);
    // One more page than anything uses, with a header that counts it: listed, but not intact.
    const file = join(backupDirOf(ctx.file), saved.name);
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.writeUInt32BE(bytes.readUInt32BE(28) + 1, 28);
    writeFileSync(file, Buffer.concat([bytes, Buffer.alloc(pageSize)]));
    expect(listBackupsOf(ctx).map((b) => b.name)).toEqual([saved.name]);
    const before = snapshot(ctx);
    const refused = expectAppError(() => restoreBackup(ctx, { name: saved.name, folder: 'backups' }), 'CONFLICT');
    expect(refused.message).toMatch(new RegExp(`^The backup ${saved.name} cannot be restored: it is damaged \\(.+\\)\\. Nothing was changed\\.$`));
    expect(snapshot(ctx)).toEqual(before);
    expectAppError(() => restoreBackup(ctx, { name: 'followthrough-2020-01-01T00-00-00-000Z-daily.db', folder: 'backups' }), 'NOT_FOUND');
  });

  it('never list or restore an empty, cut-short, foreign or non-SQLite file with a backup’s name', () => {
    contracted(ctx);
    const good = backUpNow(ctx);
    const dir = backupDirOf(ctx.file);
    const goodBytes = readFileSync(join(dir, good.name));
    const junk: Record<string, Buffer | string> = {
      'followthrough-2026-03-26T00-00-00-000Z-daily.db': '',
      'followthrough-2026-03-26T00-00-01-000Z-daily.db': goodBytes.subarray(0, goodBytes.length - 4096),
      'followthrough-2026-03-26T00-00-02-000Z-daily.db': goodBytes.subarray(0, 5000),
      'followthrough-2026-03-26T00-00-03-000Z-weekly.db': 'this is a spreadsheet, not a database',
      'followthrough-replaced-2026-03-26T00-00-04-000Z.db': readFileSync(emptySqlite()),
    };
    for (const [name, bytes] of Object.entries(junk)) writeFileSync(join(dir, name), bytes);
    expect(listBackupsOf(ctx).map((b) => b.name)).toEqual([good.name]);
    const before = snapshot(ctx);
    const refusals = Object.keys(junk).map((name) => expectAppError(() => restoreBackup(ctx, { name, folder: 'backups' }), 'CONFLICT'));
    // Each is coded too: what the file is, by the fault the page words in its own language.
    expect(refusals.map((r) => [r.key, r.params?.source, r.params?.['fault.fault']])).toEqual([
      ['service.cannotRestore', 'file', 'empty'],
      ['service.cannotRestore', 'file', 'cutShortPages'],
      ['service.cannotRestore', 'file', 'cutShort'],
      ['service.cannotRestore', 'file', 'notSqlite'],
      ['service.cannotRestore', 'file', 'notApp'],
    ]);
    const problems = refusals.map((r) => r.message);
    expect(problems).toEqual([
      'The file followthrough-2026-03-26T00-00-00-000Z-daily.db cannot be restored: it is empty. Nothing was changed.',
      expect.stringMatching(/^The file followthrough-2026-03-26T00-00-01-000Z-daily\.db cannot be restored: it is cut short \(\d+ of \d+ pages\)\. Nothing was changed\.$/),
      'The file followthrough-2026-03-26T00-00-02-000Z-daily.db cannot be restored: it is cut short. Nothing was changed.',
      'The file followthrough-2026-03-26T00-00-03-000Z-weekly.db cannot be restored: it is not a SQLite database. Nothing was changed.',
      'The file followthrough-replaced-2026-03-26T00-00-04-000Z.db cannot be restored: it is not a Followthrough database. Nothing was changed.',
    ]);
    expect(snapshot(ctx)).toEqual(before);
  });
});

/** A valid SQLite database that is not Followthrough's. */
function emptySqlite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'followthrough-foreign-'));
  others.push(dir);
  const file = join(dir, 'other.db');
  const db = new Database(file);
  db.exec('CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES (1)');
  db.close();
  return file;
}

describe('a second backup folder', () => {
  it('receives a checked copy of every backup, listed and restorable from there', () => {
    contracted(ctx);
    const second = tempDir();
    expect(setSecondFolder(ctx, { folder: second })).toEqual({ folder: backupDirOf(ctx.file), second: { folder: second, problem: null } });
    expect(readSecondFolder(ctx.dir)).toBe(second);
    const made = backUpNow(ctx);
    expect(made.second).toEqual({ folder: second, saved: true, problem: null });
    expect(readdirSync(second)).toEqual([made.name]);
    expect(readFileSync(join(second, made.name)).equals(readFileSync(join(backupDirOf(ctx.file), made.name)))).toBe(true);
    expect(listBackupsOf(ctx).map((b) => [b.folder, b.name])).toEqual([
      ['backups', made.name],
      ['second', made.name],
    ]);

    // The worker's automatic backups go there too.
    expect(new BackupWorker({ ctx, clock: ctx.clock }).check()).toEqual(['daily', 'weekly']);
    expect(readdirSync(second)).toHaveLength(3);

    // With the backups next to the data gone, the second folder's copy brings the data back.
    creator('Noah Berg');
    rmSync(backupDirOf(ctx.file), { recursive: true });
    ctx.clock.advance(60_000);
    restoreBackup(ctx, { name: made.name, folder: 'second' });
    expect(names()).toEqual(['Mia Chen']);
  });

  it('missing or not a folder: said in words, and the backup next to the data is made anyway', () => {
    contracted(ctx);
    const second = join(tempDir(), 'usb-drive');
    mkdirSync(second);
    setSecondFolder(ctx, { folder: second });
    rmSync(second, { recursive: true });
    const missing = {
      folder: second,
      problem: `There is no folder at ${second} (is the drive connected?).`,
      key: 'service.folderCannotTake',
      params: expect.objectContaining({ fault: 'missing', folder: second }),
    };
    expect(backupFolders(ctx).second).toEqual(missing);
    const made = backUpNow(ctx);
    expect(made.second).toEqual({ ...missing, saved: false });
    // The settings page says it in its own language from the key.
    expect(sayProblem(wordsIn('nl'), made.second!.key!, made.second!.params!)).toBe(`Er is geen map op ${second} (is de schijf aangesloten?).`);
    expect(listBackupsOf(ctx).map((b) => b.folder)).toEqual(['backups']);
    const workerErrors: unknown[] = [];
    expect(new BackupWorker({ ctx, clock: ctx.clock, onError: (e) => workerErrors.push(e) }).check()).toEqual(['daily', 'weekly']);
    expect(workerErrors.map((e) => (e as Error).message)).toEqual([made.second!.problem, made.second!.problem]);
    expect(listBackupsOf(ctx).filter((b) => b.folder === 'backups')).toHaveLength(3);
  });

  it('is refused when it cannot take copies, and cleared with null', () => {
    const file = join(tempDir(), 'a-file.txt');
    writeFileSync(file, 'x');
    const refusals: [string, RegExp][] = [
      ['backups', /^Give the full path of the folder/],
      [join(tmpdir(), 'followthrough-no-such-folder-7f3a'), /^There is no folder at .+ \(is the drive connected\?\)\.$/],
      [file, /is not a folder\.$/],
      [ctx.dir, /^Choose a folder outside the data folder/],
      [join(ctx.dir, 'backups'), /^Choose a folder outside the data folder/],
    ];
    for (const [folder, message] of refusals) {
      const refused = expectAppError(() => setSecondFolder(ctx, { folder }), 'BAD_INPUT');
      expect(refused.message).toMatch(message);
      expect(refused.issues?.[0]?.path).toEqual(['folder']);
      expect(readSecondFolder(ctx.dir)).toBeNull();
    }
    expect(expectAppError(() => setSecondFolder(ctx, { folder: file }), 'BAD_INPUT').issues?.[0]).toMatchObject({ key: 'service.folderCannotTake', params: { fault: 'notFolder', folder: file } });
    setSecondFolder(ctx, { folder: tempDir() });
    expect(setSecondFolder(ctx, { folder: null }).second).toBeNull();
    expect(backUpNow(ctx).second).toBeNull();
  });
});

describe('copies left by a backup killed half-way', () => {
  it('are never listed, and the backup worker removes them at start', () => {
    contracted(ctx);
    const second = tempDir();
    setSecondFolder(ctx, { folder: second });
    const made = backUpNow(ctx);
    const dir = backupDirOf(ctx.file);
    const partial = join(dir, 'followthrough-2026-03-26T00-00-00-000Z-daily.db.partial');
    const fd = openSync(partial, 'w');
    writeSync(fd, readFileSync(join(dir, made.name)).subarray(0, 8192));
    closeSync(fd);
    writeFileSync(join(second, `${made.name}.partial`), '');
    writeFileSync(join(ctx.dir, 'followthrough-incoming.partial'), 'half a restore');
    expect(listBackupsOf(ctx).map((b) => b.name)).toEqual([made.name, made.name]);
    const worker = new BackupWorker({ ctx, clock: ctx.clock });
    worker.start();
    worker.stop();
    expect(existsSync(partial)).toBe(false);
    expect(readdirSync(second).filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect(existsSync(join(ctx.dir, 'followthrough-incoming.partial'))).toBe(false);
    expect(readdirSync(dir).every((f) => !f.includes('.partial'))).toBe(true);
  });
});
