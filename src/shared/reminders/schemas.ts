import { z } from 'zod';
import { problem } from '../i18n/problems';
import { Id, IsoDate, IsoDateTime } from '../fields';
import { Party } from '../contract/schedule';
import { ReminderFacts } from './facts';
import { ReminderGroup } from './settings';

/** What the scheduler finds due, what it fired, and the API around the notification centre. */

export const REMINDER_KINDS = [
  'due_soon', // occurrence: the lead time in hours (48, 24 …)
  'due_today',
  'overdue', // occurrence: days late, so it reminds once a day
  'sla_breached',
  'licence_expiring', // occurrence: days left (14, 3, 0)
  'min_live_end',
  'gifting_followup', // occurrence: days since the gift arrived (7, 10, 14)
  'check_in', // occurrence: days from the product's arrival to the check-in's day (rules/checkIn)
] as const;
export const ReminderKind = z.enum(REMINDER_KINDS);
export type ReminderKind = z.infer<typeof ReminderKind>;

export const DueItem = z.object({
  /** The obligation: `milestone:12`, `sla:5:<since>`, `gifting:5`, `checkin:5@<arrived on>`. */
  item: z.string(),
  kind: ReminderKind,
  occurrence: z.number().int(),
  group: ReminderGroup,
  collaborationId: Id,
  party: Party,
  dueAt: IsoDateTime,
  /** What its words need; the page and the shell say them in the brand's language (words.ts). */
  facts: ReminderFacts,
});
export type DueItem = z.infer<typeof DueItem>;

export const NotificationRecord = z.object({
  id: Id,
  item: z.string(),
  kind: ReminderKind,
  occurrence: z.number().int(),
  collaborationId: Id.nullable(),
  /** Null only for reminders fired before the party was recorded and whose milestone is gone. */
  party: Party.nullable(),
  facts: ReminderFacts,
  dueAt: IsoDateTime,
  firedAt: IsoDateTime,
  /** When it popped up (tray or page); null while held by quiet hours or folded into a summary. */
  shownAt: IsoDateTime.nullable(),
  acknowledgedAt: IsoDateTime.nullable(),
  snoozedUntil: IsoDateTime.nullable(),
  /** A newer reminder for the same obligation replaced it, or the obligation was met. */
  closedAt: IsoDateTime.nullable(),
});
export type NotificationRecord = z.infer<typeof NotificationRecord>;

export const NotificationList = z.object({
  /** Open, unacknowledged and not snoozed: the number on the bell. */
  unread: z.number().int().min(0),
  items: z.array(NotificationRecord),
});
export type NotificationList = z.infer<typeof NotificationList>;

export const NotificationListInput = z.strictObject({
  /** Also the acknowledged, snoozed and closed ones (newest first). */
  all: z.boolean({ error: problem('field.booleanExpected') }).default(false),
  limit: z
    .number({ error: problem('field.numberMissing') })
    .int({ error: problem('field.wholeNumber') })
    .min(1, { error: problem('field.atLeast1') })
    .max(500, { error: problem('field.notificationsPerPage') })
    .default(100),
  asOf: IsoDateTime.optional(),
});

const Ids = z
  .array(Id, { error: problem('field.notificationIds') })
  .min(1, { error: problem('field.notificationIdMin') })
  .max(1000, { error: problem('field.notificationsAtOnce') });

export const NotificationAckInput = z.strictObject({ ids: Ids });
export const NotificationSnoozeInput = z.strictObject({
  ids: Ids,
  /** Until when; default one day from now. */
  until: IsoDateTime.optional(),
});
export const NotificationChangeResult = z.object({ changed: z.number().int().min(0) });

export const DueInput = z.strictObject({ asOf: IsoDateTime.optional() });
/** A check records what fired and when, so it runs at the app's own "now" only. */
export const CheckInput = z.strictObject({
  asOf: z.never({ error: problem('field.checkNow') }).optional(),
});
export const AckAllInput = z.strictObject({});

/** Several reminders popped up as one: how many of each kind, as of which day. */
export const PopSummary = z.object({
  /** They piled up while the app was closed or the laptop slept. */
  caughtUp: z.boolean(),
  counts: z.array(z.object({ kind: ReminderKind, count: z.number().int().min(1) })),
  /** The brand's day when they popped up. */
  asOf: IsoDate,
});
export type PopSummary = z.infer<typeof PopSummary>;

/** One pop-up: a single reminder, or one summary standing for several. */
export const Pop = z.object({
  collaborationId: Id.nullable(),
  /** The single reminder's party, kind and obligation (see items.ts); null for a summary. */
  party: Party.nullable(),
  kind: ReminderKind.nullable(),
  item: z.string().nullable(),
  occurrence: z.number().int().nullable(),
  facts: ReminderFacts.nullable(),
  /** Null for a single reminder. */
  summary: PopSummary.nullable(),
  notificationIds: z.array(Id),
});
export type Pop = z.infer<typeof Pop>;

export const TickResult = z.object({
  at: IsoDateTime,
  fired: z.number().int().min(0),
  closed: z.number().int().min(0),
  quiet: z.boolean(),
  pops: z.array(Pop),
});
export type TickResult = z.infer<typeof TickResult>;

export const NextDeadline = z.object({
  collaborationId: Id,
  creatorName: z.string(),
  key: z.string(),
  name: z.string(),
  party: Party,
  dueDate: IsoDate,
  dueAt: IsoDateTime,
  overdue: z.boolean(),
});
export type NextDeadline = z.infer<typeof NextDeadline>;

/** Counts for the tray and the bell, and the next few open deadlines (overdue first). */
export const ReminderCounts = z.object({
  overdue: z.number().int().min(0),
  dueToday: z.number().int().min(0),
  /** Open deadlines due from now to the end of the 7th day, today included. */
  dueThisWeek: z.number().int().min(0),
  unread: z.number().int().min(0),
  next: z.array(NextDeadline),
});
export type ReminderCounts = z.infer<typeof ReminderCounts>;
