import { z } from 'zod';
import { IsoDate, IsoDateTime } from '../fields';

/**
 * What a reminder's words need, and nothing said yet: the page and the shell make the sentence in
 * the brand's language (words.ts). Counts are those of the day it fired, as the reminder said then.
 */
export const ReminderFacts = z.object({
  creatorName: z.string(),
  /** The deadline's name as the brand or the contract wrote it; null for a reply owed or a gift's post. */
  subject: z.string().nullable(),
  /** The deadline's key, so a name Followthrough gave it is said in the reader's language (absent in reminders from before it was kept). */
  subjectKey: z.string().nullish(),
  dueDate: IsoDate,
  /** Calendar days from the day it fired to the due date (due soon, licence ending); negative once passed. */
  daysLeft: z.number().int().nullable(),
  /** Days from the gift's arrival to the day it fired (gift follow-up). */
  daysSinceGift: z.number().int().nullable(),
  /** When the message still waiting for a reply was sent (reply owed). */
  messageSentAt: IsoDateTime.nullable(),
  /** The day the product arrived (check-in; absent for the other kinds). */
  arrivedOn: IsoDate.nullish(),
  /** The day of the last message either way since it arrived, null when none (check-in; absent for the other kinds). */
  lastContactOn: IsoDate.nullish(),
});
export type ReminderFacts = z.infer<typeof ReminderFacts>;
