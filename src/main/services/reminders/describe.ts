import { calendarDaysBetween, formatInstantInZone, formatIsoDate } from '../../../shared/dates';
import type { DueItem } from '../../../shared/reminders/schemas';
import type { DueFact } from './dueFact';

/** A reminder in words: a title that stands alone in a pop-up, and a line of context. */
export function describeDue(fact: DueFact, at: { timeZone: string; today: string }): DueItem {
  const { since: _since, ...rest } = fact;
  const subject = fact.subject ?? `Reply to your message of ${formatInstantInZone(fact.since!, at.timeZone)}`;
  const d = { ...rest, subject };
  return { ...d, ...words(d, at.today, fact.since) };
}

function words(d: Omit<DueItem, 'title' | 'body'>, today: string, since?: string): { title: string; body: string } {
  const on = formatIsoDate(d.dueDate);
  const who = d.creatorName;
  const whose = d.party === 'brand' ? `Your part, with ${who}` : who;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  switch (d.kind) {
    case 'due_soon': {
      // Said in calendar days: "in 2 days" at 10:00 for the end of tomorrow would read wrong.
      const left = calendarDaysBetween(today, d.dueDate);
      const when = left <= 0 ? `in ${plural(d.occurrence, 'hour')}` : left === 1 ? 'tomorrow' : `in ${left} days`;
      return { title: `${whose}: ${d.subject} is due ${when}`, body: `Due ${on}.` };
    }
    case 'due_today':
      return { title: `${whose}: ${d.subject} is due today`, body: `Due ${on}, by the end of the day.` };
    case 'overdue':
      return { title: `${whose}: ${d.subject} is ${plural(d.occurrence, 'day')} late`, body: `It was due ${on}.` };
    case 'sla_breached':
      return {
        title: `${who} has not replied`,
        body: `${d.subject} is still unanswered past the agreed reply time.`,
      };
    case 'licence_expiring': {
      // The real count: a laptop that slept past the 14-day step wakes up to the days actually left.
      const left = calendarDaysBetween(today, d.dueDate);
      const ends = left > 0 ? `ends in ${plural(left, 'day')}` : left === 0 ? 'ends today' : `ended ${plural(-left, 'day')} ago`;
      return {
        title: `The usage licence for ${who}'s content ${ends}`,
        body: `Stop using the content in ads and on your channels after ${on}, or agree an extension.`,
      };
    }
    case 'min_live_end':
      return {
        title: `${who}'s post has reached its minimum live time`,
        body: `Check the post was still up until ${on}; it may come down after that.`,
      };
    case 'gifting_followup': {
      const days = since === undefined ? d.occurrence : calendarDaysBetween(since, today);
      return d.occurrence >= 14
        ? { title: `No post from ${who}, ${days} days after the gift arrived`, body: 'Send a last friendly note, or mark the creator as lost contact.' }
        : { title: `Follow up with ${who}: ${days} days since the gift arrived`, body: 'A short, warm check-in works best.' };
    }
  }
}
