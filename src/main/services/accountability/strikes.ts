import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Strike, StrikeAddInput, StrikeListInput, StrikeResult, StrikeWithdrawInput } from '../../../shared/accountability/schemas';
import { collaborations, creators, events, strikes } from '../../db/schema';
import { type Ctx, nowIso, type Tx } from '../context';
import { AppError, badField, notFound } from '../errors';
import { appendEvent } from '../events';
import { activeStrikes, reconcileStanding } from './standing';
import { returnedRow } from '../../db/returned';
import { problem } from '../../../shared/i18n/problems';

/** A strike for the creator of a collaboration, with the events that show why. */
export function addStrike(ctx: Ctx, input: z.output<typeof StrikeAddInput>): StrikeResult {
  const collab = ctx.db.select({ id: collaborations.id, creatorId: collaborations.creatorId }).from(collaborations).where(eq(collaborations.id, input.collaborationId)).get();
  if (!collab) throw notFound('Collaboration', input.collaborationId);
  const eventIds = [...new Set(input.eventIds)];
  assertEventsOf(ctx, collab.id, eventIds, ['eventIds']);
  return ctx.db.transaction((tx) => {
    const at = nowIso(ctx);
    const row = returnedRow(
      tx
        .insert(strikes)
        .values({ creatorId: collab.creatorId, collaborationId: collab.id, reason: input.reason, note: input.note, eventIds, at })
        .returning()
        .all(),
    );
    appendEvent(ctx, tx, {
      type: 'strike.added',
      collaborationId: collab.id,
      creatorId: collab.creatorId,
      at,
      data: { strikeId: row.id, reason: input.reason, note: input.note, eventIds },
    });
    reconcileStanding(ctx, tx, collab.creatorId, 'strike');
    return result(tx, row.id);
  });
}

/** Withdrawing keeps the strike (and its event) and records why it no longer counts. */
export function withdrawStrike(ctx: Ctx, input: z.output<typeof StrikeWithdrawInput>): StrikeResult {
  return ctx.db.transaction((tx) => {
    const row = tx.select().from(strikes).where(eq(strikes.id, input.id)).get();
    if (!row) throw notFound('Strike', input.id);
    if (row.status === 'withdrawn') throw new AppError('CONFLICT', problem('service.strikeWithdrawn', { id: row.id, date: row.withdrawnAt!.slice(0, 10) }));
    const at = nowIso(ctx);
    tx.update(strikes).set({ status: 'withdrawn', withdrawnAt: at, withdrawnReason: input.reason }).where(eq(strikes.id, row.id)).run();
    appendEvent(ctx, tx, {
      type: 'strike.withdrawn',
      collaborationId: row.collaborationId,
      creatorId: row.creatorId,
      at,
      data: { strikeId: row.id, reason: input.reason, wasStatus: row.status },
    });
    reconcileStanding(ctx, tx, row.creatorId, 'withdrawal');
    return result(tx, row.id);
  });
}

export function listStrikes(ctx: Ctx, input: z.output<typeof StrikeListInput>): Strike[] {
  const where: SQL[] = [];
  if (input.creatorId !== undefined) where.push(eq(strikes.creatorId, input.creatorId));
  if (input.collaborationId !== undefined) where.push(eq(strikes.collaborationId, input.collaborationId));
  return ctx.db.select().from(strikes).where(and(...where)).orderBy(desc(strikes.id)).all().map(toStrike);
}

/** Linked events must be part of the collaboration's own record. */
export function assertEventsOf(ctx: Ctx, collaborationId: number, eventIds: number[], path: string[]): void {
  if (eventIds.length === 0) return;
  const found = new Set(
    ctx.db.select({ id: events.id }).from(events).where(and(inArray(events.id, eventIds), eq(events.collaborationId, collaborationId))).all().map((e) => e.id),
  );
  const stranger = eventIds.find((id) => !found.has(id));
  if (stranger !== undefined) throw badField(path, problem('service.strangerEvent', { event: stranger, collaboration: collaborationId }));
}

function result(tx: Tx, strikeId: number): StrikeResult {
  const strike = toStrike(tx.select().from(strikes).where(eq(strikes.id, strikeId)).get()!);
  const creator = tx.select({ active: creators.active }).from(creators).where(eq(creators.id, strike.creatorId)).get()!;
  return { strike, activeStrikes: activeStrikes(tx, strike.creatorId), creatorActive: creator.active };
}

// Rows only ever come from validated input, so the enum columns hold valid values.
function toStrike(row: typeof strikes.$inferSelect): Strike {
  return row as Strike;
}
