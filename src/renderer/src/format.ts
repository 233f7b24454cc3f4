import { differenceInCalendarDays, differenceInHours } from 'date-fns';
import { formatFullInstantInZone, formatIsoDate } from '../../shared/dates';
import { appNow } from './clock';

import { formatMoney as formatMoneyIn } from '../../shared/money';
import { currentIntlTag, i18n } from './i18n';

/** An amount in the interface's language ("€1,250.50", "1.250,50 €", "€1,250.50" in Chinese). */
export const formatMoney = (minor: number, currency: string): string => formatMoneyIn(minor, currency, currentIntlTag());

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** A word's first characters as a person sees them: an emoji, a flag or an accented letter stays whole. */
const firstGraphemes = (word: string, count: number) => Array.from(graphemes.segment(word), (s) => s.segment).slice(0, count).join('');

/** "MC" for Mia Chen, "李" for 李娜, a whole "👩‍🍳" for a name that starts with one. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const letters = parts.length > 1 ? firstGraphemes(parts[0]!, 1) + firstGraphemes(parts[parts.length - 1]!, 1) : firstGraphemes(parts[0]!, 2);
  return letters.toUpperCase();
}

/**
 * "3 h", "5 d" ("3 小时", "5 天"): how long a card has sat in its stage. Intl's narrow units read
 * "3h" in English, so the short forms are the catalog's.
 */
export function stageAge(sinceIso: string, now: Date = appNow()): string {
  const since = new Date(sinceIso);
  const hours = Math.max(0, differenceInHours(now, since));
  if (hours < 24) return i18n.t('board:age.hours', { count: hours });
  return i18n.t('board:age.days', { count: Math.max(1, differenceInCalendarDays(now, since)) });
}

// One format for dates everywhere: the pages use the same helpers as the reminders and the printouts
// the app writes ("21 Nov 2026"), in the computer's time zone.
const localZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;

export function formatDateTime(iso: string): string {
  return formatFullInstantInZone(iso, localZone, currentIntlTag());
}

/** A calendar date (YYYY-MM-DD) shown as that same date everywhere, whatever the time zone. */
export function formatDate(isoDate: string): string {
  return formatIsoDate(isoDate, currentIntlTag());
}

export function formatCount(n: number): string {
  return new Intl.NumberFormat(currentIntlTag(), { notation: n >= 10_000 ? 'compact' : 'standard' }).format(n);
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
function relativeFormat(): Intl.RelativeTimeFormat {
  const tag = currentIntlTag();
  let format = relativeFormats.get(tag);
  if (!format) relativeFormats.set(tag, (format = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' })));
  return format;
}

/** "now", "5 minutes ago", "yesterday": how long ago something happened. */
export function timeAgo(iso: string, now: Date = appNow()): string {
  const then = new Date(iso);
  // A page clock slightly behind the app's must not say "in 2 seconds".
  const minutes = Math.max(0, Math.floor((now.getTime() - then.getTime()) / 60_000));
  const relative = relativeFormat();
  if (minutes < 1) return relative.format(0, 'second');
  if (minutes < 60) return relative.format(-minutes, 'minute');
  if (minutes < 24 * 60) return relative.format(-Math.floor(minutes / 60), 'hour');
  const days = Math.max(1, differenceInCalendarDays(now, then));
  if (days < 30) return relative.format(-days, 'day');
  if (days < 365) return relative.format(-Math.floor(days / 30), 'month');
  return relative.format(-Math.floor(days / 365), 'year');
}

/** "in 5 minutes", "tomorrow": how long until something is due; "now" once its time has come. */
export function timeUntil(iso: string, now: Date = appNow()): string {
  const then = new Date(iso);
  const minutes = Math.max(0, Math.ceil((then.getTime() - now.getTime()) / 60_000));
  const relative = relativeFormat();
  if (minutes < 1) return relative.format(0, 'second');
  if (minutes < 60) return relative.format(minutes, 'minute');
  if (minutes < 24 * 60) return relative.format(Math.floor(minutes / 60), 'hour');
  return relative.format(Math.max(1, differenceInCalendarDays(then, now)), 'day');
}

/**
 * How a number field groups and splits an amount in the interface's language: "2.500,50" in
 * Dutch, "2,500.50" in English and Chinese. A Dutch marketer's "2.500" is then two thousand five
 * hundred, not two and a half.
 */
export function numberSeparators(tag: string = currentIntlTag()): { thousandSeparator: string; decimalSeparator: string } {
  const parts = new Intl.NumberFormat(tag, { useGrouping: 'always' }).formatToParts(12345.6);
  return {
    thousandSeparator: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimalSeparator: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

/** A creator's language by its name in the interface's language ("日语" for ja in Chinese); the tag if Intl does not know it. */
export function languageName(tag: string, inTag: string = currentIntlTag()): string {
  try {
    return new Intl.DisplayNames([inTag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
