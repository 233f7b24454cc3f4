import type { CampaignTargets, CollaborationTargets } from '../schemas';

/*
 * What each collaboration of a campaign is held to. The campaign's counts are for all of it, so
 * each collaboration carries the part that matches the posts it is meant to publish; a count the
 * brand set by hand for one is its part, and the rest of the campaign's is shared among the others.
 * Rates and costs hold for each collaboration as they are, unless it has its own.
 */

/** Counts a campaign shares out; its posts target is a plan, not a number a post is judged by. */
export const SHARED_COUNTS = ['views', 'clicks', 'conversions'] as const;

/** Targets that hold for each collaboration as they are. */
const EACH = ['engagementRatePct', 'cpmMaxMinor', 'cpeMaxMinor', 'costPerConversionMaxMinor'] as const;

export interface Member {
  id: number;
  /** Posts it is meant to publish (rules/expectedPosts). */
  posts: number;
  own: CollaborationTargets | null;
}

/** A collaboration's whole part of its campaign's targets, and the posts it is meant to publish for it. */
export interface Expectation {
  posts: number;
  targets: CampaignTargets;
}

export function shareTargets(campaign: CampaignTargets, members: readonly Member[]): Map<number, Expectation> {
  const out = new Map<number, Expectation>(members.map((m) => [m.id, { posts: m.posts, targets: eachOf(campaign, m.own) }]));
  for (const key of SHARED_COUNTS) {
    const setByHand = members.filter((m) => m.own?.[key] !== undefined);
    const sharing = members.filter((m) => m.own?.[key] === undefined);
    for (const m of setByHand) out.get(m.id)!.targets[key] = m.own![key];
    const whole = campaign[key];
    if (whole === undefined) continue;
    const rest = Math.max(0, whole - setByHand.reduce((n, m) => n + m.own![key]!, 0));
    const posts = sharing.reduce((n, m) => n + m.posts, 0);
    // Nobody meant to post carries a part, so there is nothing to fall short of.
    for (const m of sharing) if (m.posts > 0) out.get(m.id)!.targets[key] = (rest * m.posts) / posts;
  }
  return out;
}

function eachOf(campaign: CampaignTargets, own: CollaborationTargets | null): CampaignTargets {
  const targets: CampaignTargets = campaign.marginPct === undefined ? {} : { marginPct: campaign.marginPct };
  for (const key of EACH) {
    const value = own?.[key] ?? campaign[key];
    if (value !== undefined) targets[key] = value;
  }
  return targets;
}

/**
 * What the posts out so far are held to: a collaboration meant to publish three is judged on its
 * first against a third of its part, not all of it, and never against more than its whole part.
 */
export function heldTo(expectation: Expectation, postsSoFar: number): CampaignTargets {
  if (expectation.posts <= 0 || postsSoFar >= expectation.posts) return expectation.targets;
  const share = postsSoFar / expectation.posts;
  const targets = { ...expectation.targets };
  for (const key of SHARED_COUNTS) if (targets[key] !== undefined) targets[key] = targets[key] * share;
  return targets;
}

