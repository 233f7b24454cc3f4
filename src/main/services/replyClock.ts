import { and, asc, eq } from 'drizzle-orm';
import { collaborations, events } from '../db/schema';
import type { Ctx, Tx } from './context';

/**
 * The reply-SLA clock runs from the first brand message after the creator's latest reply.
 * Recounted from the logged messages rather than toggled, so a message logged late (a phone call
 * written down the next day) lands in its place.
 */
export function restartReplyClock(tx: Tx | Ctx['db'], collaborationId: number): void {
  const messages = tx
    .select({ at: events.at, data: events.data })
    .from(events)
    .where(and(eq(events.collaborationId, collaborationId), eq(events.type, 'message')))
    .orderBy(asc(events.at), asc(events.id))
    .all();
  let since: string | null = null;
  for (const m of messages) {
    if (m.data.direction === 'creator_to_brand') since = null;
    else if (since === null) since = m.at;
  }
  tx.update(collaborations).set({ awaitingReplySince: since }).where(eq(collaborations.id, collaborationId)).run();
}
