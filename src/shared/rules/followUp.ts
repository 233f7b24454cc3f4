import { z } from 'zod';
import { Id } from '../fields';
import { TemplateKind } from '../outreach/kinds';
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
  licence_expiring: null,
  min_live_end: null,
};

/** The template a reminder's "Follow up" opens; only the creator's obligations are followed up. */
export function followUpTemplate(reminder: { kind: ReminderKind; party: 'creator' | 'brand' | null }): TemplateKind | null {
  return reminder.party === 'creator' ? FOLLOW_UP_TEMPLATE[reminder.kind] : null;
}

/** What "Follow up" opens: a kind of message, about one deadline when the reminder was about one. */
export const FollowUp = z.object({ template: TemplateKind, milestoneId: Id.nullable() });
export type FollowUp = z.infer<typeof FollowUp>;

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

export function parseFollowUpSegment(segment: string | undefined): FollowUp | null {
  const [template, milestone, ...rest] = (segment ?? '').split('@');
  if (rest.length > 0 || (milestone !== undefined && !/^\d+$/.test(milestone))) return null;
  const parsed = FollowUp.safeParse({ template, milestoneId: milestone === undefined ? null : Number(milestone) });
  return parsed.success ? parsed.data : null;
}
