import type { TemplateKind } from '../outreach/kinds';
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
