import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type ReliabilityFacts, reliabilityOf } from '../../../shared/accountability/reliability';
import type { Reliability, ReliabilityInput, ReliabilityListInput } from '../../../shared/accountability/schemas';
import { REMINDER_ONLY_KINDS_SQL } from '../../db/sqlFragments';
import type { Ctx } from '../context';
import { notFound } from '../errors';

/**
 * The facts behind every creator's score in one statement, so the board and the creator picker can
 * show it for thousands of creators. A deliverable counts once delivered, or once late while open.
 */
export function reliabilityFacts(ctx: Ctx, asOf: Date, creatorId?: number): ReliabilityFacts[] {
  const now = asOf.toISOString();
  const only = creatorId === undefined ? sql`1` : sql`cr.id = ${creatorId}`;
  return ctx.db.all<ReliabilityFacts>(sql`
    WITH work AS (
      SELECT c.creator_id AS creatorId,
             SUM(m.delivered_at IS NOT NULL AND m.delivered_at <= m.due_at) AS onTime,
             SUM(m.delivered_at IS NOT NULL OR m.due_at < ${now}) AS deliverables
      FROM milestones m JOIN collaborations c ON c.id = m.collaboration_id
      WHERE m.party = 'creator' AND m.due_at IS NOT NULL AND m.kind NOT IN ${sql.raw(REMINDER_ONLY_KINDS_SQL)}
      GROUP BY c.creator_id
    ),
    counted AS (
      SELECT creator_id AS creatorId, COUNT(*) AS strikes FROM strikes WHERE status <> 'withdrawn' GROUP BY creator_id
    ),
    rated AS (
      SELECT creator_id AS creatorId, AVG((communication + timeliness + quality) / 3.0) AS averageRating, COUNT(*) AS ratings
      FROM ratings GROUP BY creator_id
    )
    SELECT cr.id AS creatorId, COALESCE(w.onTime, 0) AS onTime, COALESCE(w.deliverables, 0) AS deliverables,
           cr.median_reply_hours AS medianReplyHours, COALESCE(s.strikes, 0) AS strikes,
           r.averageRating, COALESCE(r.ratings, 0) AS ratings
    FROM creators cr
    LEFT JOIN work w ON w.creatorId = cr.id
    LEFT JOIN counted s ON s.creatorId = cr.id
    LEFT JOIN rated r ON r.creatorId = cr.id
    WHERE ${only}
    ORDER BY cr.id`);
}

export function getReliability(ctx: Ctx, input: z.output<typeof ReliabilityInput>): Reliability {
  const [facts] = reliabilityFacts(ctx, input.asOf ? new Date(input.asOf) : ctx.clock.now(), input.creatorId);
  if (!facts) throw notFound('Creator', input.creatorId);
  return reliabilityOf(facts);
}

export function listReliability(ctx: Ctx, input: z.output<typeof ReliabilityListInput>): Reliability[] {
  return reliabilityFacts(ctx, input.asOf ? new Date(input.asOf) : ctx.clock.now()).map(reliabilityOf);
}

/** Creator id → score, for lists that show it beside each creator. */
export function scoresByCreator(ctx: Ctx, asOf: Date): Map<number, number | null> {
  return new Map(reliabilityFacts(ctx, asOf).map((f) => [f.creatorId, reliabilityOf(f).score]));
}
