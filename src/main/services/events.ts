import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { LogSentInput } from '../../shared/outreach/schemas';
import type { EventListInput, EventLogInput, EventRecord, EventType } from '../../shared/schemas';
import { chainHead, eventHash, moveHead, nextEventId, type SealedContent } from '../db/eventChain';
import { collaborations, events } from '../db/schema';
import { type Ctx, nowIso, type Tx } from './context';
import { badField, notFound } from './errors';
import { restartReplyClock } from './replyClock';
import { returnedRow } from '../db/returned';

export interface NewEvent {
  type: EventType;
  collaborationId?: number | null;
  creatorId?: number | null;
  data?: Record<string, unknown>;
  /** When it happened; defaults to now. */
  at?: string;
}

/**
 * Appends one event, sealed into the hash chain; call inside the transaction that makes the change
 * it records (one is opened here otherwise, so the event and the chain's head move together).
 */
export function appendEvent(ctx: Ctx, tx: Tx | Ctx['db'], event: NewEvent): EventRecord {
  const sqlite = ctx.db.$client;
  const append = () => {
    const recordedAt = nowIso(ctx);
    const content: SealedContent = {
      id: nextEventId(sqlite),
      at: event.at ?? recordedAt,
      recordedAt,
      type: event.type,
      collaborationId: event.collaborationId ?? null,
      creatorId: event.creatorId ?? null,
      // The hash covers the JSON text exactly as drizzle stores it.
      data: JSON.stringify(event.data ?? {}),
    };
    const prevHash = chainHead(sqlite)?.lastHash ?? '';
    const hash = eventHash(prevHash, content);
    const row = returnedRow(
      tx
        .insert(events)
        .values({ ...content, data: event.data ?? {}, hash, prevHash })
        .returning()
        .all(),
    );
    moveHead(sqlite, { lastId: row.id, lastHash: hash });
    return toEventRecord(row);
  };
  return sqlite.inTransaction ? append() : sqlite.transaction(append)();
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
    if (input.type === 'message') restartReplyClock(ctx, tx, collab.id);
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
  const { hash: _h, prevHash: _p, ...record } = row;
  return { ...record, type: record.type as EventType };
}
