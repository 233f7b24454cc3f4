import type { ScheduledDeadline } from '../contract/schedule';

/**
 * A collaboration's own dates, kept while no contract is in force: agreed by message, they bind
 * all the same. The publish-by date becomes a deadline for the post that reminds, turns late and
 * shows on the card and the calendar like a contract's, with no deduction (none was agreed).
 * Once a contract is in force, its schedule takes over.
 */
export const OWN_DEADLINE_VERSION = 0;

export function ownDeadlines(collab: { publishBy: string | null }): ScheduledDeadline[] {
  if (collab.publishBy === null) return [];
  return [
    {
      key: 'own_publish_by',
      name: 'Post published',
      party: 'creator',
      kind: 'publish',
      deductible: false,
      dueDate: collab.publishBy,
      basis: 'the publish-by date agreed on the collaboration',
    },
  ];
}
