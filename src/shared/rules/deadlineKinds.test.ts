import { describe, expect, it } from 'vitest';
import { DEADLINE_KINDS } from '../contract/schedule';
import { isDeliverable, isReminderOnly } from './deadlineKinds';

describe('deadline kinds', () => {
  it('makes the dates after publication reminders and everything else a delivery', () => {
    expect(DEADLINE_KINDS.filter(isReminderOnly)).toEqual(['licence_expiry', 'min_live_end']);
    expect(DEADLINE_KINDS.filter(isDeliverable)).toEqual(['feedback', 'script', 'draft', 'publish', 'other', 'deposit', 'review', 'balance']);
    expect(isDeliverable('publish')).toBe(true);
    expect(isDeliverable('licence_expiry')).toBe(false);
  });
});
