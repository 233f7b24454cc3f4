import { z } from 'zod';
import { problem } from '../i18n/problems';

/** What may notify, how early, and when to keep quiet (Settings → Reminders). */

export const REMINDER_GROUPS = ['creatorDeadlines', 'brandDuties', 'replySla', 'usageDates', 'gifting', 'checkIns'] as const;
export const ReminderGroup = z.enum(REMINDER_GROUPS);
export type ReminderGroup = z.infer<typeof ReminderGroup>;

export const REMINDER_GROUP_LABELS: Record<ReminderGroup, string> = {
  creatorDeadlines: "Creators' deadlines",
  brandDuties: 'Your own duties (deposit, review, balance)',
  replySla: 'No reply within the agreed time',
  usageDates: 'Usage licence and minimum live time',
  gifting: 'Gifting follow-ups (day 7, 10, 14)',
  checkIns: 'Check-ins while the content is made',
};

const OnOff = z.boolean({ error: problem('field.onOff') });

const ClockTime = z
  .string({ error: problem('field.clockTimeMissing') })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: problem('field.clockTimeFormat') });

export const QuietHours = z
  .strictObject({ from: ClockTime, to: ClockTime })
  .refine((q) => q.from !== q.to, { error: problem('field.quietSame') });
export type QuietHours = z.infer<typeof QuietHours>;

export const LeadHours = z
  .array(
    z
      .number({ error: problem('field.leadHoursMissing') })
      .int({ error: problem('field.leadHoursWhole') })
      .min(1, { error: problem('field.leadHoursMin') })
      .max(24 * 14, { error: problem('field.leadHoursMax') }),
  )
  .max(4, { error: problem('field.leadHoursCount') })
  .transform((hours) => [...new Set(hours)].sort((a, b) => b - a));

const ALL_GROUPS_ON = Object.fromEntries(REMINDER_GROUPS.map((g) => [g, true])) as Record<ReminderGroup, boolean>;

/** Every group's switch; a group added after the settings were saved (or exported) starts on. */
const Groups = z.partialRecord(ReminderGroup, OnOff).transform((given): Record<ReminderGroup, boolean> => ({ ...ALL_GROUPS_ON, ...given }));

export const NotifySettings = z.strictObject({
  groups: Groups,
  /** How long before a deadline to remind, besides "due today" and "overdue". */
  leadHours: LeadHours,
  /** No pop-ups between these times (brand's zone); reminders wait in the bell. Null: never quiet. */
  quietHours: QuietHours.nullable(),
  /** Closing the window keeps Followthrough in the tray so reminders still arrive (desktop app). */
  closeToTray: OnOff,
  openAtLogin: OnOff,
});
export type NotifySettings = z.infer<typeof NotifySettings>;

/** A change to some reminder settings; groups not named keep their value. */
export const NotifySettingsUpdate = NotifySettings.partial().extend({
  groups: z.partialRecord(ReminderGroup, OnOff).optional(),
});

export const DEFAULT_NOTIFY: NotifySettings = {
  groups: ALL_GROUPS_ON,
  leadHours: [48, 24],
  quietHours: { from: '21:00', to: '08:00' },
  closeToTray: true,
  openAtLogin: false,
};

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Whether a local wall-clock time (HH:mm) falls in the quiet hours; they may span midnight. */
export function isQuietAt(localTime: string, quiet: QuietHours | null): boolean {
  if (quiet === null) return false;
  const t = minutesOf(localTime);
  const from = minutesOf(quiet.from);
  const to = minutesOf(quiet.to);
  return from < to ? t >= from && t < to : t >= from || t < to;
}
