import { startOfDateInZone } from '../dates';
import { currencyDigits } from '../money';
import { type DateOrder, looksLikeDay, readDay } from './dateOrder';
import { otherFormat, plainNumber, readNumber, type ReadNumber } from './numbers';
import type { NumberFormat } from './schemas';
import { problem, type ProblemParams } from '../i18n/problems';

/*
 * Reading and writing single cells. Spreadsheets write numbers with thousands separators and
 * sometimes a currency sign, in the file's number format; anything else is refused with the
 * reason, never guessed at.
 */

export type Cell<T> = { ok: true; value: T } | { ok: false; message: string };

const bad = (message: string): Cell<never> => ({ ok: false, message });

/** Export prefixes formula-like text with an apostrophe (spreadsheet injection); import drops it. */
export const fromCell = (raw: string | undefined): string => (raw ?? '').trim().replace(/^'(?=[=+\-@])/, '');

export function toCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * Why a cell is refused, and how it would read in the other number format when it does: the format
 * was chosen for the whole file, so a cell that fits only the other one is a question for the user.
 */
type Why = { why: 'notWhole' | 'notAmount' | 'tooManyDecimals' } & ProblemParams;

function refuse(text: string, reason: Why, format: NumberFormat, readsInOther: (n: ReadNumber) => boolean): Cell<never> {
  const other = otherFormat(format);
  const there = readNumber(text, other);
  if (there === null || !readsInOther(there)) return bad(problem(`field.cell.${reason.why}`, reason));
  return bad(problem('field.cell.otherFormat', { ...reason, format, other, value: plainNumber(there) }));
}

/** A whole, non-negative number: "12400", "12,400" or "12 400" (in 1,234.5); empty is unknown (null). */
export function parseCount(raw: string, format: NumberFormat): Cell<number | null> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  const n = readNumber(text, format);
  if (n === null || n.fraction !== '') return refuse(text, { why: 'notWhole', text }, format, (m) => m.fraction === '');
  const value = Number(n.whole);
  return Number.isSafeInteger(value) ? { ok: true, value } : bad(problem('field.cell.tooLarge', { text }));
}

const CURRENCY_SIGN = /^[€$£¥]\s*|\s*[€$£¥]$/g;
const CURRENCY_CODE = /\s*(?:EUR|USD|GBP|CNY|JPY)$/i;

/** An amount in the currency's major units ("1,250.50", "€80", "1.250,50 €"), as minor units; empty is null. */
export function parseMoney(raw: string, currency: string, format: NumberFormat): Cell<number | null> {
  const shown = raw.trim();
  const text = shown.replace(CURRENCY_SIGN, '').replace(CURRENCY_CODE, '');
  if (text === '') return { ok: true, value: null };
  const digits = currencyDigits(currency);
  const n = readNumber(text, format);
  if (n === null) {
    return refuse(text, { why: 'notAmount', text: shown, example: format === '1,234.5' ? '1250.50' : '1250,50' }, format, (m) => m.fraction.length <= digits);
  }
  if (n.fraction.length > digits) return refuse(text, { why: 'tooManyDecimals', text: shown, currency }, format, (m) => m.fraction.length <= digits);
  const minor = Number(n.whole) * 10 ** digits + Number(n.fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? { ok: true, value: minor } : bad(problem('field.cell.tooLarge', { text: shown }));
}

/**
 * A date (the start of that day in the brand's zone), read in the file's date order, or a date and
 * time with its offset; as a UTC instant.
 */
export function parseWhen(raw: string, timeZone: string, order: DateOrder = 'yyyy-mm-dd'): Cell<string | null> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  if (looksLikeDay(text)) {
    // A year-first date cannot be misread, whatever order the rest of the file uses.
    const day = readDay(text, order) ?? readDay(text, 'yyyy-mm-dd');
    if (day === null) return bad(problem('field.cell.notDateInOrder', { text, order }));
    return { ok: true, value: startOfDateInZone(day, timeZone) };
  }
  // A date and a time with its offset: "2026-03-22T14:00Z", "2026-03-22 14:00:00.000+01:00", and
  // as shop exports write it, "2026-03-22 14:00:00 +0100".
  const zone = /\s?(?:Z|[+-]\d{2}:?\d{2})$/.exec(text)?.[0];
  if (zone && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text) && /^(?:|:\d{2}|:\d{2}\.\d{1,9})$/.test(text.slice(16, text.length - zone.length))) {
    const offset = zone.trim().replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const date = new Date(`${text.slice(0, text.length - zone.length).replace(' ', 'T')}${offset}`);
    if (!Number.isNaN(date.getTime())) return { ok: true, value: date.toISOString() };
  }
  return bad(problem('field.cell.notDate', { text }));
}
