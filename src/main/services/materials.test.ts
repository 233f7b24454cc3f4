import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MATERIAL_MAX_BYTES } from '../../shared/materials/schemas';
import { ROW_SCHEMAS } from '../db/rowSchemas';
import { materialsDirOf, recoverSetAside, setAside, storedNameOf } from '../db/materialFiles';
import { archiveApi } from '../testing/archiveApi';
import { snapshot, testContext } from '../testing/context';

/*
 * The materials kit: files a campaign gives its creators, copied beside the data, checked by their
 * SHA-256, listed, read back and removed (the row stays, the file goes).
 */

let ctx: ReturnType<typeof testContext>;
let api: ReturnType<typeof archiveApi>;
let campaignId: number;
beforeEach(() => {
  ctx = testContext('2026-03-05T10:00:00.000Z');
  api = archiveApi(ctx);
  campaignId = api.ok('campaigns.create', { name: 'Spring glow', currency: 'EUR' }).id;
});
afterEach(() => ctx.cleanup());

const manual = Buffer.from('%PDF-1.4\nGlow serum: apply two drops in the evening.\n');
const base64 = (bytes: Buffer) => bytes.toString('base64');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const folder = () => materialsDirOf(ctx.file);
const filesInFolder = () => (existsSync(folder()) ? readdirSync(folder()).sort() : []);
const add = (name = 'Manual.pdf', bytes = manual, kind: 'manual' | 'photos' | 'reference_video' | 'brand_story' | 'other' = 'manual') =>
  api.ok('materials.add', { campaignId, kind, name, base64: base64(bytes) });

