import { TEMPLATE_KINDS, type TemplateKind } from '../outreach/kinds';
import type { FollowUp } from './followUpSchema';
import { isOneOf } from '../oneOf';
import { reminderMilestoneId } from '../reminders/items';
import type { ReminderKind } from '../reminders/schemas';

/*
 * Which message answers a reminder about the creator (DOMAIN "Follow-up ladder"), so "Follow up"
 * opens the composer on the template that fits it, filled, rather than on the stage's suggestion.
 * Reminders of dates the brand only notices (licence, live time) are not followed up by a message.
 */
export const FOLLOW_UP_TEMPLATE: Record<ReminderKind, TemplateKind | null> = {
  due_soon: 'deadline_reminder',
  due_today: 'deadline_reminder',
  overdue: 'gentle_pressure',
  sla_breached: 'warm_checkin',
  gifting_followup: 'did_it_arrive',
  check_in: 'check_in',
  licence_expiring: null,
  min_live_end: null,
};

/** The template a reminder's "Follow up" opens; only the creator's obligations are followed up. */
export function followUpTemplate(reminder: { kind: ReminderKind; party: 'creator' | 'brand' | null }): TemplateKind | null {
  return reminder.party === 'creator' ? FOLLOW_UP_TEMPLATE[reminder.kind] : null;
}

// The type is the schema's (one definition), re-exported beside the names it is made of.
export type { FollowUp };

/** A reminder's follow-up; none for the brand's own duties, or for a summary of several (no kind). */
export function followUpOf(reminder: { kind: ReminderKind | null; party: 'creator' | 'brand' | null; item: string | null }): FollowUp | null {
  if (reminder.kind === null || reminder.item === null) return null;
  const template = followUpTemplate({ kind: reminder.kind, party: reminder.party });
  return template ? { template, milestoneId: reminderMilestoneId(reminder.item) } : null;
}

/** A follow-up in an address (`#/board/12/messages/deadline_reminder@34`), so a new window can start on it too. */
export function followUpSegment(f: FollowUp): string {
  return f.milestoneId === null ? f.template : `${f.template}@${f.milestoneId}`;
}

/** The follow-up an address names; the same checks as the `FollowUp` schema, without loading it. */
export function parseFollowUpSegment(segment: string | undefined): FollowUp | null {
  const [template, milestone, ...rest] = (segment ?? '').split('@');
  if (rest.length > 0 || !isOneOf(TEMPLATE_KINDS, template)) return null;
  if (milestone === undefined) return { template, milestoneId: null };
  const id = Number(milestone);
  return /^[1-9]\d*$/.test(milestone) && Number.isSafeInteger(id) ? { template, milestoneId: id } : null;
}
