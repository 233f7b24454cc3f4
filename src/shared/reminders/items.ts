/*
 * What a reminder is about, as one string per obligation: `milestone:12@2026-03-22` (a deadline
 * on its date; a moved date is a new obligation), `date:12@…` (a date only to notice),
 * `sla:5:<since>` (a reply owed), `gifting:5` (a gift without a post), `checkin:5@2026-03-02` (the
 * check-ins of a product that arrived that day; a corrected arrival starts a new rhythm).
 */

export function deadlineItem(prefix: 'milestone' | 'date', milestoneId: number, dueDate: string): string {
  return `${prefix}:${milestoneId}@${dueDate}`;
}

export function checkInItem(collaborationId: number, arrivedOn: string): string {
  return `checkin:${collaborationId}@${arrivedOn}`;
}

/** Dates to notice are never "met": they stay until they age out of view. */
export const isDateToNotice = (item: string) => item.startsWith('date:');

/** The deadline a reminder is about, if it is about one. */
export function reminderMilestoneId(item: string): number | null {
  const match = /^(?:milestone|date):(\d+)@/.exec(item);
  return match ? Number(match[1]) : null;
}
