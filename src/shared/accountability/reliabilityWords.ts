import type { Reliability } from './schemas';

/** Words of one language, keys with their namespace: a page's `t` or `translator(locale)`. */
import type { Say } from '../i18n/createI18n';

export type { Say };

type Facts = Pick<Reliability, 'score' | 'minimumHistory' | 'onTime' | 'deliverables' | 'medianReplyHours' | 'strikes' | 'averageRating' | 'history'>;

/**
 * The facts behind a reliability score in one sentence, in the language of `say` with numbers in
 * `intlTag`: "On time 4 of 5 deliverables, median reply 9 h, 1 strike, avg rating 4.3". Without a
 * score (less history than it needs), the sentence says so first.
 */
export function reliabilityText(r: Facts, say: Say, intlTag: string): string {
  const params = {
    delivered: r.deliverables > 0 ? 'some' : 'none',
    onTime: r.onTime,
    deliverables: r.deliverables,
    replied: r.medianReplyHours === null ? 'none' : 'some',
    reply: r.medianReplyHours === null ? '' : replyTime(r.medianReplyHours, say, intlTag),
    strikes: r.strikes,
    rated: r.averageRating === null ? 'none' : 'some',
    rating: r.averageRating === null ? '' : new Intl.NumberFormat(intlTag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(r.averageRating),
  };
  return r.score === null
    ? say('accountability:reliability.notEnough', { ...params, history: r.history, minimum: r.minimumHistory })
    : say('accountability:reliability.explanation', params);
}

/** A median reply time in the unit that reads best: minutes under an hour, days from two days on. */
function replyTime(hours: number, say: Say, intlTag: string): string {
  const [unit, amount] = hours < 1 ? ['minutes', hours * 60] : hours < 48 ? ['hours', hours] : ['days', hours / 24];
  return say('accountability:reliability.replyTime', { unit, amount: Math.round(amount).toLocaleString(intlTag) });
}
