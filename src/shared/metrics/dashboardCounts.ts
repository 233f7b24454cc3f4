import { isEnded } from '../rules/stageGroups';
import type { Stage } from '../stages';
import type { CollaborationPerformance, Dashboard } from './schemas';

/**
 * The dashboard's "N of M below target": only collaborations with posts to judge are on or below
 * target. One still meant to post with nothing to judge yet is waiting, not on target; one that
 * ended without a post is neither.
 */
export function dashboardCounts(rows: readonly CollaborationPerformance[]): Pick<Dashboard, 'judged' | 'underperforming' | 'waiting'> {
  return {
    judged: rows.filter((r) => r.verdict.judged).length,
    underperforming: rows.filter((r) => r.verdict.underperforming).length,
    waiting: rows.filter((r) => !r.verdict.judged && r.share.posts > 0 && !isEnded(r.stage as Stage)).length,
  };
}
