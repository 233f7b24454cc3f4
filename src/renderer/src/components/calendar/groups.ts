import type { CalendarEntry } from '../../../../shared/calendar';
import { addCalendarDays } from '../../../../shared/dates';
import { dueWeekEnd } from '../../../../shared/rules/dueWeek';
import { i18n } from '../../i18n';
import { formatDayHeading } from './labels';

export interface EntryGroup {
  key: string;
  title: string;
  /** A second line under the title, e.g. the date of "Tomorrow". */
  note?: string;
  isToday?: boolean;
  overdue?: boolean;
  entries: CalendarEntry[];
}

/** Entries by due date, in date order; the order within a day is kept. */
export function byDay(entries: readonly CalendarEntry[]): Map<string, CalendarEntry[]> {
  const days = new Map<string, CalendarEntry[]>();
  for (const e of [...entries].sort((a, b) => a.dueDate.localeCompare(b.dueDate))) {
    const list = days.get(e.dueDate);
    if (list) list.push(e);
    else days.set(e.dueDate, [e]);
  }
  return days;
}

export function agendaGroups(entries: readonly CalendarEntry[], today: string): EntryGroup[] {
  return [...byDay(entries)].map(([date, list]) => ({ key: date, title: formatDayHeading(date), isToday: date === today, entries: list }));
}

/** The same seven days as the reminder counts. */
export const weekEnd = dueWeekEnd;

const STILL_COMING = new Set<CalendarEntry['status']>(['waiting', 'upcoming', 'due_soon']);

/** Everything late, then what is due each day of the coming week. */
export function dueThisWeekGroups(entries: readonly CalendarEntry[], today: string): EntryGroup[] {
  const overdue = entries.filter((e) => e.status === 'overdue');
  const coming = entries.filter((e) => STILL_COMING.has(e.status) && e.dueDate >= today && e.dueDate <= weekEnd(today));
  const tomorrow = addCalendarDays(today, 1);
  const days = [...byDay(coming)].map(([date, list]): EntryGroup => {
    const near = date === today ? i18n.t('calendar:group.today') : date === tomorrow ? i18n.t('calendar:group.tomorrow') : null;
    return near
      ? { key: date, title: near, note: formatDayHeading(date), isToday: date === today, entries: list }
      : { key: date, title: formatDayHeading(date), entries: list };
  });
  const late = [...byDay(overdue).values()].flat();
  return late.length > 0 ? [{ key: 'overdue', title: i18n.t('calendar:group.overdue'), overdue: true, entries: late }, ...days] : days;
}
