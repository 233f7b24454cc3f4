/** Calendar dates in the interface's language; UTC so the date shown is the date stored. */

import { currentIntlTag } from '../../i18n';

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

const OPTIONS = {
  monthTitle: { month: 'long', year: 'numeric' },
  dayHeading: { weekday: 'long', day: 'numeric', month: 'long' },
  fullDate: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  weekdayShort: { weekday: 'short' },
  weekdayLong: { weekday: 'long' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Formatters are costly to make and the grid asks for hundreds of dates; one per language and shape.
const formatters = new Map<string, Intl.DateTimeFormat>();
function format(shape: keyof typeof OPTIONS, date: Date): string {
  const tag = currentIntlTag();
  const key = `${tag} ${shape}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(tag, { ...OPTIONS[shape], timeZone: 'UTC' })));
  return formatter.format(date);
}

/** "March 2026" for "2026-03". */
export const formatMonth = (month: string) => format('monthTitle', utc(`${month}-01`));

/** "Wednesday 25 March" */
export const formatDayHeading = (date: string) => format('dayHeading', utc(date));

/** "Wednesday 25 March 2026" */
export const formatFullDate = (date: string) => format('fullDate', utc(date));

/** Monday to Sunday; 2024-01-01 was a Monday. */
export const weekdays = () =>
  Array.from({ length: 7 }, (_, i) => {
    const day = utc(`2024-01-0${i + 1}`);
    return { short: format('weekdayShort', day), long: format('weekdayLong', day), weekend: i >= 5 };
  });
