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
  // Only what the count needs, read the way migration 0009 counted the messages logged before it:
  // a reply is what says so, and a stuck flag or a rung counts only as the app writes them.
  const messages = tx
    .select({
      at: events.at,
      reply: sql<number>`json_extract(${events.data}, '$.direction') IS 'creator_to_brand'`,
      stuck: sql<number>`json_type(${events.data}, '$.stuck') IS 'true'`,
      kind: sql<string | null>`CASE WHEN json_type(${events.data}, '$.kind') = 'text' THEN json_extract(${events.data}, '$.kind') END`,
    })
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
    if (m.reply === 1) {
      awaitingReplySince = null;
      lastReplyAt = m.at;
      creatorStuck = m.stuck === 1;
      remindersSinceReply = 0;
      rungs = [];
    } else {
      awaitingReplySince ??= m.at;
      remindersSinceReply += 1;
      if (m.kind !== null) rungs.push(m.kind);
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
