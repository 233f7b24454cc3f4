import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ArchivableKind, Visibility } from '../../../shared/archive';
import { campaigns, collaborations, creators } from '../../db/schema';
import { type Ctx, nowIso, type Tx } from '../context';
import { AppError, notFound, type Thing } from '../errors';
import { appendEvent } from '../events';
import { problem } from '../../../shared/i18n/problems';

/*
 * The one way a collaboration, creator or campaign moves in and out of sight: the row's visibility
 * changes and a `visibility.changed` event records it in the history, which itself is never deleted.
 */

type Db = Ctx['db'] | Tx;

export const KIND_NAMES: Record<ArchivableKind, Thing> = { collaboration: 'Collaboration', creator: 'Creator', campaign: 'Campaign' };

const TABLES = { collaboration: collaborations, creator: creators, campaign: campaigns } as const;

export interface Sighting {
  visibility: Visibility;
  creatorId: number | null;
  campaignId: number | null;
  name: string;
}

/** Where a row stands; a deleted one is gone for the user, so it reads as not found. */
export function sighting(db: Db, kind: ArchivableKind, id: number): Sighting {
  const found = readSighting(db, kind, id);
  if (!found || found.visibility === 'deleted') throw notFound(KIND_NAMES[kind], id);
  return found;
}

function readSighting(db: Db, kind: ArchivableKind, id: number): Sighting | undefined {
  if (kind === 'collaboration') {
    const row = db
      .select({ visibility: collaborations.visibility, creatorId: collaborations.creatorId, campaignId: collaborations.campaignId, name: creators.name })
      .from(collaborations)
      .innerJoin(creators, eq(creators.id, collaborations.creatorId))
      .where(eq(collaborations.id, id))
      .get();
    return row;
  }
  const table = TABLES[kind];
  const row = db.select({ visibility: table.visibility, name: table.name }).from(table).where(eq(table.id, id)).get();
  return row && { ...row, creatorId: kind === 'creator' ? id : null, campaignId: kind === 'campaign' ? id : null };
}

/** Moves one row to `to` and records it; the caller has checked that the move is allowed. */
export function setVisibility(ctx: Ctx, tx: Tx, kind: ArchivableKind, id: number, to: Visibility, options: { sample?: boolean } = {}): void {
  const before = sighting(tx, kind, id);
  const table = TABLES[kind];
  const changed = tx.update(table).set({ visibility: to, visibilitySince: nowIso(ctx) }).where(eq(table.id, id)).returning({ id: table.id }).all();
  if (changed.length !== 1) throw notFound(KIND_NAMES[kind], id);
  appendEvent(ctx, tx, {
    type: 'visibility.changed',
    collaborationId: kind === 'collaboration' ? id : null,
    creatorId: before.creatorId,
    data: { kind, id, from: before.visibility, to, ...(options.sample ? { sample: true } : {}) },
  });
}

/** Refuses unless the row is in one of the states the change starts from. */
export function expectState(found: Sighting, kind: ArchivableKind, id: number, allowed: readonly Visibility[], hint: 'fromTrash' | ''): void {
  if (allowed.includes(found.visibility)) return;
  throw new AppError('CONFLICT', problem('service.stateIs', { kind, id, state: found.visibility, hint: hint || 'none' }));
}

/**
 * A collaboration is only in sight with its creator and campaign: restoring one whose creator or
 * campaign is archived or in the trash is refused, naming which to restore first.
 */
export function expectParentsShown(db: Db, found: Sighting): void {
  if (found.creatorId !== null) {
    const creator = sighting(db, 'creator', found.creatorId);
    if (creator.visibility !== 'shown') {
      throw new AppError('CONFLICT', problem('service.parentHidden', { parent: 'creator', name: creator.name, state: creator.visibility }));
    }
  }
  if (found.campaignId !== null) {
    const campaign = sighting(db, 'campaign', found.campaignId);
    if (campaign.visibility !== 'shown') {
      throw new AppError('CONFLICT', problem('service.parentHidden', { parent: 'campaign', name: campaign.name, state: campaign.visibility }));
    }
  }
}

/** How many collaborations of a creator or campaign are in one of the given states. */
export function collaborationsOf(db: Db, kind: 'creator' | 'campaign', id: number, states: readonly Visibility[]): number {
  const column = kind === 'creator' ? collaborations.creatorId : collaborations.campaignId;
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(collaborations)
      .where(and(eq(column, id), inArray(collaborations.visibility, [...states])))
      .get()?.n ?? 0
  );
}
