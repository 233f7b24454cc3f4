import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { daysLate, dateInZone } from '../../shared/dates';
import { DUE_SOON_MS } from '../../shared/rules/health';
import { isGhosted } from '../../shared/rules/gifting';
import { DEFAULT_REPLY_SLA_HOURS, replyHealth } from '../../shared/rules/replyState';
import type { Board, BoardCard, BoardInput, DeadlineHealth } from '../../shared/schemas';
import { ENDED_STAGES_SQL, REMINDER_ONLY_KINDS_SQL, REPLY_SLA_HOURS_SQL } from '../db/sqlFragments';
import { scoresByCreator } from './accountability/reliability';
import { underperformers } from './metrics/performance';
import type { Ctx } from './context';
import { creatorMatches } from './like';
import { getSettings } from './settings';

type BoardRow = Omit<BoardCard, 'expectsPost' | 'health' | 'deadlineHealth' | 'daysLate' | 'waitingOn' | 'waitingSince' | 'creatorActive' | 'creatorScore' | 'disputeOpen' | 'underperforming'> & {
  creatorActive: number;
  disputeOpen: number;
  expectsPost: number;
  awaitingReplySince: string | null;
  lastReplyAt: string | null;
  remindersSinceReply: number;
  replySlaHours: number | null;
  ended: number;
};

/** The board's SQL, shared with the benchmark so it compares like with like. */
export const boardQuery = (input: z.output<typeof BoardInput>) => sql`
    SELECT c.id, c.stage, c.stage_since AS stageSince, c.fee_minor AS feeMinor, c.currency,
           c.product, c.publish_by AS publishBy, c.product_received_on AS productReceivedOn, c.expects_post AS expectsPost, c.creator_id AS creatorId, cr.name AS creatorName,
           json_extract(cr.handles, '$[0].platform') AS creatorPlatform,
           json_extract(cr.handles, '$[0].handle') AS creatorHandle,
           c.campaign_id AS campaignId, ca.name AS campaignName,
           n.key AS nextKey, n.name AS nextDeadline, n.due_date AS nextDueDate, n.due_at AS nextDueAt, n.party AS nextParty,
           c.last_contact_at AS lastContactAt, c.awaiting_reply_since AS awaitingReplySince,
           c.last_reply_at AS lastReplyAt, c.reminders_since_reply AS remindersSinceReply,
           ${sql.raw(REPLY_SLA_HOURS_SQL)} AS replySlaHours, c.stage IN ${sql.raw(ENDED_STAGES_SQL)} AS ended,
           cr.active AS creatorActive,
           EXISTS (SELECT 1 FROM disputes d WHERE d.collaboration_id = c.id AND d.resolved_on IS NULL) AS disputeOpen
    FROM collaborations c
    JOIN creators cr ON cr.id = c.creator_id
    LEFT JOIN campaigns ca ON ca.id = c.campaign_id
    LEFT JOIN contracts k ON k.collaboration_id = c.id AND k.in_force_version IS NOT NULL
    LEFT JOIN (
      SELECT collaboration_id, key, name, due_date, due_at, party,
             ROW_NUMBER() OVER (PARTITION BY collaboration_id ORDER BY due_at, sort) AS rank
      FROM milestones
      WHERE delivered_at IS NULL AND due_at IS NOT NULL AND kind NOT IN ${sql.raw(REMINDER_ONLY_KINDS_SQL)}
    ) n ON n.collaboration_id = c.id AND n.rank = 1
    WHERE c.visibility = ${input.archived ? 'archived' : 'shown'}
      AND (${input.campaignId ?? null} IS NULL OR c.campaign_id = ${input.campaignId ?? null})
      AND (${input.creatorId ?? null} IS NULL OR c.creator_id = ${input.creatorId ?? null})
      AND ${creatorMatches(sql`cr.name`, sql`cr.handles`, input.search)}
    ORDER BY c.stage_since DESC, c.id DESC`;

/**
 * The board read is the hottest query in the app (10,000 cards), so it is one SQL statement
 * returning the card fields; what depends on "now" (deadline and reply health) is added here.
 */
export function readBoard(ctx: Ctx, input: z.output<typeof BoardInput>): Board {
  const now = ctx.clock.now();
  const nowMs = now.getTime();
  const today = dateInZone(now, getSettings(ctx).timeZone);
  const scores = scoresByCreator(ctx, now);
  const flags = underperformers(ctx);
  const cards = ctx.db.all<BoardRow>(boardQuery(input)).map((row): BoardCard => ({
    ...toCard(row, nowMs, today, scores.get(row.creatorId) ?? null),
    underperforming: flags.get(row.id)?.misses.map(({ text: _english, ...miss }) => miss) ?? null,
  }));
  return { cards };
}

function toCard(row: BoardRow, nowMs: number, today: string, creatorScore: number | null): Omit<BoardCard, 'underperforming'> {
  const { awaitingReplySince, lastReplyAt, remindersSinceReply, replySlaHours, ended, creatorActive, disputeOpen, expectsPost, ...card } = row;
  const deadlineHealth = deadlineHealthOf(row, nowMs);
  // A finished collaboration owes nobody a reply any more.
  const reply = ended ? null : replyHealth({ awaitingReplySince, remindersSinceReply, replySlaHours: replySlaHours ?? DEFAULT_REPLY_SLA_HOURS }, nowMs);
  const waitingOn = ended || row.lastContactAt === null ? null : awaitingReplySince !== null ? 'creator' : 'brand';
  return {
    ...card,
    // A creator who went quiet after a gift outweighs a deadline; a silence after a message more so.
    health: reply ?? (isGhosted({ ...row, expectsPost: Boolean(expectsPost) }, today) ? 'ghosted' : deadlineHealth),
    expectsPost: Boolean(expectsPost),
    deadlineHealth,
    daysLate: deadlineHealth === 'overdue' && row.nextDueDate !== null ? daysLate(row.nextDueDate, today) : 0,
    waitingOn,
    waitingSince: waitingOn === 'creator' ? awaitingReplySince : waitingOn === 'brand' ? lastReplyAt : null,
    creatorActive: Boolean(creatorActive),
    creatorScore,
    disputeOpen: Boolean(disputeOpen),
  };
}

function deadlineHealthOf(row: BoardRow, nowMs: number): DeadlineHealth {
  if (row.nextDueAt === null) return 'on_track';
  const left = Date.parse(row.nextDueAt) - nowMs;
  return left < 0 ? 'overdue' : left <= DUE_SOON_MS ? 'due_soon' : 'on_track';
}
