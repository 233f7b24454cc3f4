import { describe, expect, it } from 'vitest';
import { addDays, addWorkingDays, calendarDaysBetween, dateInZone, daysLate, endOfDateInZone, isWorkingDay } from './dates';

const none = new Set<string>();

describe('calendar and working days', () => {
  it.each([
    // from, days, count, holidays, expected
    ['2026-03-02', 20, 'calendar', [], '2026-03-22'],
    ['2026-03-02', 0, 'calendar', [], '2026-03-02'],
    ['2026-02-20', 10, 'calendar', [], '2026-03-02'], // across the end of February
    ['2028-02-20', 10, 'calendar', [], '2028-03-01'], // leap year
    ['2026-03-06', 1, 'working', [], '2026-03-09'], // Friday + 1 working day = Monday
    ['2026-03-07', 1, 'working', [], '2026-03-09'], // from a Saturday
    ['2026-03-02', 5, 'working', [], '2026-03-09'],
    ['2026-03-02', 3, 'working', ['2026-03-04'], '2026-03-06'], // a holiday is skipped
    ['2026-12-23', 3, 'working', ['2026-12-25', '2026-12-26'], '2026-12-29'],
    ['2026-03-02', 0, 'working', [], '2026-03-02'],
    // A DST change inside the span (Europe: 29 March 2026) must not shift a day.
    ['2026-03-27', 3, 'calendar', [], '2026-03-30'],
    ['2026-10-24', 2, 'working', [], '2026-10-27'],
  ] as const)('%s + %i %s days (holidays %j) = %s', (from, days, count, holidays, expected) => {
    expect(addDays(from, days, count, new Set(holidays))).toBe(expected);
  });

  it('weekends and listed holidays are not working days', () => {
    expect(isWorkingDay('2026-03-07', none)).toBe(false);
    expect(isWorkingDay('2026-03-08', none)).toBe(false);
    expect(isWorkingDay('2026-03-09', none)).toBe(true);
    expect(isWorkingDay('2026-03-09', new Set(['2026-03-09']))).toBe(false);
  });

  it('counts working days one at a time', () => {
    expect(addWorkingDays('2026-03-02', 10, none)).toBe('2026-03-16');
  });
});

describe('days late', () => {
  it.each([
    ['2026-03-22', '2026-03-22', 0], // delivered on the due date
    ['2026-03-22', '2026-03-20', 0], // early
    ['2026-03-22', '2026-03-23', 1],
    ['2026-03-22', '2026-03-25', 3],
    ['2026-03-22', '2026-04-01', 10],
    ['2026-03-28', '2026-03-30', 2], // across the DST change
  ])('due %s, delivered %s → %i', (due, delivered, expected) => {
    expect(daysLate(due, delivered)).toBe(expected);
  });

  it('counts whole days between dates in either direction', () => {
    expect(calendarDaysBetween('2026-03-25', '2026-03-22')).toBe(-3);
  });
});

describe('dates in the brand time zone', () => {
  it.each([
    // A late evening in New York is already the next day in Amsterdam and Shanghai.
    ['2026-03-22T23:30:00-04:00', 'America/New_York', '2026-03-22'],
    ['2026-03-22T23:30:00-04:00', 'Europe/Amsterdam', '2026-03-23'],
    ['2026-03-22T23:30:00-04:00', 'Asia/Shanghai', '2026-03-23'],
    // Around the spring-forward night in Amsterdam (02:00 → 03:00 on 29 March 2026).
    ['2026-03-28T22:59:59Z', 'Europe/Amsterdam', '2026-03-28'],
    ['2026-03-28T23:00:00Z', 'Europe/Amsterdam', '2026-03-29'],
    ['2026-03-29T21:59:59Z', 'Europe/Amsterdam', '2026-03-29'],
    ['2026-03-29T22:00:00Z', 'Europe/Amsterdam', '2026-03-30'],
    // New York falls back on 1 November 2026.
    ['2026-11-02T04:59:59Z', 'America/New_York', '2026-11-01'],
    ['2026-11-02T05:00:00Z', 'America/New_York', '2026-11-02'],
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(dateInZone(instant, zone)).toBe(expected);
  });

  it.each([
    ['2026-03-28', 'Europe/Amsterdam', '2026-03-28T22:59:59.999Z'], // UTC+1
    ['2026-03-29', 'Europe/Amsterdam', '2026-03-29T21:59:59.999Z'], // UTC+2 from that night
    ['2026-11-01', 'America/New_York', '2026-11-02T04:59:59.999Z'], // back to UTC−5
    ['2026-10-31', 'America/New_York', '2026-11-01T03:59:59.999Z'],
    ['2026-03-22', 'Asia/Shanghai', '2026-03-22T15:59:59.999Z'],
  ])('%s in %s ends at %s', (date, zone, expected) => {
    expect(endOfDateInZone(date, zone)).toBe(expected);
  });
});
