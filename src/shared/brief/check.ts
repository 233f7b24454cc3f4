import { z } from 'zod';
import { IsoDate } from '../fields';
import type { Region } from '../platforms';
import { datesInHolidays, HolidayKey } from '../regionalHolidays';
import type { BriefContent } from './schemas';

/*
 * The brief check: where delays usually start, said as codes and facts. The editor runs it on what
 * is being typed and the API on what is stored; each page words it in its reader's language.
 */

export const BriefWarning = z.discriminatedUnion('code', [
  z.object({ code: z.literal('no_length') }),
  /** Neither a contract in force nor the collaboration's own deadlines give the creator a date. */
  z.object({ code: z.literal('no_dates') }),
  z.object({ code: z.literal('no_selling_points') }),
  /** Nobody named to ask, and no way to reach anyone. */
  z.object({ code: z.literal('no_contact') }),
  z.object({
    code: z.literal('deadline_in_holidays'),
    /** The deadline, as stored: its key and name say it in the reader's language (deadlines/names). */
    key: z.string(),
    name: z.string(),
    dueDate: IsoDate,
    holiday: z.enum(HolidayKey),
    start: IsoDate,
    end: IsoDate,
  }),
]);
export type BriefWarning = z.infer<typeof BriefWarning>;
export type BriefWarningCode = BriefWarning['code'];

/** One of the creator's dates, as far as the check needs it. */
export interface CheckedDate {
  key: string;
  name: string;
  dueDate: string | null;
}

export interface BriefCheckFacts {
  /** The creator's dates; null for a campaign's brief, which has no creator and so no dates of its own. */
  dates: readonly CheckedDate[] | null;
  creatorRegion: Region | null;
}

const blank = (text: string) => text.trim() === '';

export function briefWarnings(brief: BriefContent, facts: BriefCheckFacts): BriefWarning[] {
  const out: BriefWarning[] = [];
  if (blank(brief.length)) out.push({ code: 'no_length' });
  if (facts.dates !== null && facts.dates.length === 0) out.push({ code: 'no_dates' });
  if (brief.mustSay.length === 0) out.push({ code: 'no_selling_points' });
  if (blank(brief.contactName) && blank(brief.contactDetail)) out.push({ code: 'no_contact' });
  for (const { item, window } of datesInHolidays(facts.creatorRegion, facts.dates ?? [])) {
    out.push({ code: 'deadline_in_holidays', key: item.key, name: item.name, dueDate: item.dueDate, holiday: window.key, start: window.start, end: window.end });
  }
  return out;
}