describe('adding a file to the kit', () => {
  it('copies it beside the data under a name made of its campaign and SHA-256, and lists it with its size and date', () => {
    const added = add();
    expect(added).toEqual({
      id: added.id,
      campaignId,
      kind: 'manual',
      name: 'Manual.pdf',
      bytes: manual.length,
      sha256: sha256(manual),
      mediaType: 'application/pdf',
      addedAt: '2026-03-05T10:00:00.000Z',
      removedAt: null,
      available: true,
    });
    const stored = storedNameOf(campaignId, sha256(manual), 'Manual.pdf');
    expect(stored).toBe(`${campaignId}-${sha256(manual)}.pdf`);
    expect(ROW_SCHEMAS.materials.stored.safeParse(stored).success).toBe(true);
    expect(filesInFolder()).toEqual([stored]);
    expect(sha256(readFileSync(join(folder(), stored)))).toBe(sha256(manual));
    expect(api.ok('materials.list', { campaignId })).toEqual([added]);
    expect(api.ok('materials.read', { id: added.id })).toEqual({ name: 'Manual.pdf', mediaType: 'application/pdf', bytes: manual.length, base64: base64(manual) });
  });

  it('takes the media type it is given, and names a file without a known extension as bytes', () => {
    const photo = api.ok('materials.add', { campaignId, kind: 'photos', name: 'Serum close-up.HEIC', base64: base64(Buffer.from('heic')), mediaType: 'Image/HEIC' });
    const story = api.ok('materials.add', { campaignId, kind: 'brand_story', name: 'Our story', base64: base64(Buffer.from('Since 2019…')) });
    expect([photo.mediaType, story.mediaType]).toEqual(['image/heic', 'application/octet-stream']);
    expect(filesInFolder()).toEqual([`${campaignId}-${sha256(Buffer.from('Since 2019…'))}`, `${campaignId}-${sha256(Buffer.from('heic'))}.heic`].sort());
  });

  it('refuses an empty file, one over 50 MB, a name with a folder in it and an unknown kind, writing nothing', () => {
    const before = snapshot(ctx);
    const cases: [unknown, string, string][] = [
      [{ campaignId, kind: 'manual', name: 'Empty.pdf', base64: '' }, 'base64', 'The file is empty'],
      [{ campaignId, kind: 'manual', name: 'Huge.mov', base64: base64(Buffer.alloc(MATERIAL_MAX_BYTES + 1)) }, 'base64', 'The file is larger than 50 MB'],
      [{ campaignId, kind: 'manual', name: 'Huge.mov', base64: 'A'.repeat(Math.ceil(MATERIAL_MAX_BYTES / 3) * 4 + 4) }, 'base64', 'The file is larger than 50 MB'],
      [{ campaignId, kind: 'manual', name: '../followthrough.db', base64: base64(manual) }, 'name', 'Use a plain file name, without slashes or invisible characters'],
      [{ campaignId, kind: 'manual', name: '..', base64: base64(manual) }, 'name', 'Use a plain file name, without slashes or invisible characters'],
      [{ campaignId, kind: 'manual', name: 'Manual\u0000.pdf', base64: base64(manual) }, 'name', 'Use a plain file name, without slashes or invisible characters'],
      [{ campaignId, kind: 'manual', name: '   ', base64: base64(manual) }, 'name', 'Enter a name'],
      [{ campaignId, kind: 'poster', name: 'Manual.pdf', base64: base64(manual) }, 'kind', ''],
      [{ campaignId, kind: 'manual', name: 'Manual.pdf', base64: base64(manual), mediaType: 'pdf' }, 'mediaType', 'Give the file type like image/png, or leave it out'],
    ];
    for (const [input, field, message] of cases) {
      const error = api.refused('materials.add', input as never);
      expect(error.code).toBe('BAD_INPUT');
      const issue = error.issues?.find((i) => i.path.join('.') === field);
      expect(issue?.message, `${field}: ${JSON.stringify(error.issues)}`).toContain(message);
    }
    expect(snapshot(ctx)).toEqual(before);
    expect(filesInFolder()).toEqual([]);
  });

  it('takes a file of exactly 50 MB', () => {
    const big = Buffer.alloc(MATERIAL_MAX_BYTES, 7);
    expect(add('Unboxing.mp4', big, 'reference_video')).toMatchObject({ bytes: MATERIAL_MAX_BYTES, mediaType: 'video/mp4', available: true });
  });

  it('refuses a campaign that does not exist (or was deleted for good), writing nothing', () => {
    const before = snapshot(ctx);
    const error = api.refused('materials.add', { campaignId: 99, kind: 'manual', name: 'Manual.pdf', base64: base64(manual) });
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: 'Campaign #99 does not exist.' });
    const gone = api.ok('campaigns.create', { name: 'Cancelled', currency: 'EUR' }).id;
    api.ok('trash.add', { kind: 'campaign', id: gone });
    api.ok('trash.empty', {});
    const after = snapshot(ctx);
    expect(api.refused('materials.add', { campaignId: gone, kind: 'manual', name: 'Manual.pdf', base64: base64(manual) }).code).toBe('NOT_FOUND');
    expect(api.refused('materials.list', { campaignId: 99 }).code).toBe('NOT_FOUND');
    expect(snapshot(ctx).materials).toEqual(before.materials);
    expect(snapshot(ctx)).toEqual(after);
    expect(existsSync(folder())).toBe(false);
  });

  it('refuses the same file twice in one kit, naming the material that holds it; another campaign may have it too', () => {
    const first = add();
    const before = snapshot(ctx);
    const error = api.refused('materials.add', { campaignId, kind: 'other', name: 'Copy of manual.pdf', base64: base64(manual) });
    expect(error).toMatchObject({ code: 'CONFLICT', message: 'This file is already in the campaign’s kit as “Manual.pdf”; nothing was added.' });
    expect(snapshot(ctx)).toEqual(before);
    const other = api.ok('campaigns.create', { name: 'Autumn', currency: 'EUR' }).id;
    const there = api.ok('materials.add', { campaignId: other, kind: 'manual', name: 'Manual.pdf', base64: base64(manual) });
    expect(there.sha256).toBe(first.sha256);
    expect(filesInFolder()).toHaveLength(2);
    // Once removed, the same file may come back.
    api.ok('materials.remove', { id: first.id });
    expect(add()).toMatchObject({ available: true, removedAt: null });
  });

  it('removes the written file again when its row cannot be stored', () => {
    ctx.db.$client.exec(`CREATE TRIGGER refuse_materials BEFORE INSERT ON materials BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`);
    const before = snapshot(ctx);
    const error = api.refused('materials.add', { campaignId, kind: 'manual', name: 'Manual.pdf', base64: base64(manual) });
    expect(error.code).toBe('INTERNAL');
    expect(snapshot(ctx)).toEqual(before);
    expect(filesInFolder()).toEqual([]);
  });
});

