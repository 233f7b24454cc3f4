import { and, asc, eq, sql } from 'drizzle-orm';
import { conversationOf } from '../../shared/rules/replyState';
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
  const { awaitingReplySince, lastReply, sinceReply, last } = conversationOf(
    messages.map((m) => {
      const [direction, stuck, kind]: unknown[] = JSON.parse(m.fields);
      return { at: m.at, direction: direction === 'creator_to_brand' ? ('creator_to_brand' as const) : ('brand_to_creator' as const), stuck, kind };
    }),
  );
  tx.update(collaborations)
    .set({
      awaitingReplySince,
      lastContactAt: last?.at ?? null,
      lastReplyAt: lastReply?.at ?? null,
      creatorStuck: lastReply?.stuck === true,
      remindersSinceReply: sinceReply.length,
      rungsSinceReply: sinceReply.flatMap((m) => (typeof m.kind === 'string' ? [m.kind] : [])).join(','),
    })
    .where(eq(collaborations.id, collaborationId))
    .run();
  const creator = tx.select({ id: collaborations.creatorId }).from(collaborations).where(eq(collaborations.id, collaborationId)).get();
  // The creator's median reply time, for the reliability score (same connection, same transaction).
  if (creator) refreshMedianReply(ctx.db.$client, creator.id);
}
