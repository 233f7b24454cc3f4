import { daysLate } from '../dates';
import type { DeadlineStatus } from './schemas';
import { isDeliverable } from '../rules/deadlineKinds';
import { DUE_SOON_MS } from '../rules/health';
import type { DeadlineKind } from './schedule';

export interface StatusInput {
  kind: DeadlineKind;
  dueDate: string | null;
  dueAt: string | null;
  deliveredOn: string | null;
}

/** Where a deadline stands at an instant; lateness in whole calendar days of the brand's zone. */
export function deadlineStatus(d: StatusInput, asOfMs: number, asOfDate: string): { status: DeadlineStatus; daysLate: number } {
  if (d.dueDate === null || d.dueAt === null) {
    return { status: d.deliveredOn === null ? 'waiting' : 'done_on_time', daysLate: 0 };
  }
  const left = Date.parse(d.dueAt) - asOfMs;
  if (!isDeliverable(d.kind)) {
    return { status: left < 0 ? 'passed' : left <= DUE_SOON_MS ? 'due_soon' : 'upcoming', daysLate: 0 };
  }
  if (d.deliveredOn !== null) {
    const late = daysLate(d.dueDate, d.deliveredOn);
    return { status: late > 0 ? 'done_late' : 'done_on_time', daysLate: late };
  }
  if (left < 0) return { status: 'overdue', daysLate: daysLate(d.dueDate, asOfDate) };
  return { status: left <= DUE_SOON_MS ? 'due_soon' : 'upcoming', daysLate: 0 };
}

export const OPEN_STATUSES: ReadonlySet<DeadlineStatus> = new Set(['waiting', 'upcoming', 'due_soon', 'overdue']);
