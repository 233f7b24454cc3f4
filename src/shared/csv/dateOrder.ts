import { format, isValid, parse } from 'date-fns';
import { z } from 'zod';
import { problem } from '../i18n/problems';

/*
 * The order of day, month and year in a file's dates. A spreadsheet writes them in its own
 * locale (30/11/2026 in Europe, 11/30/2026 in the US); the user says which, and each date is read
 * by that order only, never by trying one after another.
 */

export const DATE_ORDERS = ['yyyy-mm-dd', 'dd/mm/yyyy', 'm/d/yyyy'] as const;
export const DateOrder = z.enum(DATE_ORDERS, { error: problem('field.dateOrder') });
export type DateOrder = z.infer<typeof DateOrder>;

const PATTERNS: Record<DateOrder, string> = { 'yyyy-mm-dd': 'yyyy-MM-dd', 'dd/mm/yyyy': 'dd/MM/yyyy', 'm/d/yyyy': 'M/d/yyyy' };
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A day typed in the file's order, as yyyy-mm-dd; null when it is not one in that order. */
export function readDay(text: string, order: DateOrder): string | null {
  if (order === 'yyyy-mm-dd' ? !/^\d{4}-\d{2}-\d{2}$/.test(text) : !SLASHED.test(text)) return null;
  const day = parse(text, PATTERNS[order], new Date(2000, 0, 1));
  return isValid(day) ? format(day, 'yyyy-MM-dd') : null;
}

export const looksLikeDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) || SLASHED.test(text);

/**
 * The order the file's dates can only be in, or null when they fit several (all days ≤ 12) or
 * none. A first number above 12 means day first; a second above 12, month first.
 */
export function guessDateOrder(values: Iterable<string>): DateOrder | null {
  let iso = false;
  let dayFirst = false;
  let monthFirst = false;
  let slashed = false;
  for (const value of values) {
    const text = value.trim();
    if (/^\d{4}-\d{2}-\d{2}/.test(text)) iso = true;
    const m = SLASHED.exec(text);
    if (!m) continue;
    slashed = true;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (slashed) return dayFirst === monthFirst ? null : dayFirst ? 'dd/mm/yyyy' : 'm/d/yyyy';
  return iso ? 'yyyy-mm-dd' : null;
}