describe('removing a material', () => {
  it('keeps its row, marked removed, and deletes its file; removing it again changes nothing', () => {
    const kept = add('Photos.zip', Buffer.from('PK photos'), 'photos');
    const gone = add();
    ctx.clock.set('2026-03-06T08:30:00.000Z');
    const removed = api.ok('materials.remove', { id: gone.id });
    expect(removed).toEqual({ ...gone, removedAt: '2026-03-06T08:30:00.000Z', available: false });
    expect(filesInFolder()).toEqual([storedNameOf(campaignId, kept.sha256, 'Photos.zip')]);
    expect(api.ok('materials.list', { campaignId })).toEqual([kept]);
    expect(api.ok('materials.list', { campaignId, removed: true })).toEqual([kept, removed]);
    expect(api.refused('materials.read', { id: gone.id })).toMatchObject({ code: 'CONFLICT', message: '“Manual.pdf” was removed from the kit; its file is no longer kept.' });
    const before = snapshot(ctx);
    ctx.clock.set('2026-03-07T08:30:00.000Z');
    expect(api.ok('materials.remove', { id: gone.id })).toEqual(removed);
    expect(snapshot(ctx)).toEqual(before);
    expect(api.refused('materials.remove', { id: 99 })).toMatchObject({ code: 'NOT_FOUND', message: 'Material #99 does not exist.' });
  });

  it('puts the file back when the removal cannot be stored', () => {
    const material = add();
    ctx.db.$client.exec(`CREATE TRIGGER refuse_removal BEFORE UPDATE ON materials BEGIN SELECT RAISE(ABORT, 'refused for the test'); END`);
    const before = snapshot(ctx);
    expect(api.refused('materials.remove', { id: material.id }).code).toBe('INTERNAL');
    expect(snapshot(ctx)).toEqual(before);
    expect(filesInFolder()).toEqual([storedNameOf(campaignId, material.sha256, 'Manual.pdf')]);
    expect(api.ok('materials.read', { id: material.id }).base64).toBe(base64(manual));
  });

  it('after a crash between setting the file aside and storing the removal, the next start puts it back', () => {
    const material = add();
    const stored = storedNameOf(campaignId, material.sha256, 'Manual.pdf');
    const aside = setAside(join(folder(), stored));
    expect(aside).not.toBeNull();
    expect(api.ok('materials.list', { campaignId })[0]?.available).toBe(false);
    expect(recoverSetAside(folder(), new Set([stored]))).toEqual([stored]);
    expect(filesInFolder()).toEqual([stored]);
    expect(api.ok('materials.read', { id: material.id }).base64).toBe(base64(manual));
  });
});

describe('reading a material', () => {
  it('says when its file is missing or no longer matches its SHA-256', () => {
    const material = add();
    const file = join(folder(), storedNameOf(campaignId, material.sha256, 'Manual.pdf'));
    writeFileSync(file, Buffer.from('%PDF-1.4\nSomeone edited this file by hand!!\n'));
    expect(api.refused('materials.read', { id: material.id })).toMatchObject({
      code: 'CONFLICT',
      message: 'The file of “Manual.pdf” has changed since it was added (its checksum no longer matches). Add it to the kit again.',
    });
    writeFileSync(file, 'short');
    expect(api.ok('materials.list', { campaignId })[0]?.available).toBe(false);
    setAside(file)?.discard();
    expect(api.refused('materials.read', { id: material.id })).toMatchObject({
      code: 'CONFLICT',
      message: 'The file of “Manual.pdf” is missing from the materials folder. Add it to the kit again.',
    });
  });
});

describe('the support offer', () => {
  it('lists the kit’s files that are there, one a line, in every language; without a kit the gap is marked', () => {
    api.ok('settings.update', { brandName: 'Lumen', senderName: 'Ana' });
    const creatorId = api.ok('influencers.create', { name: 'Mia Chen' }).id;
    const collaborationId = api.ok('collaborations.create', { creatorId, campaignId, stage: 'in_production', feeMinor: 50_000 }).id;
    const compose = (language: string) => api.ok('outreach.compose', { collaborationId, templateId: `builtin:support_offer.${language}` });
    expect(compose('en').missing).toContain('materials');
    expect(compose('en').body.text).toContain('{materials}');

    add();
    add('Serum photos.zip', Buffer.from('PK photos'), 'photos');
    const gone = add('Old story.txt', Buffer.from('2019'), 'brand_story');
    api.ok('materials.remove', { id: gone.id });
    const missing = add('Lost.mov', Buffer.from('moov'), 'reference_video');
    setAside(join(folder(), storedNameOf(campaignId, missing.sha256, 'Lost.mov')))?.discard();

    for (const language of ['en', 'zh', 'nl']) {
      const message = compose(language);
      expect(message.missing, language).not.toContain('materials');
      expect(message.body.segments, language).toContainEqual({ variable: 'materials', value: '- Manual.pdf\n- Serum photos.zip' });
    }
    expect(compose('en').body.text).toContain('so I’ve attached a few things that might help:\n- Manual.pdf\n- Serum photos.zip\n');
  });
});

describe('the sample data', () => {
  it('is not removed while a sample campaign’s kit holds a file of yours; once it is taken out, it is', () => {
    const sample = testContext('2026-03-05T10:00:00.000Z');
    try {
      const there = archiveApi(sample);
      there.ok('sample.load', {});
      const campaign = there.ok('campaigns.list', {})[0]!;
      const material = there.ok('materials.add', { campaignId: campaign.id, kind: 'manual', name: 'Our manual.pdf', base64: base64(manual) });
      const refused = there.refused('sample.remove', {});
      expect(refused.code).toBe('CONFLICT');
      expect(refused.message).toContain(`you added “Our manual.pdf” to the materials kit of ${campaign.name}`);
      there.ok('materials.remove', { id: material.id });
      expect(there.ok('sample.remove', {}).campaigns).toBeGreaterThan(0);
    } finally {
      sample.cleanup();
    }
  });
});
