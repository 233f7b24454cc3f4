import type { CalendarEntry } from '../../../../shared/calendar';
import './calendar.css';
import { DayCell } from './DayCell';
import { inMonth, monthWeeks } from './calendarDates';
import { byDay } from './groups';
import { formatMonth, weekdays } from './labels';

interface Props {
  month: string;
  today: string;
  entries: readonly CalendarEntry[];
}

/*
 * A table, not an ARIA grid: every chip is an ordinary button in the tab order, so there is no
 * composite widget with its own arrow-key navigation to announce.
 */
export function MonthGrid({ month, today, entries }: Props) {
  const days = byDay(entries);
  const names = weekdays();
  return (
    <div role="table" aria-label={formatMonth(month)} className="ft-cal" data-testid="month-grid">
      <div role="rowgroup">
        <div role="row" className="ft-cal-row ft-cal-head">
          {names.map((d) => (
            <div role="columnheader" key={d.long} aria-label={d.long}>
              {d.short}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="ft-cal-body">
        {monthWeeks(month).map((week) => (
          <div role="row" className="ft-cal-row ft-cal-week" key={week[0]}>
            {week.map((date, i) => (
              <DayCell
                key={date}
                date={date}
                entries={days.get(date) ?? []}
                outside={!inMonth(date, month)}
                isToday={date === today}
                weekend={names[i]!.weekend}
              />
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
