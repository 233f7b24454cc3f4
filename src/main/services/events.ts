import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { EventBody, type EventDataInput, type EventRecordOf, type EventType, type ExternalId, isEventOf } from '../../shared/events/schemas';
import type { LogSentInput } from '../../shared/outreach/schemas';
import type { EventListInput, EventLogInput, EventRecord } from '../../shared/schemas';
import { chainHead, eventHash, moveHead, nextEventId, type SealedContent } from '../db/eventChain';
import { collaborations, events } from '../db/schema';
import { type Ctx, nowIso, type Tx } from './context';
import { AppError, badField, notFound } from './errors';
import { eventWithExternalId, recordOf, toEventRecord } from './eventRecord';
import { restartReplyClock } from './replyClock';
import { getSettings } from './settings';
import { dateInZone } from '../../shared/dates';
import { returnedRow } from '../db/returned';
import { problem } from '../../shared/i18n/problems';

interface Appendable<T extends EventType> {
  type: T;
  data: EventDataInput<T>;
  collaborationId?: number | null;
  creatorId?: number | null;
  /** When it happened; defaults to now. */
  at?: string;
  /** Where it came from outside the app: appending the same one again gives back the first. */
  external?: ExternalId;
}
/** One event to record: its data must be what its type holds. */
export type NewEvent<T extends EventType = EventType> = { [K in T]: Appendable<K> }[T];

export interface Appended<T extends EventType> {
  event: EventRecordOf<T>;
  /** False when the external id was recorded before: `event` is that first one, and nothing changed. */
  created: boolean;
}

/**
 * Appends one event, sealed into the hash chain; call inside the transaction that makes the change
 * it records (one is opened here otherwise, so the event and the chain's head move together).
 */
export function appendEvent<T extends EventType>(ctx: Ctx, tx: Tx | Ctx['db'], event: NewEvent<T>): Appended<T> {
  assertHolds(event);
  const sqlite = ctx.db.$client;
  const append = (): Appended<T> => {
    const earlier = event.external && eventWithExternalId(tx, event.external);
    if (earlier) return { event: sameEvent(toEventRecord(earlier), event), created: false };
    const recordedAt = nowIso(ctx);
    const content: SealedContent = {
      id: nextEventId(sqlite),
      at: event.at ?? recordedAt,
      recordedAt,
      type: event.type,
      collaborationId: event.collaborationId ?? null,
      creatorId: event.creatorId ?? null,
      // The hash covers the JSON text exactly as drizzle stores it. The external id stays out of
      // it: it is how the app finds the event again, not part of what happened.
      data: JSON.stringify(event.data),
    };
    const prevHash = chainHead(sqlite)?.lastHash ?? '';
    const hash = eventHash(prevHash, content);
    const row = returnedRow(
      tx
        .insert(events)
        .values({ ...content, data: event.data, hash, prevHash, externalSource: event.external?.source ?? null, externalId: event.external?.id ?? null })
        .returning()
        .all(),
    );
    moveHead(sqlite, { lastId: row.id, lastHash: hash });
    return { event: recordOf(row, event.type), created: true };
  };
  return sqlite.inTransaction ? append() : sqlite.transaction(append)();
}

/** Data its type does not hold is a mistake in the code that wrote it: it never reaches the history. */
function assertHolds<T extends EventType>(event: NewEvent<T>): void {
  const parsed = EventBody.safeParse({ type: event.type, data: event.data });
  if (!parsed.success) throw new Error(`A ${event.type} event cannot hold this data: ${z.prettifyError(parsed.error)}`);
  const kept = new Set(Object.keys(parsed.data.data));
  const unknown = Object.entries(event.data).filter(([key, value]) => value !== undefined && !kept.has(key));
  if (unknown.length > 0) throw new Error(`A ${event.type} event has no field ${unknown.map(([key]) => key).join(', ')}.`);
}

