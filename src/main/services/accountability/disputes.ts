import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Dispute, DisputeListInput, DisputeOpenInput, DisputeUpdateInput } from '../../../shared/accountability/schemas';
import { collaborations, disputes } from '../../db/schema';
import { type Ctx, nowIso } from '../context';
import { notFound } from '../errors';
import type { EventDataInput } from '../../../shared/events/schemas';
import { appendEvent } from '../events';
import { assertEventsOf } from './strikes';
import { returnedRow } from '../../db/returned';

/** A dispute record on a collaboration; every change is an event, mediation steps only ever grow. */
export function openDispute(ctx: Ctx, input: z.output<typeof DisputeOpenInput>): Dispute {
  const collab = ctx.db.select({ id: collaborations.id, creatorId: collaborations.creatorId }).from(collaborations).where(eq(collaborations.id, input.collaborationId)).get();
  if (!collab) throw notFound('Collaboration', input.collaborationId);
  const eventIds = [...new Set(input.eventIds)];
  assertEventsOf(ctx, collab.id, eventIds, ['eventIds']);
  return ctx.db.transaction((tx) => {
    const now = nowIso(ctx);
    const row = returnedRow(
      tx
        .insert(disputes)
        .values({ collaborationId: collab.id, issue: input.issue, ourPosition: input.ourPosition, creatorPosition: input.creatorPosition, eventIds, openedAt: now, updatedAt: now })
        .returning()
        .all(),
    );
    appendEvent(ctx, tx, {
      type: 'dispute.opened',
      collaborationId: collab.id,
      creatorId: collab.creatorId,
      at: now,
      data: { disputeId: row.id, issue: row.issue, ourPosition: row.ourPosition, creatorPosition: row.creatorPosition, eventIds },
    });
    return row;
  });
}

export function updateDispute(ctx: Ctx, input: z.output<typeof DisputeUpdateInput>): Dispute {
  const current = ctx.db.select().from(disputes).where(eq(disputes.id, input.id)).get();
  if (!current) throw notFound('Dispute', input.id);
  const eventIds = input.eventIds === undefined ? undefined : [...new Set(input.eventIds)];
  if (eventIds) assertEventsOf(ctx, current.collaborationId, eventIds, ['eventIds']);
  const now = nowIso(ctx);
  const { issue, ourPosition, creatorPosition, outcome, resolvedOn } = input;
  // Only what changed goes into the event.
  const changes: Omit<EventDataInput<'dispute.updated'>, 'disputeId'> = {
    ...(issue !== undefined && issue !== current.issue ? { issue } : {}),
    ...(ourPosition !== undefined && ourPosition !== current.ourPosition ? { ourPosition } : {}),
    ...(creatorPosition !== undefined && creatorPosition !== current.creatorPosition ? { creatorPosition } : {}),
    ...(outcome !== undefined && outcome !== current.outcome ? { outcome } : {}),
    ...(resolvedOn !== undefined && resolvedOn !== current.resolvedOn ? { resolvedOn } : {}),
    ...(eventIds && JSON.stringify(eventIds) !== JSON.stringify(current.eventIds) ? { eventIds } : {}),
  };
  const fields: Partial<typeof disputes.$inferInsert> = { ...changes };
  if (input.addStep) {
    fields.steps = [...current.steps, { at: now, text: input.addStep }];
    changes.addStep = input.addStep;
  }
  if (Object.keys(changes).length === 0) return current;
  return ctx.db.transaction((tx) => {
    const row = returnedRow(
      tx
        .update(disputes)
        .set({ ...fields, updatedAt: now })
        .where(eq(disputes.id, current.id))
        .returning()
        .all(),
    );
    const creatorId = tx.select({ id: collaborations.creatorId }).from(collaborations).where(eq(collaborations.id, current.collaborationId)).get()?.id ?? null;
    appendEvent(ctx, tx, { type: 'dispute.updated', collaborationId: current.collaborationId, creatorId, at: now, data: { disputeId: current.id, ...changes } });
    return row;
  });
}

export function listDisputes(ctx: Ctx, input: z.output<typeof DisputeListInput>): Dispute[] {
  const query = ctx.db.select().from(disputes);
  return (input.collaborationId === undefined ? query : query.where(eq(disputes.collaborationId, input.collaborationId))).orderBy(desc(disputes.id)).all();
}
