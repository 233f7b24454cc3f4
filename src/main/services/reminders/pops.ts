import { dateInZone } from '../../../shared/dates';
import type { Pop } from '../../../shared/reminders/schemas';
import type { notifications } from '../../db/schema';

/** More pop-ups than this at once become one summary. */
const MAX_SEPARATE_POPS = 2;

type Row = typeof notifications.$inferSelect;

/**
 * What to pop up for the reminders not shown yet: each on its own when there are few and the app
 * was not away; otherwise one summary, so waking the laptop is not a burst.
 */
export function popsFor(pending: Row[], caughtUp: boolean, timeZone: string, now: Date): Pop[] {
  if (pending.length === 0) return [];
  if (pending.length === 1 || (!caughtUp && pending.length <= MAX_SEPARATE_POPS)) {
    return pending.map((p) => ({
      collaborationId: p.collaborationId,
      party: p.party,
      kind: p.kind,
      item: p.item,
      occurrence: p.occurrence,
      facts: p.facts,
      summary: null,
      notificationIds: [p.id],
    }));
  }
  const counts = new Map<Row['kind'], number>();
  for (const p of pending) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  const collaborations = new Set(pending.map((p) => p.collaborationId));
  return [
    {
      collaborationId: collaborations.size === 1 ? pending[0]!.collaborationId : null,
      party: null,
      kind: null,
      item: null,
      occurrence: null,
      facts: null,
      summary: { caughtUp, counts: [...counts].map(([kind, count]) => ({ kind, count })), asOf: dateInZone(now, timeZone) },
      notificationIds: pending.map((p) => p.id),
    },
  ];
}
