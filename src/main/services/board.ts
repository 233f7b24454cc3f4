import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Board, BoardCard, BoardInput } from '../../shared/schemas';
import type { Ctx } from './context';
import { creatorMatches } from './like';

/**
 * The board read is the hottest query in the app (10,000 cards), so it is one SQL statement
 * returning exactly the card fields, with the creator's main platform taken from the first handle.
 */
export function readBoard(ctx: Ctx, input: z.output<typeof BoardInput>): Board {
  const cards = ctx.db.all<BoardCard>(sql`
    SELECT c.id, c.stage, c.stage_since AS stageSince, c.fee_minor AS feeMinor, c.currency,
           c.product, c.publish_by AS publishBy, c.creator_id AS creatorId, cr.name AS creatorName,
           json_extract(cr.handles, '$[0].platform') AS creatorPlatform,
           json_extract(cr.handles, '$[0].handle') AS creatorHandle,
           c.campaign_id AS campaignId, ca.name AS campaignName
    FROM collaborations c
    JOIN creators cr ON cr.id = c.creator_id
    LEFT JOIN campaigns ca ON ca.id = c.campaign_id
    WHERE (${input.campaignId ?? null} IS NULL OR c.campaign_id = ${input.campaignId ?? null})
      AND ${creatorMatches(sql`cr.name`, sql`cr.handles`, input.search)}
    ORDER BY c.stage_since DESC, c.id DESC`);
  return { cards };
}
