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

/** "12,400", "1 234 567": digit groups of three after the first, each part checked on its own. */
function isGrouped(text: string, separators: RegExp): boolean {
  const groups = text.split(separators);
  return groups.length > 1 && /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** A whole, non-negative number: "12400", "12,400" or "12 400"; empty is unknown (null). */
export function parseCount(raw: string): Cell<number | null> {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null };
  if (!/^\d+$/.test(text) && !isGrouped(text, /[,\u00a0\u202f ]/)) return bad(`“${text}” is not a whole number`);
  const value = Number(text.replace(/[^\d]/g, ''));
  return Number.isSafeInteger(value) ? { ok: true, value } : bad(`“${text}” is too large`);
}

/** An amount in the currency's major units ("1,250.50", "€80"), as minor units; empty is null. */
export function parseMoney(raw: string, currency: string): Cell<number | null> {
  const text = raw.trim().replace(/^[€$£¥]\s*/, '').replace(/\s*(?:EUR|USD|GBP|CNY|JPY)$/i, '');
  if (text === '') return { ok: true, value: null };
  const [whole = '', fraction = '', ...more] = text.split('.');
  if (more.length > 0 || !(/^\d+$/.test(whole) || isGrouped(whole, /,/)) || !/^\d*$/.test(fraction) || (text.includes('.') && fraction === '')) {
    return bad(`“${raw.trim()}” is not an amount (write it like 1250.50)`);
  }
  const digits = currencyDigits(currency);
  if (fraction.length > digits) return bad(`“${raw.trim()}” has more decimals than ${currency} has`);
  const minor = Number(whole.replace(/,/g, '')) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
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
  // A date and a time with its offset: "2026-03-22T14:00Z", "2026-03-22 14:00:00.000+01:00".
  const zone = /(?:Z|[+-]\d{2}:?\d{2})$/.exec(text)?.[0];
  if (zone && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text) && /^(?:|:\d{2}|:\d{2}\.\d{1,9})$/.test(text.slice(16, text.length - zone.length))) {
    const date = new Date(text.replace(' ', 'T'));
    if (!Number.isNaN(date.getTime())) return { ok: true, value: date.toISOString() };
  }
  return bad(`“${text}” is not a date: write it as 2026-03-22 or 2026-03-22T14:00:00Z`);
}
