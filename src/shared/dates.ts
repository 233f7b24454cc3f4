import { TZDate } from '@date-fns/tz';

/*
 * The counting rules of a contract. Due dates are calendar dates (YYYY-MM-DD) in the brand's time
 * zone; date arithmetic runs on those strings through UTC so no DST shift can move a day. Only
 * the edges (an instant → its date in the zone, a date → the end of it) touch the time zone.
 */

const DAY_MS = 86_400_000;

function toUtcMs(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The calendar date an instant falls on in the given time zone. */
export function dateInZone(instant: Date | string, timeZone: string): string {
  const parts = formatter('isoDate', 'en-US', timeZone).formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The first millisecond of a date in the zone, as a UTC instant: numbers dated by day are read then. */
export function startOfDateInZone(date: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, 0, timeZone).getTime()).toISOString();
}

/** The last millisecond of a date in the zone, as a UTC instant: a milestone is due then. */
export function endOfDateInZone(date: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 23, 59, 59, 999, timeZone).getTime()).toISOString();
}

export function addCalendarDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = new Date(toUtcMs(date)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** The date `days` working days after `date` (the anchor day itself is never counted). */
export function addWorkingDays(date: string, days: number, holidays: ReadonlySet<string>): string {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current, holidays)) left -= 1;
  }
  return current;
}

export function addDays(date: string, days: number, count: 'calendar' | 'working', holidays: ReadonlySet<string>): string {
  return count === 'working' ? addWorkingDays(date, days, holidays) : addCalendarDays(date, days);
}

/** Whole calendar days after the due date; delivering on the due date (or earlier) is 0. */
export function daysLate(dueDate: string, deliveredOrAsOf: string): number {
  return Math.max(0, calendarDaysBetween(dueDate, deliveredOrAsOf));
}

/** A calendar date for people ("22 Mar 2026"), never shifted by the viewer's time zone. */
export function formatIsoDate(date: string, locale = 'en-GB'): string {
  return formatter('date', locale, 'UTC').format(new Date(`${date}T00:00:00Z`));
}

/** An instant as people read it in a zone ("3 Mar, 14:00"). */
export function formatInstantInZone(instant: string, timeZone: string, locale = 'en-GB'): string {
  return formatter('dayTime', locale, timeZone).format(new Date(instant));
}

/** An instant with its year, as a record needs it ("3 Mar 2026, 14:00"). */
export function formatFullInstantInZone(instant: string, timeZone: string, locale = 'en-GB'): string {
  return formatter('fullDayTime', locale, timeZone).format(new Date(instant));
}

/** The wall-clock time of an instant in a zone ("21:05"). */
export function clockTimeInZone(instant: Date, timeZone: string): string {
  return formatter('time', 'en-GB', timeZone).format(instant);
}

// Building an Intl.DateTimeFormat costs far more than using one; reminders format thousands of dates.
const FORMATS = {
  isoDate: { year: 'numeric', month: '2-digit', day: '2-digit' },
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  dayTime: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  fullDayTime: { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(format: keyof typeof FORMATS, locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${format}|${locale}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...FORMATS[format], timeZone });
    formatters.set(key, f);
  }
  return f;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "15 April 2026": a calendar date spelled out as a contract or a letter prints it, the same wherever it is read. */
export function formatLongDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d || m > 12) return isoDate;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
