import { IconAlertTriangle, IconCalendarDue, IconClock, IconEye, IconGift, IconLicense, IconMessageCircle, IconMessageOff, type Icon } from '@tabler/icons-react';
import type { ReminderKind } from '../../../../shared/reminders/schemas';

/** How urgent each kind of reminder looks, so a long list can be scanned by colour. */
export const KIND_STYLE: Record<ReminderKind, { icon: Icon; color: string }> = {
  overdue: { icon: IconAlertTriangle, color: 'red' },
  sla_breached: { icon: IconMessageOff, color: 'red' },
  due_today: { icon: IconClock, color: 'orange' },
  due_soon: { icon: IconCalendarDue, color: 'yellow' },
  licence_expiring: { icon: IconLicense, color: 'grape' },
  min_live_end: { icon: IconEye, color: 'blue' },
  gifting_followup: { icon: IconGift, color: 'pink' },
  // Nothing is late: a friendly nudge, not an alarm.
  check_in: { icon: IconMessageCircle, color: 'teal' },
};
