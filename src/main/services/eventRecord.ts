import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { EventBody, type EventRecord, type EventRecordOf, type EventType, type ExternalId, isEventOf } from '../../shared/events/schemas';
import { events } from '../db/schema';
import type { Ctx, Tx } from './context';

type EventRow = typeof events.$inferSelect;

/**
 * A stored event as the typed record the API answers with. The app only ever stores what the
 * schema of its type holds, so a row that does not is one changed behind the app's back: saying
 * so beats showing a record that is not what was recorded.
 */
export function toEventRecord(row: EventRow): EventRecord {
  const { id, at, recordedAt, collaborationId, creatorId, externalSource, externalId } = row;
  // The other columns are the table's own, checked by SQLite and by the import as they came in.
  const body = EventBody.safeParse({ type: row.type, data: row.data });
  if (!body.success) throw new Error(`Event #${id} (${row.type}) does not hold what a ${row.type} event holds: ${z.prettifyError(body.error)}`);
  const external = externalSource === null || externalId === null ? null : { source: externalSource, id: externalId };
  return { id, at, recordedAt, collaborationId, creatorId, externalId: external, ...body.data };
}

/** The record, known to be of `type` (it was just written as one). */
export function recordOf<T extends EventType>(row: EventRow, type: T): EventRecordOf<T> {
  const record = toEventRecord(row);
  if (!isEventOf(record, type)) throw new Error(`Event #${row.id} was written as ${type} but reads as ${record.type}.`);
  return record;
}

/** The event an external id already names, if any (through the unique index on the pair). */
export function eventWithExternalId(db: Tx | Ctx['db'], external: ExternalId): EventRow | undefined {
  return db
    .select()
    .from(events)
    .where(and(eq(events.externalSource, external.source), eq(events.externalId, external.id)))
    .get();
}
