import type { ScheduledDeadline } from '../contract/schedule';
import { kindName } from '../deadlines/names';
import type { MilestoneKind } from '../contract/terms';

/**
 * A collaboration's own dates, kept while no contract is in force: agreed by message, they bind
 * all the same. The publish-by date, and each date added for a script, a draft or anything else,
 * becomes a deadline that reminds, turns late and shows on the card and the calendar like a
 * contract's, with no deduction (none was agreed). Once a contract is in force, its schedule takes over.
 */
export const OWN_DEADLINE_VERSION = 0;

/** The key of the publish-by date's deadline; the others are `own_<id>` of their row. */
export const OWN_PUBLISH_KEY = 'own_publish_by';


export interface OwnDeadlineRow {
  id: number;
  kind: MilestoneKind;
  name: string;
  dueDate: string;
}

export const ownKey = (id: number) => `own_${id}`;

/** The row a key names: null for the publish-by date, undefined when it is no own deadline. */
export function ownRowId(key: string): number | null | undefined {
  if (key === OWN_PUBLISH_KEY) return null;
  const m = /^own_(\d+)$/.exec(key);
  return m ? Number(m[1]) : undefined;
}

export function ownDeadlines(collab: { publishBy: string | null }, rows: readonly OwnDeadlineRow[] = []): ScheduledDeadline[] {
  const dated: ScheduledDeadline[] = rows.map((r) => ({
    key: ownKey(r.id),
    name: r.name,
    party: 'creator',
    kind: r.kind,
    deductible: false,
    dueDate: r.dueDate,
    basis: { from: 'own' },
  }));
  if (collab.publishBy !== null) {
    dated.push({
      key: OWN_PUBLISH_KEY,
      name: kindName('publish'),
      party: 'creator',
      kind: 'publish',
      deductible: false,
      dueDate: collab.publishBy,
      basis: { from: 'publish_by' },
    });
  }
  // In the order they fall due, as a contract lists its milestones.
  return dated.sort((a, b) => (a.dueDate! < b.dueDate! ? -1 : a.dueDate! > b.dueDate! ? 1 : 0));
}
