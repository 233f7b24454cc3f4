import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDirOf, createBackup } from '../db/backups';
import { materialsDirOf, storedNameOf } from '../db/materialFiles';
import { poolDirOf } from '../db/materialKit';
import { archiveApi } from '../testing/archiveApi';
import { MIGRATIONS, snapshot, testClock, testContext } from '../testing/context';
import { openRuntime } from '../runtime';

/*
 * The kit's files travel with the data: a backup keeps them (once per content, beside the backups),
 * a restore puts each back checked against its SHA-256, and the JSON export names them without
 * their bytes; what cannot be found is said, never a crash.
 */

let ctx: ReturnType<typeof testContext>;
let api: ReturnType<typeof archiveApi>;
let campaignId: number;
const others: ReturnType<typeof testContext>[] = [];
const dirs: string[] = [];
beforeEach(() => {
  ctx = testContext('2026-03-05T10:00:00.000Z');
  api = archiveApi(ctx);
  campaignId = api.ok('campaigns.create', { name: 'Spring glow', currency: 'EUR' }).id;
});
afterEach(() => {
  ctx.cleanup();
  for (const other of others.splice(0)) other.cleanup();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const manual = Buffer.from('%PDF-1.4\nGlow serum: apply two drops in the evening.\n');
const photos = Buffer.from('PK\u0003\u0004 three photos of the serum');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const add = (name: string, bytes: Buffer) => api.ok('materials.add', { campaignId, kind: 'manual', name, base64: bytes.toString('base64') });
const fileOf = (name: string, bytes: Buffer) => join(materialsDirOf(ctx.file), storedNameOf(campaignId, sha256(bytes), name));
const pool = () => poolDirOf(backupDirOf(ctx.file));

describe('a backup', () => {
  it('keeps the kit’s files beside it, and a restore brings them back checked, with the rows', () => {
    const kept = add('Manual.pdf', manual);
    const backup = api.ok('backup.create', {});
    expect(readdirSync(pool())).toEqual([sha256(manual)]);
    ctx.clock.set('2026-03-06T10:00:00.000Z');
    api.ok('materials.remove', { id: kept.id });
    const later = add('Photos.zip', photos);
    expect(existsSync(fileOf('Manual.pdf', manual))).toBe(false);

    const restored = api.ok('backup.restore', { name: backup.name });
    expect(restored.missingMaterials).toEqual([]);
    expect(api.ok('materials.list', { campaignId, removed: true })).toEqual([kept]);
    expect(readFileSync(fileOf('Manual.pdf', manual))).toEqual(manual);
    // The material added after the backup left with its data; the backup of that data keeps its file.
    expect(existsSync(fileOf('Photos.zip', photos))).toBe(false);
    expect(readdirSync(pool()).sort()).toEqual([sha256(manual), sha256(photos)].sort());
    const back = api.ok('backup.restore', { name: restored.keptAs });
    expect(back.missingMaterials).toEqual([]);
    expect(api.ok('materials.list', { campaignId }).map((m) => m.id)).toEqual([later.id]);
    expect(readFileSync(fileOf('Photos.zip', photos))).toEqual(photos);
    expect(existsSync(fileOf('Manual.pdf', manual))).toBe(false);
  });

  it('names the materials whose kept copy is gone or no longer matches its SHA-256, and restores the rest', () => {
    const a = add('Manual.pdf', manual);
    const b = add('Photos.zip', photos);
    const backup = api.ok('backup.create', {});
    api.ok('materials.remove', { id: a.id });
    api.ok('materials.remove', { id: b.id });
    writeFileSync(join(pool(), sha256(manual)), Buffer.from('%PDF-1.4\nsomething else entirely, same length!!\n'));
    rmSync(join(pool(), sha256(photos)));
    const restored = api.ok('backup.restore', { name: backup.name });
    expect(restored.missingMaterials).toEqual([
      { id: a.id, campaignId, name: 'Manual.pdf', sha256: sha256(manual) },
      { id: b.id, campaignId, name: 'Photos.zip', sha256: sha256(photos) },
    ]);
    expect(api.ok('materials.list', { campaignId }).map((m) => [m.name, m.available])).toEqual([
      ['Manual.pdf', false],
      ['Photos.zip', false],
    ]);
    expect(readdirSync(materialsDirOf(ctx.file))).toEqual([]);
  });

  it('copies the files to the second folder too, and a restore from there finds them there', () => {
    const second = mkdtempSync(join(tmpdir(), 'followthrough-second-'));
    dirs.push(second);
    api.ok('backup.setSecondFolder', { folder: second });
    const kept = add('Manual.pdf', manual);
    const backup = api.ok('backup.create', {});
    expect(backup.second).toMatchObject({ saved: true });
    expect(readdirSync(poolDirOf(second))).toEqual([sha256(manual)]);
    api.ok('materials.remove', { id: kept.id });
    rmSync(pool(), { recursive: true });
    const restored = api.ok('backup.restore', { name: backup.name, folder: 'second' });
    expect(restored.missingMaterials).toEqual([]);
    expect(readFileSync(fileOf('Manual.pdf', manual))).toEqual(manual);
  });

  it('keeps each file once, and lets go of it when no kept backup names it any more', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 2, 10 + n, 3));
    const kept = add('Manual.pdf', manual);
    createBackup(ctx.db.$client, ctx.file, day(0), 'daily');
    createBackup(ctx.db.$client, ctx.file, day(1), 'daily');
    expect(readdirSync(pool())).toEqual([sha256(manual)]);
    api.ok('materials.remove', { id: kept.id });
    for (let n = 2; n < 8; n++) createBackup(ctx.db.$client, ctx.file, day(n), 'daily');
    expect(readdirSync(pool())).toEqual([sha256(manual)]);
    // The eighth daily backup without it rotates out the last one that named it.
    createBackup(ctx.db.$client, ctx.file, day(8), 'daily');
    createBackup(ctx.db.$client, ctx.file, day(9), 'daily');
    expect(readdirSync(pool())).toEqual([]);
  });

  it('makes no materials folder beside the backups when there is no kit', () => {
    api.ok('backup.create', {});
    expect(existsSync(pool())).toBe(false);
  });
});

