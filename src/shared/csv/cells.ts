import { startOfDateInZone } from '../dates';
import { currencyDigits } from '../money';

/*
 * Reading and writing single cells. Spreadsheets write numbers with thousands separators and
 * sometimes a currency sign; anything else is refused with the reason, never guessed at.
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

const THOUSANDS = /^\d{1,3}(?:[,\u00a0\u202f ]\d{3})+$/;

/** A whole, non-negative number: "12400", "12,400" or "12 400"; empty is unknown (null). */
export function parseCount(raw: string): Cell<number | null> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  if (!/^\d+$/.test(text) && !THOUSANDS.test(text)) return bad(`“${text}” is not a whole number`);
  const value = Number(text.replace(/[^\d]/g, ''));
  return Number.isSafeInteger(value) ? { ok: true, value } : bad(`“${text}” is too large`);
}

/** An amount in the currency's major units ("1,250.50", "€80"), as minor units; empty is null. */
export function parseMoney(raw: string, currency: string): Cell<number | null> {
  const text = raw.trim().replace(/^[€$£¥]\s*/, '').replace(/\s*(?:EUR|USD|GBP|CNY|JPY)$/i, '');
  if (text === '') return { ok: true, value: null };
  const match = /^(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(text);
  if (!match) return bad(`“${raw.trim()}” is not an amount (write it like 1250.50)`);
  const digits = currencyDigits(currency);
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return bad(`“${raw.trim()}” has more decimals than ${currency} has`);
  const minor = Number(match[1]!.replace(/,/g, '')) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? { ok: true, value: minor } : bad(`“${raw.trim()}” is too large`);
}

/** A date (the start of that day in the brand's zone) or a date and time; as a UTC instant. */
export function parseWhen(raw: string, timeZone: string): Cell<string | null> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = new Date(`${text}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) return bad(`“${text}” is not a date`);
    return { ok: true, value: startOfDateInZone(text, timeZone) };
  }
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(text)) {
    const date = new Date(text.replace(' ', 'T'));
    if (!Number.isNaN(date.getTime())) return { ok: true, value: date.toISOString() };
  }
  return bad(`“${text}” is not a date: write it as 2026-03-22 or 2026-03-22T14:00:00Z`);
}
