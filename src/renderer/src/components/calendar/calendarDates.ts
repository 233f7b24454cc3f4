import { addCalendarDays } from '../../../../shared/dates';

/*
 * Months and weeks of the calendar, on plain YYYY-MM-DD strings: a due date is a date in the
 * brand's time zone, so it is never turned into an instant of the computer's zone.
 */

/** "2026-03" → "2026-05" for +2. */
export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** 0 for Monday … 6 for Sunday: weeks start on Monday. */
export function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The weeks that show a month, Monday to Sunday, including the days of the months around it. */
export function monthWeeks(month: string): string[][] {
  const first = `${month}-01`;
  const last = addCalendarDays(`${shiftMonth(month, 1)}-01`, -1);
  const weeks: string[][] = [];
  for (let start = addCalendarDays(first, -weekdayIndex(first)); start <= last; start = addCalendarDays(start, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addCalendarDays(start, i)));
  }
  return weeks;
}

export const inMonth = (date: string, month: string) => date.startsWith(`${month}-`);
