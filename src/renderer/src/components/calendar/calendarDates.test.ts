import { beforeAll, describe, expect, it } from 'vitest';
import type { CalendarEntry } from '../../../../shared/calendar';
import { i18n } from '../../i18n';
import { monthWeeks, shiftMonth, weekdayIndex } from './calendarDates';
import { dueThisWeekGroups } from './groups';

describe('month grid', () => {
  it('starts weeks on Monday and covers the whole month', () => {
    const weeks = monthWeeks('2026-03');
    expect(weeks[0]![0]).toBe('2026-02-23');
    expect(weeks.at(-1)![6]).toBe('2026-04-05');
    expect(weeks).toHaveLength(6);
    expect(weeks.flat().map(weekdayIndex)).toEqual(weeks.flat().map((_, i) => i % 7));
  });

  it('needs only four weeks for a February that starts on Monday', () => {
    expect(monthWeeks('2027-02')).toHaveLength(4);
  });

  it('moves across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-03', -15)).toBe('2024-12');
  });
});

const entry = (id: number, dueDate: string, status: CalendarEntry['status']): CalendarEntry => ({
  id,
  collaborationId: id,
  creatorId: 1,
  creatorName: 'Mia Chen',
  campaignId: null,
  campaignName: null,
  key: `m${id}`,
  name: `Milestone ${id}`,
  party: 'creator',
  kind: 'publish',
  dueDate,
  dueAt: `${dueDate}T22:59:59.999Z`,
  originalDueDate: null,
  deliveredOn: null,
  status,
  daysLate: 0,
});

describe('due this week', () => {
  // The page speaks the computer's language; the titles below are the English ones.
  beforeAll(() => i18n.changeLanguage('en'));

  it('puts late work first, then today, tomorrow and the rest of the seven days', () => {
    const groups = dueThisWeekGroups(
      [
        entry(1, '2026-03-22', 'overdue'),
        entry(2, '2026-03-25', 'due_soon'),
        entry(3, '2026-03-26', 'upcoming'),
        entry(4, '2026-03-31', 'upcoming'),
        entry(5, '2026-04-01', 'upcoming'),
        entry(6, '2026-03-20', 'passed'),
      ],
      '2026-03-25',
    );
    expect(groups.map((g) => [g.title, g.entries.map((e) => e.id)])).toEqual([
      ['Overdue', [1]],
      ['Today', [2]],
      ['Tomorrow', [3]],
      [expect.stringContaining('31'), [4]],
    ]);
  });
});
