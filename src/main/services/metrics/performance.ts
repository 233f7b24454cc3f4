import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { dateInZone } from '../../../shared/dates';
import { combine, judge, performanceOf, type Reading } from '../../../shared/metrics/performance';
import { dashboardCounts } from '../../../shared/metrics/dashboardCounts';
import { type Expectation, heldTo } from '../../../shared/metrics/targetShares';
import type { CollaborationPerformance, Dashboard, DashboardInput, PerformanceInput } from '../../../shared/metrics/schemas';
import type { CampaignTargets } from '../../../shared/schemas';
import { campaigns } from '../../db/schema';
import { COUNTED_COLLABORATION, NEVER_STARTED_SQL } from '../../db/sqlFragments';
import type { Ctx } from '../context';
import { notFound } from '../errors';
import { getSettings } from '../settings';
import { expectationsIn } from './shares';

interface CollabRow {
  collaborationId: number;
  creatorId: number;
  creatorName: string;
  stage: string;
  feeMinor: number;
  currency: string;
  campaignId: number | null;
}

type LatestRow = Reading & { collaborationId: number };

const READING_COLUMNS = sql.raw(`s.views, s.reach, s.likes, s.comments, s.shares, s.saves, s.clicks, s.conversions, s.cost_minor AS costMinor`);

/** The newest reading of every post in scope: one statement, one index probe per post. */
function latestReadings(ctx: Ctx, where: ReturnType<typeof sql>): LatestRow[] {
  return ctx.db.all<LatestRow>(sql`
    SELECT d.collaboration_id AS collaborationId, ${READING_COLUMNS}
    FROM deliverables d
    JOIN collaborations c ON c.id = d.collaboration_id
    JOIN metric_snapshots s ON s.id = (
      SELECT s2.id FROM metric_snapshots s2 WHERE s2.deliverable_id = d.id ORDER BY s2.captured_at DESC, s2.id DESC LIMIT 1)
    WHERE ${where} AND ${sql.raw(COUNTED_COLLABORATION)}`);
}

function collaborationsIn(ctx: Ctx, where: ReturnType<typeof sql>): CollabRow[] {
  return ctx.db.all<CollabRow>(sql`
    SELECT c.id AS collaborationId, c.creator_id AS creatorId, cr.name AS creatorName, c.stage, c.fee_minor AS feeMinor,
           c.currency, c.campaign_id AS campaignId
    FROM collaborations c JOIN creators cr ON cr.id = c.creator_id
    WHERE ${where} AND ${sql.raw(COUNTED_COLLABORATION)}
    ORDER BY cr.name COLLATE NOCASE, c.id`);
}

function evaluate(rows: CollabRow[], readings: LatestRow[], expectations: Map<number, Expectation>): CollaborationPerformance[] {
  const byCollab = new Map<number, Reading[]>();
  for (const r of readings) {
    const list = byCollab.get(r.collaborationId) ?? [];
    list.push(r);
    byCollab.set(r.collaborationId, list);
  }
  return rows.map((row) => {
    const performance = performanceOf(byCollab.get(row.collaborationId) ?? [], row.feeMinor);
    const expectation = expectations.get(row.collaborationId) ?? { posts: 0, targets: {} };
    return {
      collaborationId: row.collaborationId,
      creatorId: row.creatorId,
      creatorName: row.creatorName,
      stage: row.stage,
      currency: row.currency,
      performance,
      share: { posts: expectation.posts, targets: numbersOf(expectation.targets) },
      verdict: judge(performance, heldTo(expectation, performance.posts), row.currency),
    };
  });
}

const numbersOf = (targets: CampaignTargets): Record<string, number> =>
  Object.fromEntries(Object.entries(targets).filter(([, v]) => typeof v === 'number')) as Record<string, number>;

export function collaborationPerformance(ctx: Ctx, input: z.output<typeof PerformanceInput>): CollaborationPerformance {
  const rows = collaborationsIn(ctx, sql`c.id = ${input.collaborationId}`);
  if (rows.length === 0) throw notFound('Collaboration', input.collaborationId);
  // Its part is counted among all of its campaign's collaborations.
  const { campaignId } = rows[0]!;
  const expectations = expectationsIn(ctx, campaignId === null ? sql`c.id = ${input.collaborationId}` : sql`c.campaign_id = ${campaignId}`);
  return evaluate(rows, latestReadings(ctx, sql`c.id = ${input.collaborationId}`), expectations)[0]!;
}

/**
 * Every collaboration of one creator against what it is held to (their track record). Each part is
 * counted among all of its campaign's collaborations, so those campaigns are read whole.
 */
export function creatorPerformance(ctx: Ctx, creatorId: number): CollaborationPerformance[] {
  const theirs = sql`c.creator_id = ${creatorId}`;
  const rows = collaborationsIn(ctx, theirs);
  const campaignIds = [...new Set(rows.flatMap((r) => (r.campaignId === null ? [] : [r.campaignId])))].map((id) => sql`${id}`);
  const scope = campaignIds.length === 0 ? theirs : sql`(${theirs} OR c.campaign_id IN (${sql.join(campaignIds, sql`, `)}))`;
  return evaluate(rows, latestReadings(ctx, theirs), expectationsIn(ctx, scope));
}

