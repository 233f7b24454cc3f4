import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { reliabilityOf } from '../../../shared/accountability/reliability';
import type { LateDelivery, OwedDeliverable, PostsRecord, TrackRecord, TrackRecordInput } from '../../../shared/accountability/trackRecord';
import type { DeadlineKind } from '../../../shared/contract/schedule';
import { deadlineStatus, OPEN_STATUSES } from '../../../shared/contract/status';
import { agreedSpend } from '../../../shared/creatorSpend';
import { dateInZone } from '../../../shared/dates';
import { type CollaborationPerformance, TARGET_KEYS } from '../../../shared/metrics/schemas';
import { heldTo } from '../../../shared/metrics/targetShares';
import { PaymentFacts } from '../../../shared/payments/schemas';
import { isEnded } from '../../../shared/rules/stageGroups';
import type { CampaignTargets } from '../../../shared/schemas';
import { type Stage, STAGES } from '../../../shared/stages';
import { aliased } from '../../db/aliases';
import { COUNTED_COLLABORATION, REMINDER_ONLY_KINDS_SQL } from '../../db/sqlFragments';
import type { Ctx } from '../context';
import { getCreator } from '../influencers';
import { creatorPerformance } from '../metrics/performance';
import { getSettings } from '../settings';
import { reliabilityFacts } from './reliability';

/*
 * What the brand's own history says about a creator, read when choosing them for a new
 * collaboration. A fixed number of statements whatever the history holds: one per kind of fact,
 * never one per collaboration. Trashed drafts are not history; archived collaborations are.
 */

interface CollabRow {
  id: number;
  stage: Stage;
  feeMinor: number;
  currency: string;
  campaignId: number | null;
  campaignName: string | null;
}

export function trackRecord(ctx: Ctx, input: z.output<typeof TrackRecordInput>): TrackRecord {
  getCreator(ctx, input.id);
  const asOf = input.asOf ? new Date(input.asOf) : ctx.clock.now();
  const asOfDate = dateInZone(asOf, getSettings(ctx).timeZone);
  const collabs = collaborationsOf(ctx, input.id);
  const byId = new Map(collabs.map((c) => [c.id, c]));
  const { deadlines, openObligations } = deadlinesOf(ctx, input.id, byId, asOf.getTime(), asOfDate);
  const [facts] = reliabilityFacts(ctx, asOf, input.id);
  const performance = postsOf(creatorPerformance(ctx, input.id), byId);
  return {
    creatorId: input.id,
    asOf: asOf.toISOString(),
    asOfDate,
    reliability: reliabilityOf(facts!),
    collaborations: { total: collabs.length, running: collabs.filter((c) => !isEnded(c.stage)).length, byStage: byStage(collabs) },
    deadlines,
    strikes: strikesOf(ctx, input.id),
    agreed: agreedSpend(collabs),
    paid: paidTo(ctx, input.id),
    performance: { measured: performance.length, belowTarget: performance.filter((p) => p.underperforming).length, collaborations: performance },
    openObligations,
  };
}

function collaborationsOf(ctx: Ctx, creatorId: number): CollabRow[] {
  return ctx.db.all<CollabRow>(sql`
    SELECT c.id, c.stage, c.fee_minor AS feeMinor, c.currency, c.campaign_id AS campaignId, ca.name AS campaignName
    FROM collaborations c LEFT JOIN campaigns ca ON ca.id = c.campaign_id
    WHERE c.creator_id = ${creatorId} AND ${sql.raw(COUNTED_COLLABORATION)}
    ORDER BY c.id`);
}

/** In the order of the board's columns. */
function byStage(collabs: CollabRow[]): TrackRecord['collaborations']['byStage'] {
  const counts = new Map<Stage, number>();
  for (const c of collabs) counts.set(c.stage, (counts.get(c.stage) ?? 0) + 1);
  return STAGES.filter((stage) => counts.has(stage)).map((stage) => ({ stage, count: counts.get(stage)! }));
}

