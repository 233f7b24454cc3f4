import { and, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  Collaboration,
  CollaborationCreateInput,
  CollaborationDetail,
  CollaborationTargets,
  CollaborationUpdateInput,
  MoveInput,
} from '../../shared/schemas';
import { publishByIssue } from '../../shared/schemas';
import { type Stage } from '../../shared/stages';
import { dateInZone } from '../../shared/dates';
import { collaborations, milestones } from '../db/schema';
import { getCampaign } from './campaigns';
import { type Ctx, nowIso, type Tx } from './context';
import { AppError, badField, notFound } from './errors';
import { inForceVersion, markDelivered, syncMilestones } from './deadlines';
import { DEAL_FIELDS, dealLocked } from '../../shared/rules/deal';
import { assertMayJoin, reconcileStanding } from './accountability/standing';
import type { EventDataInput } from '../../shared/events/schemas';
import { appendEvent } from './events';
import { getCreator } from './influencers';
import { getSettings } from './settings';
import { returnedRow } from '../db/returned';
import type { Visibility } from '../../shared/archive';
import type { FieldIssue } from '../../shared/result';
import { problem } from '../../shared/i18n/problems';

export function createCollaboration(ctx: Ctx, input: z.output<typeof CollaborationCreateInput>): Collaboration {
  assertMayJoin(ctx, inSight(getCreator(ctx, input.creatorId), ['creatorId']));
  const campaign = input.campaignId === null ? null : inSight(getCampaign(ctx, input.campaignId), ['campaignId']);
  const now = nowIso(ctx);
  return ctx.db.transaction((tx) => {
    const row = returnedRow(
      tx
        .insert(collaborations)
        .values({
          ...input,
          currency: input.currency ?? campaign?.currency ?? getSettings(ctx).currency,
          product: input.product ?? campaign?.product ?? '',
          stageSince: now,
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .all(),
    );
    appendEvent(ctx, tx, {
      type: 'collaboration.created',
      collaborationId: row.id,
      creatorId: row.creatorId,
      data: { stage: input.stage, feeMinor: row.feeMinor, currency: row.currency, campaignId: row.campaignId },
      at: now,
    });
    // A publish-by date agreed without a contract is a deadline from the start.
    syncMilestones(ctx, tx, row.id);
    return toCollaboration(row);
  });
}

export function updateCollaboration(ctx: Ctx, input: z.output<typeof CollaborationUpdateInput>): Collaboration {
  const { id, ...given } = input;
  const fields = given.targets === undefined ? given : { ...given, targets: ownTargets(given.targets) };
  const current = expectOnBoard(getCollaborationRow(ctx.db, id));
  if (fields.startDate !== undefined || fields.publishBy !== undefined) {
    const issue = publishByIssue(fields.startDate !== undefined ? fields.startDate : current.startDate, fields.publishBy !== undefined ? fields.publishBy : current.publishBy);
    if (issue) throw badField(['publishBy'], issue);
  }
  if (fields.creatorId !== undefined && fields.creatorId !== current.creatorId) {
    assertMayJoin(ctx, inSight(getCreator(ctx, fields.creatorId), ['creatorId']));
  }
  if (fields.campaignId !== undefined && fields.campaignId !== null && fields.campaignId !== current.campaignId) {
    inSight(getCampaign(ctx, fields.campaignId), ['campaignId']);
  }

  const changes: EventDataInput<'collaboration.updated'>['changes'] = {};
  const was: Record<string, unknown> = current;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    const from = onRecord(was[key]);
    const to = onRecord(value);
    if (from !== to) changes[key] = { from, to };
  }
  if (Object.keys(changes).length === 0) return current;
  refuseDealEdits(ctx.db, id, changes);

  return ctx.db.transaction((tx) => {
    const row = returnedRow(
      tx
        .update(collaborations)
        .set({ ...fields, updatedAt: nowIso(ctx) })
        .where(eq(collaborations.id, id))
        .returning()
        .all(),
    );
    appendEvent(ctx, tx, { type: 'collaboration.updated', collaborationId: id, creatorId: row.creatorId, data: { changes } });
    syncMilestones(ctx, tx, id);
    return toCollaboration(row);
  });
}

export function moveCollaboration(ctx: Ctx, input: z.output<typeof MoveInput>): Collaboration {
  return ctx.db.transaction((tx) => moveWithin(ctx, tx, input));
}

/**
 * A move inside a transaction of the caller's. `on` is the day it happened when that was not today
 * (a parcel delivered yesterday): the signing or receipt date it fills in is that day.
 */
export function moveWithin(ctx: Ctx, tx: Tx, input: z.output<typeof MoveInput>, on?: string): Collaboration {
  const current = expectOnBoard(getCollaborationRow(tx, input.id));
  if (input.from !== undefined && input.from !== current.stage) {
    throw new AppError(
      'CONFLICT',
      problem('service.staleStage', { now: current.stage, was: input.from }),
    );
  }
  if (input.to === current.stage) return current;
  const now = nowIso(ctx);
  const anchors = anchorsReachedBy(input.to, current, on ?? dateInZone(now, getSettings(ctx, tx).timeZone));
  const row = returnedRow(
    tx
      .update(collaborations)
      .set({ stage: input.to, stageSince: now, updatedAt: now, ...anchors })
      .where(eq(collaborations.id, input.id))
      .returning()
      .all(),
  );
  appendEvent(ctx, tx, {
    type: 'collaboration.moved',
    collaborationId: row.id,
    creatorId: row.creatorId,
    data: { from: current.stage, to: input.to, ...anchors, ...(input.note ? { note: input.note } : {}) },
    at: now,
  });
  if (input.to === 'published') {
    // Dragging the card to Published is the creator delivering the post: the lateness clock stops.
    const open = tx
      .select()
      .from(milestones)
      .where(and(eq(milestones.collaborationId, row.id), eq(milestones.kind, 'publish'), isNull(milestones.deliveredAt)))
      .all();
    for (const m of open) markDelivered(ctx, tx, m, now);
  }
  syncMilestones(ctx, tx, row.id);
  // Publishing or ending a collaboration can complete what an inactive creator owed.
  reconcileStanding(ctx, tx, row.creatorId, 'progress');
  return toCollaboration(row);
}

/** Targets set by hand with nothing in them are no targets of its own: the campaign's share applies. */
const ownTargets = (targets: CollaborationTargets | null): CollaborationTargets | null => (targets === null || Object.keys(targets).length === 0 ? null : targets);

/** A field's value as the history keeps it: targets as their JSON, so an unchanged set is no change. */
const onRecord = (value: unknown): string | number | boolean | null =>
  value !== null && typeof value === 'object' ? JSON.stringify(value) : ((value ?? null) as string | number | boolean | null);

/** While a contract is in force, its terms are the deal: the card's own fee and currency wait for a new version. */
function refuseDealEdits(db: Ctx['db'], id: number, changes: Record<string, unknown>): void {
  const version = inForceVersion(db, id);
  if (version === null) return;
  const locked = DEAL_FIELDS.filter((field) => field in changes);
  if (locked.length === 0) return;
  const issues = locked.map((field) => ({ path: [field], message: dealLocked(field, version) }));
  throw new AppError('CONFLICT', issues[0]!.message, issues);
}

/** Moving into "Signed" or "Product received" dates that event, unless a date was entered already. */
function anchorsReachedBy(stage: Stage, current: Collaboration, today: string) {
  if (stage === 'signed' && current.signedOn === null) return { signedOn: today };
  if (stage === 'product_received' && current.productReceivedOn === null) return { productReceivedOn: today };
  return {};
}

/** A creator or campaign a collaboration is to join must be in sight, not archived or in the trash. */
function inSight<T extends { name: string; visibility: Visibility }>(row: T, path: FieldIssue['path']): T {
  if (row.visibility === 'shown') return row;
  const state = row.visibility === 'archived' ? 'archived' : 'trashed';
  throw new AppError('CONFLICT', problem('service.hiddenRestore', { name: row.name, state }), [{ path, message: problem('service.hiddenIs', { name: row.name, state }) }]);
}

/** Archived, trashed or deleted collaborations keep their stage and terms until restored. */
function expectOnBoard(row: Collaboration): Collaboration {
  if (row.visibility === 'shown') return row;
  if (row.visibility === 'deleted') throw notFound('Collaboration', row.id);
  throw new AppError('CONFLICT', problem('service.collabHidden', { state: row.visibility === 'archived' ? 'archived' : 'trashed' }));
}

export function getCollaboration(ctx: Ctx, id: number): CollaborationDetail {
  const row = getCollaborationRow(ctx.db, id);
  if (row.visibility === 'deleted') throw notFound('Collaboration', id);
  return {
    ...row,
    creator: getCreator(ctx, row.creatorId),
    campaign: row.campaignId === null ? null : getCampaign(ctx, row.campaignId),
  };
}

function getCollaborationRow(db: Ctx['db'] | Tx, id: number): Collaboration {
  const row = db.select().from(collaborations).where(eq(collaborations.id, id)).get();
  if (!row) throw notFound('Collaboration', id);
  return toCollaboration(row);
}

// The stage column only ever receives validated stages.
function toCollaboration(row: typeof collaborations.$inferSelect): Collaboration {
  return { ...row, stage: row.stage as Stage };
}
