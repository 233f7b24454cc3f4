import { z } from 'zod';
import { DeadlineStatus } from './contract/schemas';
import { DeadlineKind, Party } from './contract/schedule';
import { Id, IsoDate, IsoDateTime } from './fields';
import { problem } from './i18n/problems';

/** Every dated obligation across collaborations, for the Calendar page and the .ics export. */

const Filters = {
  campaignId: Id.optional(),
  creatorId: Id.optional(),
};

export const CalendarInput = z
  .strictObject({
    from: IsoDate,
    to: IsoDate,
    ...Filters,
    /** Only what is still open (the "Due this week" view). */
    openOnly: z.boolean({ error: problem('field.booleanExpected') }).default(false),
    asOf: IsoDateTime.optional(),
  })
  .refine((r) => r.from <= r.to, { error: problem('field.calendarOrder'), path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 400 * 86_400_000, {
    error: problem('field.calendarSpan'),
    path: ['to'],
  });
export type CalendarInput = z.input<typeof CalendarInput>;

export const CalendarEntry = z.object({
  id: Id,
  collaborationId: Id,
  creatorId: Id,
  creatorName: z.string(),
  campaignId: Id.nullable(),
  campaignName: z.string().nullable(),
  key: z.string(),
  name: z.string(),
  party: Party,
  kind: DeadlineKind,
  dueDate: IsoDate,
  dueAt: IsoDateTime,
  /** The contract's own date, when an amendment moved it. */
  originalDueDate: IsoDate.nullable(),
  deliveredOn: IsoDate.nullable(),
  status: DeadlineStatus,
  daysLate: z.number().int().min(0),
});
export type CalendarEntry = z.infer<typeof CalendarEntry>;

export const CalendarIcsInput = z.strictObject({ ...Filters, asOf: IsoDateTime.optional() });
export const CalendarIcs = z.object({ filename: z.string(), content: z.string() });
export type CalendarIcs = z.infer<typeof CalendarIcs>;

/*
 * The live calendar feed: a webcal:// address on this computer that calendar apps subscribe to.
 * `problem` says why it is not served right now: another program holds its port, or the app has
 * not started it (yet).
 */
export const CalendarFeedProblem = z.enum(['port_in_use', 'not_running']);
export type CalendarFeedProblem = z.infer<typeof CalendarFeedProblem>;
export const CalendarFeed = z.object({
  /** For calendar apps: webcal://127.0.0.1:PORT/calendar/TOKEN.ics */
  webcalUrl: z.string(),
  /** The same feed over http://, for apps that ask for a plain address. */
  httpUrl: z.string(),
  port: z.number().int(),
  problem: CalendarFeedProblem.nullable(),
});
export type CalendarFeed = z.infer<typeof CalendarFeed>;
