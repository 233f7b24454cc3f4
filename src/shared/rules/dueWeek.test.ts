import { describe, expect, it } from 'vitest';
import { dueWeekEnd } from './dueWeek';

describe('the reminder week', () => {
  it('is today and the six days after it, across a month and a year end', () => {
    expect(dueWeekEnd('2026-12-02')).toBe('2026-12-08');
    expect(dueWeekEnd('2026-12-28')).toBe('2027-01-03');
  });
});