/** Which collaborations miss their campaign's targets, for the board's flag. */
export function underperformers(ctx: Ctx): Map<number, CollaborationPerformance['verdict']> {
  const readings = latestReadings(ctx, sql`c.campaign_id IS NOT NULL`);
  if (readings.length === 0) return new Map();
  const measured = new Set(readings.map((r) => r.collaborationId));
  const rows = collaborationsIn(ctx, sql`c.campaign_id IS NOT NULL`).filter((r) => measured.has(r.collaborationId));
  // Only the campaigns with numbers: a part is counted among all of a campaign's collaborations.
  const measuredCampaigns = [...new Set(rows.map((r) => r.campaignId!))].map((id) => sql`${id}`);
  const expectations = expectationsIn(ctx, sql`c.campaign_id IN (${sql.join(measuredCampaigns, sql`, `)})`);
  return new Map(evaluate(rows, readings, expectations).filter((p) => p.verdict.underperforming).map((p) => [p.collaborationId, p.verdict]));
}

export function campaignDashboard(ctx: Ctx, input: z.output<typeof DashboardInput>): Dashboard {
  const campaign = ctx.db.select().from(campaigns).where(eq(campaigns.id, input.campaignId)).get();
  if (!campaign) throw notFound('Campaign', input.campaignId);
  const inCampaign = sql`c.campaign_id = ${input.campaignId} AND c.stage NOT IN ${sql.raw(NEVER_STARTED_SQL)}`;
  const rows = evaluate(collaborationsIn(ctx, inCampaign), latestReadings(ctx, inCampaign), expectationsIn(ctx, sql`c.campaign_id = ${input.campaignId}`));
  const totals = combine(rows.map((r) => r.performance));
  return {
    campaignId: campaign.id,
    campaignName: campaign.name,
    startDate: campaign.startDate,
    endDate: campaign.endDate,
    currency: campaign.currency,
    targets: numbersOf(campaign.targets),
    totals,
    rows,
    ...dashboardCounts(rows),
    overall: judge(totals, campaign.targets, campaign.currency),
    series: seriesOf(ctx, input.campaignId, getSettings(ctx).timeZone),
  };
}

interface TimedReading {
  id: number;
  deliverableId: number;
  capturedAt: string;
  views: number | null;
  engagements: number;
  clicks: number | null;
  conversions: number | null;
}

type Totals = Omit<Dashboard['series'][number], 'date'>;

/**
 * The campaign's totals at the end of each day a post was read, each post counting its newest
 * reading so far. Each reading adds what changed since the post's previous one to its day, and the
 * days are then summed up in order: no sort over every reading of the campaign.
 */
function seriesOf(ctx: Ctx, campaignId: number, timeZone: string): Dashboard['series'] {
  const all = ctx.db.all<TimedReading>(sql`
    SELECT s.id, s.deliverable_id AS deliverableId, s.captured_at AS capturedAt, s.views,
           COALESCE(s.likes, 0) + COALESCE(s.comments, 0) + COALESCE(s.shares, 0) + COALESCE(s.saves, 0) AS engagements,
           s.clicks, s.conversions
    FROM deliverables d JOIN collaborations c ON c.id = d.collaboration_id JOIN metric_snapshots s ON s.deliverable_id = d.id
    WHERE c.campaign_id = ${campaignId} AND c.stage NOT IN ${sql.raw(NEVER_STARTED_SQL)}`);
  const byPost = new Map<number, TimedReading[]>();
  for (const r of all) {
    const list = byPost.get(r.deliverableId);
    if (list) list.push(r);
    else byPost.set(r.deliverableId, [r]);
  }
  // Readings of one import share their instants; a zone's calendar date is worth computing once.
  const dates = new Map<string, string>();
  const dayOf = (instant: string) => {
    let date = dates.get(instant);
    if (date === undefined) {
      date = dateInZone(instant, timeZone);
      dates.set(instant, date);
    }
    return date;
  };
  const change = new Map<string, Totals>();
  for (const readings of byPost.values()) {
    readings.sort((a, b) => (a.capturedAt < b.capturedAt ? -1 : a.capturedAt > b.capturedAt ? 1 : a.id - b.id));
    let prev: TimedReading | null = null;
    for (const r of readings) {
      const day = dayOf(r.capturedAt);
      const d = change.get(day) ?? { views: 0, engagements: 0, clicks: 0, conversions: 0 };
      d.views += (r.views ?? 0) - (prev?.views ?? 0);
      d.engagements += r.engagements - (prev?.engagements ?? 0);
      d.clicks += (r.clicks ?? 0) - (prev?.clicks ?? 0);
      d.conversions += (r.conversions ?? 0) - (prev?.conversions ?? 0);
      change.set(day, d);
      prev = r;
    }
  }
  const running: Totals = { views: 0, engagements: 0, clicks: 0, conversions: 0 };
  return [...change.keys()].sort().map((date) => {
    const d = change.get(date)!;
    running.views += d.views;
    running.engagements += d.engagements;
    running.clicks += d.clicks;
    running.conversions += d.conversions;
    return { date, ...running };
  });
}
