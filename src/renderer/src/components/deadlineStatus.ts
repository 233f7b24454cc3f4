import type { MantineColor } from '@mantine/core';
import type { DeadlineStatus } from '../../../shared/contract/schemas';
import type { DeadlineKind, Party } from '../../../shared/contract/schedule';
import { isReminderOnly } from '../../../shared/rules/deadlineKinds';
import { supersededWords } from '../../../shared/rules/supersede';

/*
 * How a deadline's status looks wherever it appears (cards, the contract's deadline table, the
 * calendar), so red always means late and orange always means soon.
 */

export const STATUS_COLORS: Record<DeadlineStatus, MantineColor> = {
  waiting: 'gray',
  upcoming: 'blue',
  due_soon: 'orange',
  overdue: 'red',
  done_on_time: 'teal',
  done_late: 'yellow',
  passed: 'gray',
};

/** The states that need attention get a solid colour; the rest stay light. */
export const isUrgent = (status: DeadlineStatus) => status === 'overdue' || status === 'due_soon';

export const STATUS_NAMES: Record<DeadlineStatus, string> = {
  waiting: 'Waiting',
  upcoming: 'Upcoming',
  due_soon: 'Due soon',
  overdue: 'Overdue',
  done_on_time: 'Done',
  done_late: 'Done late',
  passed: 'Passed',
};

export const dayCount = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

interface Status {
  status: DeadlineStatus;
  daysLate: number;
  party: Party;
  superseded?: boolean;
}

/** The status in a sentence: "Late by 3 days", "Delivered on time", "Done 2 days late", "Superseded by the post". */
export function statusLabel({ status, daysLate, party, superseded }: Status): string {
  if (superseded) return supersededWords(daysLate);
  const done = party === 'brand' ? 'Done' : 'Delivered';
  if (status === 'overdue') return `Late by ${dayCount(daysLate)}`;
  if (status === 'done_on_time') return `${done} on time`;
  if (status === 'done_late') return `${done} ${dayCount(daysLate)} late`;
  return STATUS_NAMES[status];
}

export const isReminder = (d: { kind: DeadlineKind }) => isReminderOnly(d.kind);

/** What is due, with the brand's own duties marked "You". */
export const dutyName = (d: { name: string; party: Party; kind: DeadlineKind }) => (d.party === 'brand' && !isReminder(d) ? `You: ${d.name}` : d.name);
