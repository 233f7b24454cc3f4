import { sql } from 'drizzle-orm';
import type { Deadline, DeadlineList, Penalty } from '../../../shared/contract/schemas';
import { DEFAULT_REPLY_SLA_HOURS } from '../../../shared/rules/replyState';
import { isGhosted } from '../../../shared/rules/gifting';
import type { ConversationState } from '../../../shared/outreach/suggest';
import type { Stage } from '../../../shared/stages';
import { CONTENT_IN_KINDS, checkInDue } from '../../../shared/rules/checkIn';
import { ENDED_STAGES_SQL, REPLY_SLA_HOURS_SQL, SHOWN_COLLABORATION, sqlList } from '../../db/sqlFragments';
import { cadenceOf } from '../cadence';
import type { Ctx } from '../context';
import { listDeadlines } from '../deadlineList';
import { getSettings } from '../settings';


interface Row {
  id: number;
  stage: Stage;
  awaitingReplySince: string | null;
  lastReplyAt: string | null;
  creatorStuck: number;
  remindersSinceReply: number;
  rungsSinceReply: string;
  productReceivedOn: string | null;
  feeMinor: number;
  expectsPost: number;
  replySlaHours: number | null;
  lastDeliveryAt: string | null;
  lastContactAt: string | null;
  /** The campaign's check-in rhythm as stored (JSON), null for the default. */
  cadence: string | null;
  contentIn: number;
  creatorName: string;
  creatorLanguage: string | null;
}

export type ConversationRow = Row;

/**
 * The state the next message depends on, for one collaboration or for every one (the nudges
 * view): one statement over the collaborations, plus the open deadlines and penalties as of now.
 */
export function readConversations(
  ctx: Ctx,
  asOf: Date,
  scope: { collaborationId?: number; campaignId?: number },
): { row: Row; state: ConversationState; penalty: Penalty | null }[] {
  const where = [sql.raw(`c.stage NOT IN ${ENDED_STAGES_SQL} AND ${SHOWN_COLLABORATION}`)];
  if (scope.collaborationId !== undefined) where.push(sql`c.id = ${scope.collaborationId}`);
  if (scope.campaignId !== undefined) where.push(sql`c.campaign_id = ${scope.campaignId}`);
  const rows = ctx.db.all<Row>(sql`
    SELECT c.id, c.stage, c.awaiting_reply_since AS awaitingReplySince, c.last_reply_at AS lastReplyAt,
           c.creator_stuck AS creatorStuck, c.reminders_since_reply AS remindersSinceReply,
           c.rungs_since_reply AS rungsSinceReply, c.product_received_on AS productReceivedOn,
           c.fee_minor AS feeMinor, c.expects_post AS expectsPost,
           ${sql.raw(REPLY_SLA_HOURS_SQL)} AS replySlaHours, cr.name AS creatorName, cr.language AS creatorLanguage,
           (SELECT MAX(m.delivered_at) FROM milestones m
             WHERE m.collaboration_id = c.id AND m.party = 'creator' AND m.delivered_at IS NOT NULL) AS lastDeliveryAt,
           c.last_contact_at AS lastContactAt, cp.cadence AS cadence,
           EXISTS (SELECT 1 FROM milestones m WHERE m.collaboration_id = c.id AND m.party = 'creator'
                     AND m.kind IN ${sql.raw(sqlList(CONTENT_IN_KINDS))} AND m.delivered_at IS NOT NULL) AS contentIn
    FROM collaborations c
    JOIN creators cr ON cr.id = c.creator_id
    LEFT JOIN campaigns cp ON cp.id = c.campaign_id
    LEFT JOIN contracts k ON k.collaboration_id = c.id AND k.in_force_version IS NOT NULL
    WHERE ${sql.join(where, sql` AND `)}
    ORDER BY c.id`);
  const deadlines = listDeadlines(ctx, { ...scope, asOf: asOf.toISOString(), openOnly: true });
  const next = mostUrgentByCollaboration(deadlines);
  const penalties = new Map(deadlines.penalties.map((p) => [p.collaborationId, p]));
  const today = deadlines.asOfDate;
  const { timeZone } = getSettings(ctx);
  return rows.map((row) => ({
    row,
    penalty: penalties.get(row.id) ?? null,
    state: {
      stage: row.stage,
      awaitingReplySince: row.awaitingReplySince,
      lastReplyAt: row.lastReplyAt,
      creatorStuck: Boolean(row.creatorStuck),
      remindersSinceReply: row.remindersSinceReply,
      rungsSinceReply: row.rungsSinceReply === '' ? [] : row.rungsSinceReply.split(','),
      replySlaHours: row.replySlaHours ?? DEFAULT_REPLY_SLA_HOURS,
      productReceivedOn: row.productReceivedOn,
      nextDeadline: next.get(row.id) ?? null,
      deliveredSinceAwaiting: row.awaitingReplySince !== null && row.lastDeliveryAt !== null && row.lastDeliveryAt > row.awaitingReplySince,
      terminationAvailable: penalties.get(row.id)?.terminationAvailable ?? false,
      ghosted: isGhosted({ ...row, expectsPost: Boolean(row.expectsPost) }, today),
      checkIn: checkInDue(cadenceOf(row.cadence), { ...row, contentIn: row.contentIn === 1 }, today, timeZone),
    },
  }));
}

/** A deadline as a message speaks of it: what, when, how late; none while it has no date yet. */
export function nextDeadlineOf(d: Deadline): ConversationState['nextDeadline'] {
  return d.dueDate === null || d.dueAt === null ? null : { name: d.name, dueDate: d.dueDate, dueAt: d.dueAt, daysLate: d.daysLate };
}

/** The creator's open deliverable that is latest, else the one due first. */
function mostUrgentByCollaboration(list: DeadlineList): Map<number, ConversationState['nextDeadline']> {
  const best = new Map<number, Deadline>();
  for (const d of list.deadlines) {
    if (d.party !== 'creator' || d.dueDate === null || d.dueAt === null || (d.status !== 'overdue' && d.status !== 'upcoming' && d.status !== 'due_soon')) continue;
    const current = best.get(d.collaborationId);
    if (!current || d.daysLate > current.daysLate || (d.daysLate === current.daysLate && d.dueAt < current.dueAt!)) best.set(d.collaborationId, d);
  }
  return new Map([...best].map(([id, d]) => [id, nextDeadlineOf(d)]));
}
