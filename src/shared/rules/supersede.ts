import { isDeliverable } from './deadlineKinds';

/*
 * Publishing supersedes (DOMAIN "What changes after the contract"): once the final content is
 * live, the creator's earlier deliverables still open (feedback, script, first draft, …) are closed
 * as superseded on the day it was published. One already late keeps the days it was late up to
 * that day, and the deduction they make; one not yet due is not late. Neither grows afterwards,
 * reminds, or is offered a formal notice.
 */

export interface SupersedeCandidate {
  id: number;
  party: string;
  kind: string;
  sort: number;
  deliveredAt: string | null;
}

/** Publishing this milestone supersedes others (the creator's post). */
export const publishes = (m: { party: string; kind: string }) => m.party === 'creator' && m.kind === 'publish';

/** The milestones the publishing of `post` closes: the creator's open deliverables scheduled before it. */
export function supersededBy<T extends SupersedeCandidate>(post: SupersedeCandidate, all: readonly T[]): T[] {
  if (!publishes(post)) return [];
  return all.filter((m) => m.id !== post.id && m.party === 'creator' && m.kind !== 'publish' && isDeliverable(m.kind) && m.deliveredAt === null && m.sort < post.sort);
}

/** How a superseded milestone reads wherever it is listed. */
export function supersededWords(daysLate: number): string {
  return daysLate > 0 ? `Superseded by the post (${daysLate} day${daysLate === 1 ? '' : 's'} late by then)` : 'Superseded by the post';
}
