import { z } from 'zod';

/** Field schemas shared by several entities, each with a message a marketer can act on. */

export const Id = z
  .number({ error: 'Expected a numeric id' })
  .int({ error: 'Expected a whole-number id' })
  .positive({ error: 'Expected a positive id' });

export const requiredText = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, { error: `Enter ${what}` })
    .max(max, { error: `Keep ${what} under ${max} characters` });

export const optionalText = (max: number) =>
  z.string({ error: 'Expected text' }).trim().max(max, { error: `Keep this under ${max} characters` });

export const Currency = z
  .string({ error: 'Enter a currency code' })
  .regex(/^[A-Z]{3}$/, { error: 'Use a three-letter currency code such as EUR, USD or CNY' });

/** Money is stored in integer minor units (cents) so sums and percentages never drift. */
export const MinorUnits = z
  .number({ error: 'Enter an amount' })
  .int({ error: 'Amounts are stored in cents; expected a whole number' })
  .min(0, { error: 'Amounts cannot be negative' })
  .max(1e13, { error: 'That amount is too large' });

function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A calendar date without a time (YYYY-MM-DD), interpreted in the brand's time zone. */
export const IsoDate = z
  .string({ error: 'Enter a date' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Use a date like 2026-03-22' })
  .refine(isRealDate, { error: 'That date does not exist' });

/**
 * A date a user types for a plan or a record: outside 2000–2100 it is a slip of the keyboard
 * (1901 for 2026), which is refused rather than stored as a date nobody meant.
 */
export const PlannedDate = IsoDate.refine((v) => v >= '2000-01-01' && v <= '2100-12-31', { error: 'Use a date between 2000 and 2100' });

/** A start that comes after its end: the issue, at the end's field, or null when they are in order. */
export function datesOutOfOrder(start: string | null | undefined, end: string | null | undefined, startName: string, endName: string): string | null {
  if (!start || !end || start <= end) return null;
  return `${endName} (${end}) cannot be before ${startName} (${start})`;
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
export const IsoDateTime = z.iso.datetime({ offset: true, error: 'Use a date and time like 2026-03-22T14:00:00Z' });

export const TimeZone = z.string({ error: 'Enter a time zone' }).refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return tz.length > 0;
    } catch {
      return false;
    }
  },
  { error: 'Unknown time zone; use a name like Europe/Amsterdam or America/New_York' },
);

// Checked part by part rather than by one nested pattern, which could backtrack on long input.
const isLanguageTag = (v: string) => {
  const [first, ...rest] = v.split('-');
  return /^[a-z]{2,3}$/.test(first ?? '') && rest.length <= 4 && rest.every((p) => /^[A-Za-z0-9]{2,8}$/.test(p));
};
export const Language = z
  .string({ error: 'Enter a language code' })
  .refine(isLanguageTag, { error: 'Use a language code such as en, zh or nl' });

export const Email = z.email({ error: 'Enter a valid email address, like name@example.com' });
