import { and, asc, eq, sql } from 'drizzle-orm';
import { refreshMedianReply } from '../db/creatorReplies';
import { collaborations, events } from '../db/schema';
import type { Ctx, Tx } from './context';

/**
 * Where the conversation of a collaboration stands, recounted from its logged messages rather than
 * toggled, so a message logged late (a phone call written down the next day) lands in its place.
 * The reply-SLA clock runs from the first brand message after the creator's latest reply.
 */
export function restartReplyClock(ctx: Ctx, tx: Tx | Ctx['db'], collaborationId: number): void {
  // Only what the count needs, read as migration 0009 counted the messages logged before it: a
  // reply is what says so, a stuck flag or a rung counts only as the app writes them (true, text).
  const messages = tx
    .select({ at: events.at, fields: sql<string>`json_extract(${events.data}, '$.direction', '$.stuck', '$.kind')` })
    .from(events)
    .where(and(eq(events.collaborationId, collaborationId), eq(events.type, 'message')))
    .orderBy(asc(events.at), asc(events.id))
    .all();
  let awaitingReplySince: string | null = null;
  let lastReplyAt: string | null = null;
  let creatorStuck = false;
  let remindersSinceReply = 0;
  let rungs: string[] = [];
  for (const m of messages) {
    const [direction, stuck, kind]: unknown[] = JSON.parse(m.fields);
    if (direction === 'creator_to_brand') {
      awaitingReplySince = null;
      lastReplyAt = m.at;
      creatorStuck = stuck === true;
      remindersSinceReply = 0;
      rungs = [];
    } else {
      awaitingReplySince ??= m.at;
      remindersSinceReply += 1;
      if (typeof kind === 'string') rungs.push(kind);
    }
  }
  tx.update(collaborations)
    .set({
      awaitingReplySince,
      lastContactAt: messages.at(-1)?.at ?? null,
      lastReplyAt,
      creatorStuck,
      remindersSinceReply,
      rungsSinceReply: rungs.join(','),
    })
    .where(eq(collaborations.id, collaborationId))
    .run();
  const creator = tx.select({ id: collaborations.creatorId }).from(collaborations).where(eq(collaborations.id, collaborationId)).get();
  // The creator's median reply time, for the reliability score (same connection, same transaction).
  if (creator) refreshMedianReply(ctx.db.$client, creator.id);
}
