import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { Material, MaterialAddInput, MaterialFile, MaterialListInput, MaterialReadInput, MaterialRemoveInput } from '../../shared/materials/schemas';
import { mediaTypeOf } from '../../shared/materials/schemas';
import { problem } from '../../shared/i18n/problems';
import { removeQuietly } from '../db/durable';
import { troubleOf } from '../db/fileErrors';
import { CopyMismatch, fileSha256, materialsDirOf, setAside, sha256Of, storedNameOf, writeChecked } from '../db/materialFiles';
import { returnedRow } from '../db/returned';
import { campaigns, materials } from '../db/schema';
import { writeTransaction } from '../db/writeTransaction';
import { getCampaign } from './campaigns';
import { type Ctx, nowIso } from './context';
import { AppError, notFound } from './errors';

/*
 * The materials kit: files a campaign gives its creators. The file is stored before its row and
 * leaves after its row is marked removed, each step checked, so a row never names a file that was
 * not written and a refused change leaves the folder as it was. These procedures therefore run
 * outside the dispatcher's transaction and commit their one row themselves.
 */

type Row = typeof materials.$inferSelect;

const folderOf = (ctx: Ctx) => materialsDirOf(ctx.db.$client.name);

function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

// Whether the file is there is judged by its size: checking every SHA-256 on each list would read every video.
function asMaterial(ctx: Ctx, row: Row): Material {
  const { stored, ...fields } = row;
  return { ...fields, available: row.removedAt === null && sizeOf(join(folderOf(ctx), stored)) === row.bytes };
}

/** A material of a campaign the user can still see (a campaign deleted for good takes its kit with it). */
function rowOf(ctx: Ctx, id: number): Row {
  const found = ctx.db
    .select({ material: materials, visibility: campaigns.visibility })
    .from(materials)
    .innerJoin(campaigns, eq(campaigns.id, materials.campaignId))
    .where(eq(materials.id, id))
    .get();
  if (!found || found.visibility === 'deleted') throw notFound('Material', id);
  return found.material;
}

/**
 * Copies a file into the campaign's kit. The same bytes twice in one kit are refused, naming the
 * material that holds them: a second row would list the file twice in the brief and the message.
 */
export function addMaterial(ctx: Ctx, input: z.output<typeof MaterialAddInput>): Material {
  const campaign = getCampaign(ctx, input.campaignId);
  const bytes = Buffer.from(input.base64, 'base64');
  const sha256 = sha256Of(bytes);
  const same = ctx.db
    .select()
    .from(materials)
    .where(and(eq(materials.campaignId, campaign.id), eq(materials.sha256, sha256), isNull(materials.removedAt)))
    .get();
  if (same) throw new AppError('CONFLICT', problem('service.materialTwice', { name: same.name }));
  const folder = folderOf(ctx);
  const stored = storedNameOf(campaign.id, sha256, input.name);
  // Its name says its content: a file already there with these bytes is the copy (a backup brought it back).
  const there = fileSha256(join(folder, stored)) === sha256;
  if (!there) {
    try {
      writeChecked(folder, stored, bytes, sha256);
    } catch (error) {
      if (error instanceof CopyMismatch) throw new AppError('CONFLICT', problem('service.materialNotStored', { name: input.name }));
      throw error;
    }
  }
  try {
    const row = writeTransaction(ctx.db.$client, () =>
      returnedRow(
        ctx.db
          .insert(materials)
          .values({ campaignId: campaign.id, kind: input.kind, name: input.name, stored, bytes: bytes.length, sha256, mediaType: input.mediaType ?? mediaTypeOf(input.name), addedAt: nowIso(ctx) })
          .returning()
          .all(),
      ),
    );
    return asMaterial(ctx, row);
  } catch (error) {
    if (!there) removeQuietly(join(folder, stored));
    throw error;
  }
}

/** The campaign's kit, oldest first; with `removed`, also what was taken out of it. */
export function listMaterials(ctx: Ctx, input: z.output<typeof MaterialListInput>): Material[] {
  return materialsOf(ctx, getCampaign(ctx, input.campaignId).id, input.removed);
}

function materialsOf(ctx: Ctx, campaignId: number, removed: boolean): Material[] {
  return ctx.db
    .select()
    .from(materials)
    .where(removed ? eq(materials.campaignId, campaignId) : and(eq(materials.campaignId, campaignId), isNull(materials.removedAt)))
    .orderBy(asc(materials.addedAt), asc(materials.id))
    .all()
    .map((row) => asMaterial(ctx, row));
}

/** The materials a message can offer now: in the kit, with their file there. */
export function kitOf(ctx: Ctx, campaignId: number): Material[] {
  return materialsOf(ctx, campaignId, false).filter((m) => m.available);
}

/**
 * Takes a material out of the kit: its row stays, marked removed (a brief already sent listed it),
 * and its file is deleted. The file is set aside first, and put back if the row cannot be stored.
 * Removing one already removed changes nothing.
 */
export function removeMaterial(ctx: Ctx, input: z.output<typeof MaterialRemoveInput>): Material {
  const row = rowOf(ctx, input.id);
  if (row.removedAt !== null) return asMaterial(ctx, row);
  // Rows brought in by an import may share a copy; it stays while another current one names it.
  const shared = ctx.db
    .select({ id: materials.id })
    .from(materials)
    .where(and(eq(materials.stored, row.stored), ne(materials.id, row.id), isNull(materials.removedAt)))
    .get();
  const aside = shared ? null : setAside(join(folderOf(ctx), row.stored));
  let removed: Row;
  try {
    removed = writeTransaction(ctx.db.$client, () =>
      returnedRow(ctx.db.update(materials).set({ removedAt: nowIso(ctx) }).where(eq(materials.id, row.id)).returning().all()),
    );
  } catch (error) {
    aside?.putBack();
    throw error;
  }
  aside?.discard();
  return asMaterial(ctx, removed);
}

/** A material's content, checked against its SHA-256, for a download or an attachment. */
export function readMaterial(ctx: Ctx, input: z.output<typeof MaterialReadInput>): MaterialFile {
  const row = rowOf(ctx, input.id);
  if (row.removedAt !== null) throw new AppError('CONFLICT', problem('service.materialRemoved', { name: row.name }));
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(folderOf(ctx), row.stored));
  } catch (error) {
    if (troubleOf(error) === 'missing') throw new AppError('CONFLICT', problem('service.materialMissing', { name: row.name }));
    throw error;
  }
  if (sha256Of(bytes) !== row.sha256) throw new AppError('CONFLICT', problem('service.materialDamaged', { name: row.name }));
  return { name: row.name, mediaType: row.mediaType, bytes: bytes.length, base64: bytes.toString('base64') };
}