/** The creator's deliverables, judged by the one deadline rule (contract/status) as of the instant asked. */
function deadlinesOf(ctx: Ctx, creatorId: number, collabs: Map<number, CollabRow>, asOfMs: number, asOfDate: string) {
  const { m, c } = aliased;
  const rows = ctx.db
    .select({ milestone: m })
    .from(m)
    .innerJoin(c, eq(c.id, m.collaborationId))
    .where(sql`c.creator_id = ${creatorId} AND m.party = 'creator' AND m.kind NOT IN ${sql.raw(REMINDER_ONLY_KINDS_SQL)} AND ${sql.raw(COUNTED_COLLABORATION)}`)
    .orderBy(sql`m.due_at IS NULL`, m.dueAt, m.id)
    .all();
  const deadlines: TrackRecord['deadlines'] = { onTime: 0, late: 0, missed: 0, overdue: 0, longestDaysLate: 0, lateDeliveries: [] };
  const openObligations: OwedDeliverable[] = [];
  for (const { milestone: row } of rows) {
    const collab = collabs.get(row.collaborationId)!;
    const kind = row.kind as DeadlineKind;
    const { status, daysLate } = deadlineStatus({ ...row, kind }, asOfMs, asOfDate);
    const running = !isEnded(collab.stage);
    const where = { milestoneId: row.id, collaborationId: row.collaborationId, campaignName: collab.campaignName, key: row.key, name: row.name, kind };
    if (status === 'done_on_time' && row.dueDate !== null) deadlines.onTime += 1;
    if (status === 'done_late') {
      deadlines.late += 1;
      deadlines.longestDaysLate = Math.max(deadlines.longestDaysLate, daysLate);
      deadlines.lateDeliveries.push({ ...where, dueDate: row.dueDate!, deliveredOn: row.deliveredOn!, daysLate } satisfies LateDelivery);
    }
    if (status === 'overdue') deadlines[running ? 'overdue' : 'missed'] += 1;
    if (running && OPEN_STATUSES.has(status)) {
      openObligations.push({ ...where, campaignId: collab.campaignId, dueDate: row.dueDate, status: status as OwedDeliverable['status'], daysLate });
    }
  }
  deadlines.lateDeliveries.sort((a, b) => (a.dueDate === b.dueDate ? b.milestoneId - a.milestoneId : a.dueDate < b.dueDate ? 1 : -1));
  return { deadlines, openObligations };
}

function strikesOf(ctx: Ctx, creatorId: number): TrackRecord['strikes'] {
  const rows = ctx.db.all<{ status: keyof TrackRecord['strikes']; n: number }>(sql`
    SELECT status, COUNT(*) AS n FROM strikes WHERE creator_id = ${creatorId} GROUP BY status`);
  const counts = { active: 0, served: 0, withdrawn: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

/** Every payment to the creator, read through the event's own schema, summed per currency. */
function paidTo(ctx: Ctx, creatorId: number): TrackRecord['paid'] {
  const rows = ctx.db.all<{ data: string }>(sql`
    SELECT e.data FROM events e JOIN collaborations c ON c.id = e.collaboration_id
    WHERE e.type = 'payment.recorded' AND c.creator_id = ${creatorId} AND ${sql.raw(COUNTED_COLLABORATION)}`);
  const totals = new Map<string, { amountMinor: number; payments: number }>();
  for (const row of rows) {
    const { currency, amountMinor } = PaymentFacts.parse(JSON.parse(row.data));
    const total = totals.get(currency) ?? { amountMinor: 0, payments: 0 };
    total.amountMinor += amountMinor;
    total.payments += 1;
    totals.set(currency, total);
  }
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, total]) => ({ currency, ...total }));
}

/** The collaborations whose posts have numbers, with what those posts were held to. */
function postsOf(judged: CollaborationPerformance[], collabs: Map<number, CollabRow>): PostsRecord[] {
  return judged
    .filter((p) => p.performance.posts > 0)
    .map((p) => {
      const targets = heldTo({ posts: p.share.posts, targets: p.share.targets as CampaignTargets }, p.performance.posts);
      return {
        collaborationId: p.collaborationId,
        campaignName: collabs.get(p.collaborationId)?.campaignName ?? null,
        currency: p.currency,
        posts: p.performance.posts,
        views: p.performance.views,
        engagementRatePct: p.performance.engagementRatePct,
        expected: { views: targets.views ?? null, engagementRatePct: targets.engagementRatePct ?? null },
        hasTargets: TARGET_KEYS.some((key) => (targets[key] ?? 0) > 0),
        underperforming: p.verdict.underperforming,
        misses: p.verdict.misses,
      };
    });
}