/** An external id names one event: the same type on the same collaboration, or it is not the same one. */
function sameEvent<T extends EventType>(earlier: EventRecord, event: NewEvent<T>): EventRecordOf<T> {
  if (isEventOf(earlier, event.type) && earlier.collaborationId === (event.collaborationId ?? null)) return earlier;
  throw new AppError(
    'CONFLICT',
    problem('service.externalIdTaken', {
      source: event.external?.source ?? '',
      id: event.external?.id ?? '',
      event: earlier.id,
      type: earlier.type,
      scope: earlier.collaborationId === null ? 'none' : 'collaboration',
      collaboration: earlier.collaborationId ?? '',
    }),
  );
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

interface Logged {
  collaborationId: number;
  creatorId: number;
  at: string | undefined;
}

/** The collaboration a hand-logged event belongs to, and when it happened (never in the future). */
function logged(ctx: Ctx, input: { collaborationId: number; type: EventType; at?: string | undefined }): Logged {
  const collab = ctx.db
    .select({ id: collaborations.id, creatorId: collaborations.creatorId })
    .from(collaborations)
    .where(eq(collaborations.id, input.collaborationId))
    .get();
  if (!collab) throw notFound('Collaboration', input.collaborationId);
  const at = input.at ? new Date(input.at).toISOString() : undefined;
  if (at && at > nowIso(ctx)) throw badField(['at'], problem('service.logFuture', { type: input.type }));
  return { collaborationId: collab.id, creatorId: collab.creatorId, at };
}

/** A note or a message logged by hand; messages move the reply-SLA clock. */
export function logEvent(ctx: Ctx, input: z.output<typeof EventLogInput>): EventRecord {
  const where = logged(ctx, input);
  if (input.type === 'message') {
    const { collaborationId: _c, type: _t, at: _a, externalId, ...data } = input;
    return logMessage(ctx, where, data, externalId);
  }
  if (input.happenedOn !== undefined) assertHappenedOn(ctx, input.collaborationId, input.happenedOn);
  const data = input.happenedOn === undefined ? { text: input.text } : { text: input.text, happenedOn: input.happenedOn };
  return ctx.db.transaction((tx) => appendEvent(ctx, tx, { type: 'note', ...where, data, external: input.externalId }).event);
}

/** A back-dated note: after the collaboration began in the app, and not after today (brand's zone). */
function assertHappenedOn(ctx: Ctx, collaborationId: number, day: string): void {
  const zone = getSettings(ctx).timeZone;
  const today = dateInZone(nowIso(ctx), zone);
  if (day > today) throw badField(['happenedOn'], problem('service.noteFuture', { day }));
  const created = ctx.db.select({ at: collaborations.createdAt }).from(collaborations).where(eq(collaborations.id, collaborationId)).get();
  const first = created ? dateInZone(created.at, zone) : day;
  if (day < first) throw badField(['happenedOn'], problem('service.noteBeforeAdded', { day, first }));
}

/** A message the brand sent from the composer: recorded with its rung, and the reply clock starts. */
export function logSent(ctx: Ctx, input: z.output<typeof LogSentInput>): EventRecord {
  const { channel, subject, body, kind, templateId } = input;
  return logMessage(ctx, logged(ctx, { ...input, type: 'message' }), {
    direction: 'brand_to_creator',
    channel,
    text: body,
    ...(subject ? { subject } : {}),
    ...(kind ? { kind } : {}),
    ...(templateId ? { templateId } : {}),
  });
}

function logMessage(ctx: Ctx, where: Logged, data: EventDataInput<'message'>, external?: ExternalId): EventRecord {
  return ctx.db.transaction((tx) => {
    const { event, created } = appendEvent(ctx, tx, { type: 'message', ...where, data, external });
    // The same message imported again changes nothing, the conversation included.
    if (created) restartReplyClock(ctx, tx, where.collaborationId);
    return event;
  });
}