describe('the JSON export', () => {
  type Export = { tables: Record<string, Record<string, unknown>[]> };

  it('carries the materials as references (name, SHA-256, size), never their bytes', () => {
    const a = add('Manual.pdf', manual);
    const { json } = api.ok('backup.exportJson', {});
    const rows = (JSON.parse(json) as Export).tables.materials;
    expect(rows).toEqual([
      {
        id: a.id,
        campaign_id: campaignId,
        kind: 'manual',
        name: 'Manual.pdf',
        stored: storedNameOf(campaignId, sha256(manual), 'Manual.pdf'),
        bytes: manual.length,
        sha256: sha256(manual),
        media_type: 'application/pdf',
        added_at: '2026-03-05T10:00:00.000Z',
        removed_at: null,
      },
    ]);
    expect(json).not.toContain(manual.toString('base64'));
    expect(json).not.toContain('Glow serum: apply');
  });

  it('imported where the files are not, imports the rows and names the files that are missing', () => {
    const a = add('Manual.pdf', manual);
    const removed = add('Photos.zip', photos);
    api.ok('materials.remove', { id: removed.id });
    const { json } = api.ok('backup.exportJson', {});
    const elsewhere = testContext('2026-03-08T10:00:00.000Z');
    others.push(elsewhere);
    const there = archiveApi(elsewhere);
    const imported = there.ok('backup.importJson', { json });
    expect(imported.missingMaterials).toEqual([{ id: a.id, campaignId, name: 'Manual.pdf', sha256: sha256(manual) }]);
    expect(snapshot(elsewhere).materials).toEqual(snapshot(ctx).materials);
    expect(there.ok('materials.list', { campaignId }).map((m) => [m.name, m.available])).toEqual([['Manual.pdf', false]]);
    expect(there.refused('materials.read', { id: a.id })).toMatchObject({ code: 'CONFLICT', message: 'The file of “Manual.pdf” is missing from the materials folder. Add it to the kit again.' });
    // Adding the file again makes a new material; the missing one can be removed.
    expect(there.ok('materials.remove', { id: a.id })).toMatchObject({ removedAt: '2026-03-08T10:00:00.000Z' });
    expect(there.ok('materials.add', { campaignId, kind: 'manual', name: 'Manual.pdf', base64: manual.toString('base64') })).toMatchObject({ available: true });
  });

  it('imported on this computer, finds the files in the kit or beside the backups', () => {
    const a = add('Manual.pdf', manual);
    api.ok('backup.create', {});
    const { json } = api.ok('backup.exportJson', {});
    api.ok('materials.remove', { id: a.id });
    const imported = api.ok('backup.importJson', { json });
    expect(imported.missingMaterials).toEqual([]);
    expect(readFileSync(fileOf('Manual.pdf', manual))).toEqual(manual);
    expect(api.ok('materials.read', { id: a.id }).base64).toBe(manual.toString('base64'));
  });
});

describe('recovering from a damaged database at start', () => {
  it('puts back the files the latest good backup’s materials name', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'followthrough-kit-damaged-'));
    dirs.push(dataDir);
    const first = openRuntime({ dataDir, clock: testClock('2026-03-25T10:00:00.000Z'), migrationsFolder: MIGRATIONS });
    const campaign = first.dispatch('campaigns.create', { name: 'Spring glow', currency: 'EUR' }) as { ok: true; data: { id: number } };
    const added = first.dispatch('materials.add', { campaignId: campaign.data.id, kind: 'manual', name: 'Manual.pdf', base64: manual.toString('base64') }) as { ok: true; data: { id: number } };
    expect(first.dispatch('backup.create', {}).ok).toBe(true);
    expect(first.dispatch('materials.remove', { id: added.data.id }).ok).toBe(true);
    first.close();
    const file = join(dataDir, 'followthrough.db');
    const stored = join(materialsDirOf(file), storedNameOf(campaign.data.id, sha256(manual), 'Manual.pdf'));
    expect(existsSync(stored)).toBe(false);
    // Garbage over every page after the first: the kind of damage a failing disk leaves.
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(size - 4096, 0xa5), 0, size - 4096, 4096);
    closeSync(fd);
    const runtime = openRuntime({ dataDir, clock: testClock('2026-03-26T10:00:00.000Z'), migrationsFolder: MIGRATIONS, onDamage: () => true });
    try {
      expect(readFileSync(stored)).toEqual(manual);
      expect(runtime.dispatch('materials.list', { campaignId: campaign.data.id })).toMatchObject({ ok: true, data: [{ name: 'Manual.pdf', available: true }] });
    } finally {
      runtime.close();
    }
  });
});
