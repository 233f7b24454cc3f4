/** Calendar dates in the user's language; UTC so the date shown is the date stored. */

const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });

const monthTitle = format({ month: 'long', year: 'numeric' });
const dayHeading = format({ weekday: 'long', day: 'numeric', month: 'long' });
const fullDate = format({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const weekdayShort = format({ weekday: 'short' });
const weekdayLong = format({ weekday: 'long' });

/** "March 2026" for "2026-03". */
export const formatMonth = (month: string) => monthTitle.format(utc(`${month}-01`));

/** "Wednesday, 25 March" */
export const formatDayHeading = (date: string) => dayHeading.format(utc(date));

/** "Wednesday, 25 March 2026" */
export const formatFullDate = (date: string) => fullDate.format(utc(date));

/** Monday to Sunday; 2024-01-01 was a Monday. */
export const WEEKDAYS = Array.from({ length: 7 }, (_, i) => {
  const day = utc(`2024-01-0${i + 1}`);
  return { short: weekdayShort.format(day), long: weekdayLong.format(day), weekend: i >= 5 };
});
