import { mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../api/dispatcher';
import { openDatabase } from '../db/client';
import { materialsDirOf } from '../db/materialFiles';
import { MIGRATIONS, snapshot, testClock } from '../testing/context';
import { mountTmpfs, unmount } from '../testing/mounts';
import { bindReadOnly } from '../testing/tmpfs';
import type { Ctx } from './context';

/*
 * The kit on a real disk that is full or read-only: the file and its row are written together or
 * not at all, and the refusal says why in the app's own words for a failing disk.
 */

let root = '';
let disk = '';
let ctx: Ctx | null = null;
let reader: Ctx | null = null;
const views: string[] = [];
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'followthrough-kit-disk-'));
  disk = join(root, 'disk');
  mountTmpfs(disk, '3m');
  ctx = { db: openDatabase(join(disk, 'followthrough.db'), { migrationsFolder: MIGRATIONS }), clock: testClock('2026-03-05T10:00:00.000Z'), migrationsFolder: MIGRATIONS };
});
afterEach(() => {
  if (reader?.db.$client.open) reader.db.$client.close();
  if (ctx?.db.$client.open) ctx.db.$client.close();
  ctx = null;
  reader = null;
  for (const view of views.splice(0)) unmount(view);
  unmount(disk);
  rmSync(root, { recursive: true, force: true });
});

function setUp() {
  const dispatch = createDispatcher(ctx!, { logError: () => {} });
  const call = (name: 'campaigns.create' | 'materials.add' | 'materials.remove', input: unknown) => dispatch(name, input);
  const created = call('campaigns.create', { name: 'Spring glow', currency: 'EUR' });
  if (!created.ok) throw new Error(created.error.message);
  const campaignId = (created.data as { id: number }).id;
  const file = (bytes: Buffer, name: string) => ({ campaignId, kind: 'reference_video', name, base64: bytes.toString('base64') });
  return { call, campaignId, file };
}

const kitFiles = () => readdirSync(materialsDirOf(ctx!.db.$client.name)).sort();

describe('the materials kit on a full disk', () => {
  it('refuses a file the disk cannot take, changing nothing and leaving nothing behind; with room again it is added', () => {
    const { call, file } = setUp();
    expect(call('materials.add', file(Buffer.from('small, fits'), 'Note.txt')).ok).toBe(true);
    const { bavail, bsize } = statfsSync(disk);
    const filler = join(disk, 'filler');
    writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - 300_000)));
    const before = snapshot(ctx!);
    const kit = kitFiles();
    const video = Buffer.alloc(600_000, 3);
    const refused = call('materials.add', file(video, 'Unboxing.mp4'));
    expect(refused).toEqual({ ok: false, error: { code: 'INTERNAL', reason: 'disk_full', message: 'The disk is full; nothing was saved. Free some space and try again.' } });
    expect(snapshot(ctx!)).toEqual(before);
    expect(kitFiles()).toEqual(kit);
    rmSync(filler);
    expect(call('materials.add', file(video, 'Unboxing.mp4'))).toMatchObject({ ok: true, data: { bytes: 600_000, available: true } });
  });
});

describe('the materials kit on a read-only disk', () => {
  it('refuses to add or remove with the read-only sentence, changing neither the rows nor the files', () => {
    const { call, file, campaignId } = setUp();
    const added = call('materials.add', file(Buffer.from('brand story'), 'Story.txt'));
    if (!added.ok) throw new Error(added.error.message);
    const id = (added.data as { id: number }).id;
    // The same folder seen through a read-only view, as another copy of the app would meet it.
    const view = join(root, 'view');
    mkdirSync(view);
    bindReadOnly(disk, view);
    views.push(view);
    reader = { db: openDatabase(join(view, 'followthrough.db'), { migrationsFolder: MIGRATIONS }), clock: testClock('2026-03-05T11:00:00.000Z'), migrationsFolder: MIGRATIONS };
    const readOnly = createDispatcher(reader, { logError: () => {} });
    const before = snapshot(ctx!);
    const kit = kitFiles();
    const refusal = {
      ok: false,
      error: {
        code: 'INTERNAL',
        reason: 'read_only',
        message: 'The data folder is read-only (or Followthrough may not write there); nothing was saved. Make it writable and try again.',
      },
    };
    expect(readOnly('materials.add', file(Buffer.from('another file'), 'Other.txt'))).toEqual(refusal);
    expect(readOnly('materials.remove', { id })).toEqual(refusal);
    expect(snapshot(ctx!)).toEqual(before);
    expect(kitFiles()).toEqual(kit);
    expect(readOnly('materials.list', { campaignId })).toMatchObject({ ok: true, data: [{ name: 'Story.txt', available: true }] });
    expect(readOnly('materials.read', { id })).toMatchObject({ ok: true, data: { base64: Buffer.from('brand story').toString('base64') } });
    expect(call('materials.remove', { id })).toMatchObject({ ok: true, data: { available: false } });
    expect(kitFiles()).toEqual([]);
  });
});
