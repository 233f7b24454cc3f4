import { formatInstantInZone, formatIsoDate } from '../dates';
import type { SuggestionWhy } from './schemas';

/** Words of one language, keys with their namespace: a page's `t` or `translator(locale)`. */
import type { Say } from '../i18n/createI18n';

export type { Say };

/**
 * Why the next message is suggested, in the language of `say` with dates in `intlTag`: "No reply
 * for 52 h after your message of 3 Mar, 07:00; the reply time is 24 h."
 */
export function suggestionText(why: SuggestionWhy, say: Say, intlTag: string): string {
  const d = why.deadline;
  return say(`templates:suggestion.reason.${why.code}`, {
    since: why.since ? formatInstantInZone(why.since, why.timeZone, intlTag) : '',
    days: why.days ?? 0,
    hours: why.hours ?? 0,
    messages: why.messages ?? 0,
    sla: why.slaHours ?? 0,
    // "stuck on script": the deliverable's name inside the sentence, as English and Dutch write it.
    deadline: d ? (why.code === 'stuck_on' ? d.name.toLowerCase() : d.name) : '',
    due: d ? formatIsoDate(d.dueDate, intlTag) : '',
    late: d?.daysLate ?? 0,
    arrived: why.arrivedOn ? formatIsoDate(why.arrivedOn, intlTag) : '',
  });
}
