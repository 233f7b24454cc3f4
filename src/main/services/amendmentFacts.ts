import { and, asc, eq } from 'drizzle-orm';
import type { AmendmentFacts } from '../../shared/amendments/schemas';
import type { EventRecordOf } from '../../shared/events/schemas';
import { events } from '../db/schema';
import type { Ctx, Tx } from './context';
import { recordOf } from './eventRecord';

type Db = Ctx['db'] | Tx;

/** Every amendment recorded for a collaboration, oldest first, as its history holds it. */
export function amendmentEvents(db: Db, collaborationId: number): EventRecordOf<'amendment.recorded'>[] {
  return db
    .select()
    .from(events)
    .where(and(eq(events.collaborationId, collaborationId), eq(events.type, 'amendment.recorded')))
    .orderBy(asc(events.id))
    .all()
    .map((row) => recordOf(row, 'amendment.recorded'));
}

/** The amendments to one version of the contract, oldest first: what the deadlines and the deduction follow. */
export function amendmentsTo(db: Db, collaborationId: number, version: number): AmendmentFacts[] {
  return amendmentEvents(db, collaborationId)
    .map((e) => e.data)
    .filter((a) => a.contractVersion === version);
}
