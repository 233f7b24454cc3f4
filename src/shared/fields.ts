import { z } from 'zod';
import { problem } from './i18n/problems';

/** Field schemas shared by several entities, each with a message a marketer can act on. */

export const Id = z
  .number({ error: problem('field.idNumber') })
  .int({ error: problem('field.idWhole') })
  .positive({ error: problem('field.idPositive') });

/** The things a form asks for by name; the errors catalog words each in every language. */
export const TEXT_NAMES = ['handle', 'name', 'campaignName', 'note', 'said', 'shipped', 'reason', 'templateName', 'messageText', 'messageSent', 'withdrawReason', 'issue', 'mediationStep', 'due'] as const;
export type TextName = (typeof TEXT_NAMES)[number];

/** Text that must be there, refused by the name of what is missing (`field.enter`). */
export const enterText = (what: TextName, max: number) =>
  z
    .string({ error: problem('field.enter', { what }) })
    .trim()
    .min(1, { error: problem('field.enter', { what }) })
    .max(max, { error: problem('field.keepUnder', { what, max }) });

export const optionalText = (max: number) =>
  z.string({ error: problem('field.textExpected') }).trim().max(max, { error: problem('field.keepThisUnder', { max }) });

export const Currency = z
  .string({ error: problem('field.currencyMissing') })
  .regex(/^[A-Z]{3}$/, { error: problem('field.currencyFormat') });

/** Money is stored in integer minor units (cents) so sums and percentages never drift. */
export const MinorUnits = z
  .number({ error: problem('field.amountMissing') })
  .int({ error: problem('field.amountWhole') })
  .min(0, { error: problem('field.amountNegative') })
  .max(1e13, { error: problem('field.amountTooLarge') });

function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A calendar date without a time (YYYY-MM-DD), interpreted in the brand's time zone. */
export const IsoDate = z
  .string({ error: problem('field.dateMissing') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: problem('field.dateFormat') })
  .refine(isRealDate, { error: problem('field.dateUnreal') });

/**
 * A date a user types for a plan or a record: outside 2000–2100 it is a slip of the keyboard
 * (1901 for 2026), which is refused rather than stored as a date nobody meant.
 */
export const PlannedDate = IsoDate.refine((v) => v >= '2000-01-01' && v <= '2100-12-31', { error: problem('field.dateRange') });

/** A start that comes after its end: the issue, at the end's field, or null when they are in order. */
export function datesOutOfOrder(start: string | null | undefined, end: string | null | undefined, which: 'endDate' | 'publishBy'): string | null {
  if (!start || !end || start <= end) return null;
  return problem('field.dateBefore', { which, start, end });
}

type DateIssue = (start: string | null | undefined, end: string | null | undefined) => string | null;
const isDateText = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * A refinement (arguments for superRefine) that puts `issue`'s sentence on the end field when two
 * dates are out of order. It runs whenever both dates are there, also when another field is wrong,
 * so a form names every problem at once.
 */
export function dateOrderCheck<S extends string, E extends string>(start: S, end: E, issue: DateIssue) {
  const check = (v: Partial<Record<S | E, string | null>>, ctx: z.RefinementCtx) => {
    const problem = issue(v[start], v[end]);
    if (problem) ctx.addIssue({ code: 'custom', path: [end], message: problem });
  };
  const when = (payload: { value: unknown }) => {
    const v = payload.value as Record<string, unknown> | null;
    return typeof v === 'object' && v !== null && isDateText(v[start]) && isDateText(v[end]);
  };
  return [check, { when }] as const;
}

/** An instant, always with an offset so it means the same thing everywhere. */
export const IsoDateTime = z.iso.datetime({ offset: true, error: problem('field.dateTimeFormat') });

export const TimeZone = z.string({ error: problem('field.timeZoneMissing') }).refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return tz.length > 0;
    } catch {
      return false;
    }
  },
  { error: problem('field.timeZoneUnknown') },
);

// Checked part by part rather than by one nested pattern, which could backtrack on long input.
const isLanguageTag = (v: string) => {
  const [first, ...rest] = v.split('-');
  return /^[a-z]{2,3}$/.test(first ?? '') && rest.length <= 4 && rest.every((p) => /^[A-Za-z0-9]{2,8}$/.test(p));
};
export const Language = z
  .string({ error: problem('field.languageMissing') })
  .refine(isLanguageTag, { error: problem('field.languageFormat') });

export const Email = z.email({ error: problem('field.emailFormat') });
