import { addCalendarDays } from './dates';
import type { Region } from './platforms';

/*
 * Windows in which creators of a region answer slowly (DOMAIN "Regional calendars"). These are
 * warnings for the draft, not working-day rules: those come from the brand's holiday list.
 */

/** Which holiday: words for it are made where it is shown. */
export const HolidayKey = ['christmas_new_year', 'lunar_new_year', 'golden_week'] as const;
export type HolidayKey = (typeof HolidayKey)[number];

export interface HolidayWindow {
  key: HolidayKey;
  start: string;
  end: string;
}

// Lunar New Year's Day; the lunar calendar has no simple formula worth trusting over a table.
const LUNAR_NEW_YEAR: Record<number, string> = {
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
};

const CHRISTMAS_REGIONS: ReadonlySet<Region> = new Set(['EU', 'UK', 'US', 'LATAM']);

function windowsOfYear(region: Region, year: number): HolidayWindow[] {
  const out: HolidayWindow[] = [];
  if (CHRISTMAS_REGIONS.has(region)) {
    out.push({ key: 'christmas_new_year', start: `${year}-12-20`, end: `${year + 1}-01-02` });
  }
  const lny = LUNAR_NEW_YEAR[year];
  if ((region === 'CN' || region === 'APAC') && lny) {
    out.push({ key: 'lunar_new_year', start: addCalendarDays(lny, -7), end: addCalendarDays(lny, 8) });
  }
  if (region === 'CN') out.push({ key: 'golden_week', start: `${year}-10-01`, end: `${year}-10-07` });
  return out;
}

/** The holiday window of the creator's region that contains the date, if any. */
export function holidayWindowAt(region: Region | null, date: string): HolidayWindow | null {
  if (region === null) return null;
  const year = Number(date.slice(0, 4));
  for (const y of [year - 1, year]) {
    for (const w of windowsOfYear(region, y)) if (w.start <= date && date <= w.end) return w;
  }
  return null;
}

/** The dated items that fall in a holiday window of the creator's region, each with its window. */
export function datesInHolidays<T extends { dueDate: string | null }>(region: Region | null, items: readonly T[]): { item: T & { dueDate: string }; window: HolidayWindow }[] {
  const out: { item: T & { dueDate: string }; window: HolidayWindow }[] = [];
  for (const item of items) {
    if (item.dueDate === null) continue;
    const window = holidayWindowAt(region, item.dueDate);
    if (window) out.push({ item: item as T & { dueDate: string }, window });
  }
  return out;
}
