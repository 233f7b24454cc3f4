import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { LogSentInput } from '../../shared/outreach/schemas';
import type { EventListInput, EventLogInput, EventRecord, EventType } from '../../shared/schemas';
import { collaborations, events } from '../db/schema';
import { type Ctx, nowIso, type Tx } from './context';
import { badField, notFound } from './errors';
import { restartReplyClock } from './replyClock';

export interface NewEvent {
  type: EventType;
  collaborationId?: number | null;
  creatorId?: number | null;
  data?: Record<string, unknown>;
  /** When it happened; defaults to now. */
  at?: string;
}

/** Appends one event; call inside the transaction that makes the change it records. */
export function appendEvent(ctx: Ctx, tx: Tx | Ctx['db'], event: NewEvent): EventRecord {
  const recordedAt = nowIso(ctx);
  const row = tx
    .insert(events)
    .values({
      at: event.at ?? recordedAt,
      recordedAt,
      type: event.type,
      collaborationId: event.collaborationId ?? null,
      creatorId: event.creatorId ?? null,
      data: event.data ?? {},
    })
    .returning()
    .get();
  return toEventRecord(row);
}

export function listEvents(ctx: Ctx, input: z.output<typeof EventListInput>): EventRecord[] {
  const where: SQL[] = [];
  if (input.collaborationId !== undefined) where.push(eq(events.collaborationId, input.collaborationId));
  if (input.creatorId !== undefined) where.push(eq(events.creatorId, input.creatorId));
  if (input.beforeId !== undefined) where.push(lt(events.id, input.beforeId));
  return ctx.db
    .select()
    .from(events)
    .where(and(...where))
    .orderBy(desc(events.id))
    .limit(input.limit)
    .all()
    .map(toEventRecord);
}

/** A note or a message logged by hand; messages move the reply-SLA clock. */
export function logEvent(ctx: Ctx, input: z.output<typeof EventLogInput>): EventRecord {
  const collab = ctx.db
    .select({ id: collaborations.id, creatorId: collaborations.creatorId })
    .from(collaborations)
    .where(eq(collaborations.id, input.collaborationId))
    .get();
  if (!collab) throw notFound('Collaboration', input.collaborationId);
  const at = input.at ? new Date(input.at).toISOString() : undefined;
  if (at && at > nowIso(ctx)) throw badField(['at'], `A ${input.type} cannot be dated in the future.`);
  const { collaborationId: _c, type: _t, at: _a, ...data } = input;
  return ctx.db.transaction((tx) => {
    const event = appendEvent(ctx, tx, { type: input.type, collaborationId: collab.id, creatorId: collab.creatorId, data, at });
    if (input.type === 'message') restartReplyClock(tx, collab.id);
    return event;
  });
}

/** A message the brand sent from the composer: recorded with its rung, and the reply clock starts. */
export function logSent(ctx: Ctx, input: z.output<typeof LogSentInput>): EventRecord {
  const { collaborationId, channel, subject, body, kind, templateId, at } = input;
  return logEvent(ctx, {
    collaborationId,
    type: 'message',
    direction: 'brand_to_creator',
    channel,
    text: body,
    at,
    ...(subject ? { subject } : {}),
    ...(kind ? { kind } : {}),
    ...(templateId ? { templateId } : {}),
  } as z.output<typeof EventLogInput>);
}

function toEventRecord(row: typeof events.$inferSelect): EventRecord {
  return { ...row, type: row.type as EventType };
}
