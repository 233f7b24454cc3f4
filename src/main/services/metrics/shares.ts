import { sql } from 'drizzle-orm';
import { type Expectation, shareTargets } from '../../../shared/metrics/targetShares';
import { expectedPosts } from '../../../shared/rules/expectedPosts';
import type { CampaignTargets, CollaborationTargets } from '../../../shared/schemas';
import type { Stage } from '../../../shared/stages';
import { COUNTED_COLLABORATION, REMINDER_ONLY_KINDS_SQL } from '../../db/sqlFragments';
import type { Ctx } from '../context';
import { getSettings } from '../settings';

interface PlanRow {
  collaborationId: number;
  campaignId: number | null;
  campaignTargets: string | null;
  stage: Stage;
  stageSince: string;
  expectsPost: number;
  own: string | null;
  contractPosts: number | null;
  firstDueOn: string | null;
}

/**
 * What each collaboration of the campaigns `where` picks out (alias `c`) is held to: one statement
 * for the facts, the rules from src/shared. A collaboration outside a campaign has no targets.
 */
export function expectationsIn(ctx: Ctx, where: ReturnType<typeof sql>): Map<number, Expectation> {
  const rows = ctx.db.all<PlanRow>(sql`
    SELECT c.id AS collaborationId, c.campaign_id AS campaignId, ca.targets AS campaignTargets, c.stage, c.stage_since AS stageSince,
           c.expects_post AS expectsPost, c.targets AS own,
           CASE WHEN k.in_force_version IS NULL THEN NULL ELSE (
             SELECT COUNT(*) FROM milestones m
             WHERE m.collaboration_id = c.id AND m.contract_version = k.in_force_version AND m.party = 'creator' AND m.kind = 'publish') END AS contractPosts,
           (SELECT MIN(m.due_date) FROM milestones m
             WHERE m.collaboration_id = c.id AND m.party = 'creator' AND m.kind NOT IN ${sql.raw(REMINDER_ONLY_KINDS_SQL)}) AS firstDueOn
    FROM collaborations c LEFT JOIN campaigns ca ON ca.id = c.campaign_id LEFT JOIN contracts k ON k.collaboration_id = c.id
    WHERE ${where} AND ${sql.raw(COUNTED_COLLABORATION)}`);
  const { timeZone } = getSettings(ctx);
  const byCampaign = new Map<number, PlanRow[]>();
  const out = new Map<number, Expectation>();
  for (const row of rows) {
    if (row.campaignId === null) {
      out.set(row.collaborationId, { posts: postsOf(row, ownOf(row), timeZone), targets: {} });
      continue;
    }
    const list = byCampaign.get(row.campaignId) ?? [];
    list.push(row);
    byCampaign.set(row.campaignId, list);
  }
  for (const list of byCampaign.values()) {
    const campaign = JSON.parse(list[0]!.campaignTargets ?? '{}') as CampaignTargets;
    const members = list.map((row) => {
      const own = ownOf(row);
      return { id: row.collaborationId, posts: postsOf(row, own, timeZone), own };
    });
    for (const [id, expectation] of shareTargets(campaign, members)) out.set(id, expectation);
  }
  return out;
}

const ownOf = (row: PlanRow): CollaborationTargets | null => (row.own === null ? null : (JSON.parse(row.own) as CollaborationTargets));

function postsOf(row: PlanRow, own: CollaborationTargets | null, timeZone: string): number {
  return expectedPosts({
    stage: row.stage,
    expectsPost: row.expectsPost === 1,
    contractPosts: row.contractPosts,
    ownPosts: own?.posts ?? null,
    firstDueOn: row.firstDueOn,
    stageSince: row.stageSince,
    timeZone,
  });
}
