import { calendarDaysBetween } from '../../../shared/dates';
import type { DueItem } from '../../../shared/reminders/schemas';
import type { DueFact } from './dueFact';

/** A reminder with the facts its words need, counted on the brand's `today`; no words are made here. */
export function dueItem(fact: DueFact, today: string): DueItem {
  const { creatorName, subject, subjectKey, dueDate, since, checkIn, ...rest } = fact;
  const countsDaysLeft = fact.kind === 'due_soon' || fact.kind === 'licence_expiring';
  return {
    ...rest,
    facts: {
      creatorName,
      subject,
      ...(subjectKey === undefined ? {} : { subjectKey }),
      dueDate,
      daysLeft: countsDaysLeft ? calendarDaysBetween(today, dueDate) : null,
      daysSinceGift: fact.kind === 'gifting_followup' && since !== undefined ? calendarDaysBetween(since, today) : null,
      messageSentAt: fact.kind === 'sla_breached' && since !== undefined ? since : null,
      ...(checkIn === undefined ? {} : { arrivedOn: checkIn.arrivedOn, lastContactOn: checkIn.lastContactOn }),
    },
  };
}
