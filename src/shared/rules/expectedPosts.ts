import { dateInZone } from '../dates';
import type { Stage } from '../stages';
import { ENDED_EARLY_STAGES, NEVER_STARTED_STAGES } from './stageGroups';

/*
 * How many posts a collaboration is meant to publish: a campaign's counts (views, clicks,
 * conversions) are shared among its collaborations by this, so a creator who owes two videos is
 * held to twice the part of one who owes one, and a deal that never came to anything holds no
 * part the others would otherwise be spared.
 */

export interface PostPlan {
  stage: Stage;
  /** False for a gift sent with no post asked for. */
  expectsPost: boolean;
  /** Publish milestones of the contract in force; null without a contract. */
  contractPosts: number | null;
  /** Set by hand on the collaboration: the brand knows better than any default. */
  ownPosts: number | null;
  /** The earliest due date of anything the creator owes; null when nothing is dated. */
  firstDueOn: string | null;
  /** When it entered its stage: for one that ended, when it ended. */
  stageSince: string;
  /** The brand's, in which due dates are days. */
  timeZone: string;
}

const within = (group: readonly Stage[], stage: Stage) => group.includes(stage);

/** Ended early, and nothing was due by then: a deadline is due at the end of its day, so ending on it is before. */
const endedBeforeAnythingDue = (plan: PostPlan): boolean =>
  within(ENDED_EARLY_STAGES, plan.stage) && (plan.firstDueOn === null || plan.firstDueOn >= dateInZone(plan.stageSince, plan.timeZone));

export function expectedPosts(plan: PostPlan): number {
  if (within(NEVER_STARTED_STAGES, plan.stage) || endedBeforeAnythingDue(plan)) return 0;
  if (plan.ownPosts !== null) return plan.ownPosts;
  if (!plan.expectsPost) return 0;
  // A contract without a publish milestone still asks for the post the collaboration is about.
  return plan.contractPosts !== null && plan.contractPosts > 0 ? plan.contractPosts : 1;
}
