import type { MantineColor } from '@mantine/core';
import type { FlatNamespace, TFunction } from 'i18next';
import type { DeadlineStatus } from '../../../shared/contract/schemas';
import type { DeadlineKind, Party } from '../../../shared/contract/schedule';
import { isReminderOnly } from '../../../shared/rules/deadlineKinds';
import { deadlineName } from '../../../shared/deadlines/names';
import { i18n, say } from '../i18n';

/*
 * How a deadline's status looks wherever it appears (cards, the contract's deadline table, the
 * calendar), so red always means late and orange always means soon. The words are the catalog's
 * (card:deadlineStatus); a component may pass its own `t`, and without one the page's language is
 * read when called, so a component that re-renders on a language change shows the new words.
 */

type Words = TFunction<FlatNamespace>;

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

export const statusName = (status: DeadlineStatus, t: Words = i18n.t): string => t(`deadlineStatus.${status}`, { ns: 'card' });

/** Each status's name, looked up when read (not when this module loaded), so it follows the page's language. */
export const STATUS_NAMES = Object.defineProperties(
  {},
  Object.fromEntries((Object.keys(STATUS_COLORS) as DeadlineStatus[]).map((status) => [status, { get: () => statusName(status), enumerable: true }])),
) as Readonly<Record<DeadlineStatus, string>>;

/** "3 days", "1 day". */
export const dayCount = (n: number, t: Words = i18n.t): string => t('deadlineStatus.days', { ns: 'card', count: n });

interface Status {
  status: DeadlineStatus;
  daysLate: number;
  party: Party;
  superseded?: boolean;
}

/** The status in a sentence: "Late by 3 days", "Delivered on time", "Done 2 days late", "Superseded by the post". */
export function statusLabel({ status, daysLate, party, superseded }: Status, t: Words = i18n.t): string {
  const ns = 'card';
  if (superseded) return daysLate > 0 ? t('deadlineStatus.supersededLate', { ns, days: daysLate }) : t('deadlineStatus.superseded', { ns });
  if (status === 'overdue') return t('deadlineStatus.lateBy', { ns, days: daysLate });
  if (status === 'done_on_time') return t('deadlineStatus.doneOnTime', { ns, party });
  if (status === 'done_late') return t('deadlineStatus.doneLate', { ns, party, days: daysLate });
  return statusName(status, t);
}

export const isReminder = (d: { kind: DeadlineKind }) => isReminderOnly(d.kind);

/** What is due in the page's language, with the brand's own duties marked "You". */
export const dutyName = (d: { key: string; name: string; party: Party; kind: DeadlineKind }, t: Words = i18n.t) => {
  const name = deadlineName(d, say);
  return d.party === 'brand' && !isReminder(d) ? t('deadlineStatus.yours', { ns: 'card', name }) : name;
};
