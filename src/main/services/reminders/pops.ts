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
    return pending.map((p) => ({ title: p.title, body: p.body, collaborationId: p.collaborationId, party: p.party, kind: p.kind, item: p.item, notificationIds: [p.id] }));
  }
  const counts = new Map<string, number>();
  for (const p of pending) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => `${n} ${KIND_WORDS[kind] ?? 'reminder'}`);
  const collaborations = new Set(pending.map((p) => p.collaborationId));
  return [
    {
      title: caughtUp ? `${pending.length} reminders while Followthrough was away` : `${pending.length} reminders need you`,
      body: `${parts.join(' · ')}. As of ${dateInZone(now, timeZone)}.`,
      collaborationId: collaborations.size === 1 ? pending[0]!.collaborationId : null,
      party: null,
      kind: null,
      item: null,
      notificationIds: pending.map((p) => p.id),
    },
  ];
}

const KIND_WORDS: Record<string, string> = {
  due_soon: 'due soon',
  due_today: 'due today',
  overdue: 'overdue',
  sla_breached: 'without a reply',
  licence_expiring: 'licence ending',
  min_live_end: 'minimum live time reached',
  gifting_followup: 'gift follow-up',
};
