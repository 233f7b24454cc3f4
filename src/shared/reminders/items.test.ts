import { describe, expect, it } from 'vitest';
import { deadlineItem, isDateToNotice, reminderMilestoneId } from './items';

describe('reminder items', () => {
  it('reads back the deadline an item was made for, and nothing from the others', () => {
    expect(reminderMilestoneId(deadlineItem('milestone', 12, '2026-03-22'))).toBe(12);
    expect(reminderMilestoneId(deadlineItem('date', 7, '2026-04-01'))).toBe(7);
    expect(reminderMilestoneId('sla:5:2026-03-20T10:00:00.000Z')).toBeNull();
    expect(reminderMilestoneId('gifting:5')).toBeNull();
  });

  it('tells a date to notice from an obligation', () => {
    expect(isDateToNotice(deadlineItem('date', 7, '2026-04-01'))).toBe(true);
    expect(isDateToNotice(deadlineItem('milestone', 7, '2026-04-01'))).toBe(false);
  });
});
