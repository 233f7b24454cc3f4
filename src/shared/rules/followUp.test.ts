import { describe, expect, it } from 'vitest';
import { builtInTemplate } from '../outreach/templates';
import { REMINDER_KINDS } from '../reminders/schemas';
import { followUpTemplate } from './followUp';

describe('the template a reminder is followed up with', () => {
  it.each([
    ['due_soon', 'deadline_reminder'],
    ['due_today', 'deadline_reminder'],
    ['overdue', 'gentle_pressure'],
    ['sla_breached', 'warm_checkin'],
    ['gifting_followup', 'did_it_arrive'],
    ['licence_expiring', null],
    ['min_live_end', null],
  ] as const)('%s → %s', (kind, template) => {
    expect(followUpTemplate({ kind, party: 'creator' })).toBe(template);
  });

  it('the brand’s own duties are not followed up with a message to the creator', () => {
    for (const kind of REMINDER_KINDS) expect(followUpTemplate({ kind, party: 'brand' })).toBeNull();
  });

  it('a deadline reminder says what is due and when, in every language', () => {
    for (const language of ['en', 'nl', 'zh'] as const) {
      const t = builtInTemplate('deadline_reminder', language);
      expect(t.subject + t.body).toContain('{deliverable}');
      expect(t.subject + t.body).toContain('{due_date}');
    }
    expect(builtInTemplate('deadline_reminder', 'en').subject).toBe('Friendly reminder: {deliverable} is due on {due_date}');
  });
});
