import { describe, expect, it } from 'vitest';
import { builtInTemplate } from '../outreach/templates';
import { REMINDER_KINDS } from '../reminders/schemas';
import { followUpOf, followUpSegment, followUpTemplate, parseFollowUpSegment } from './followUp';
import { deadlineItem } from '../reminders/items';

describe('the template a reminder is followed up with', () => {
  it.each([
    ['due_soon', 'deadline_reminder'],
    ['due_today', 'deadline_reminder'],
    ['overdue', 'gentle_pressure'],
    ['sla_breached', 'warm_checkin'],
    ['gifting_followup', 'did_it_arrive'],
    ['check_in', 'check_in'],
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

  it('a reminder about a deadline is followed up about that deadline; one about a reply, about none', () => {
    expect(followUpOf({ kind: 'due_soon', party: 'creator', item: deadlineItem('milestone', 34, '2026-03-26') })).toEqual({ template: 'deadline_reminder', milestoneId: 34 });
    expect(followUpOf({ kind: 'sla_breached', party: 'creator', item: 'sla:5:2026-03-20T10:00:00.000Z' })).toEqual({ template: 'warm_checkin', milestoneId: null });
    expect(followUpOf({ kind: 'due_soon', party: 'brand', item: deadlineItem('milestone', 34, '2026-03-26') })).toBeNull();
  });

  it('goes into an address and comes back the same, refusing what is not one', () => {
    for (const f of [{ template: 'deadline_reminder', milestoneId: 34 }, { template: 'warm_checkin', milestoneId: null }] as const) {
      expect(parseFollowUpSegment(followUpSegment(f))).toEqual(f);
    }
    expect(parseFollowUpSegment('not_a_template@3')).toBeNull();
    expect(parseFollowUpSegment('deadline_reminder@x')).toBeNull();
    for (const bad of ['deadline_reminder@0', 'deadline_reminder@', 'deadline_reminder@-3', 'deadline_reminder@1.5', 'deadline_reminder@99999999999999999', 'deadline_reminder@3@4', '']) {
      expect(parseFollowUpSegment(bad)).toBeNull();
    }
    expect(parseFollowUpSegment('did_it_arrive')).toEqual({ template: 'did_it_arrive', milestoneId: null });
    expect(parseFollowUpSegment(undefined)).toBeNull();
  });
});
