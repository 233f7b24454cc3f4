import { sayIn } from '../i18n/createI18n';
import { reliabilityText } from './reliabilityWords';
import type { Reliability } from './schemas';

/*
 * The reliability score (documented in the README): a creator's own history, weighed as
 *   on time      40 %  deliverables on time ÷ deliverables that count (delivered, or late and open)
 *   replies      20 %  full marks for a median reply within 24 h, nothing at 7 days, linear between
 *   ratings      40 %  the average of the brand's ratings, 1 → 0 and 5 → full marks
 * over the parts there is history for, as 0–100, minus 15 points per strike not withdrawn.
 * Fewer than 3 facts to judge by (deliverables that count, a reply time, ratings, strikes): no
 * score, so one late feedback never makes a creator 0/100 on every card.
 */

export interface ReliabilityFacts {
  creatorId: number;
  onTime: number;
  deliverables: number;
  medianReplyHours: number | null;
  strikes: number;
  averageRating: number | null;
  ratings: number;
}

const WEIGHTS = { onTime: 40, replies: 20, ratings: 40 } as const;
export const STRIKE_POINTS = 15;
const FAST_REPLY_HOURS = 24;
const SLOW_REPLY_HOURS = 7 * 24;

/** The facts the score needs before it says anything. */
export const MIN_HISTORY = 3;

/** How many facts there are to judge by; a median reply time counts as one. */
export const historyOf = (f: ReliabilityFacts) => f.deliverables + (f.medianReplyHours === null ? 0 : 1) + f.ratings + f.strikes;

// The sentence the API sends along, in English for scripts and logs; pages say it from the numbers.
const english = sayIn('en');

export function reliabilityOf(f: ReliabilityFacts): Reliability {
  const history = historyOf(f);
  const averageRating = f.averageRating === null ? null : Math.round(f.averageRating * 10) / 10;
  const score = history < MIN_HISTORY ? null : scoreOf(f);
  const facts = { ...f, averageRating, history, minimumHistory: MIN_HISTORY, score };
  return { ...facts, explanation: reliabilityText(facts, english, 'en-GB') };
}

/** The weighted score itself, whatever the amount of history. */
export function scoreOf(f: ReliabilityFacts): number | null {
  const parts: [number, number][] = [];
  if (f.deliverables > 0) parts.push([WEIGHTS.onTime, f.onTime / f.deliverables]);
  if (f.medianReplyHours !== null) parts.push([WEIGHTS.replies, replyMark(f.medianReplyHours)]);
  if (f.averageRating !== null) parts.push([WEIGHTS.ratings, (f.averageRating - 1) / 4]);
  let score: number | null = null;
  if (parts.length > 0 || f.strikes > 0) {
    const weight = parts.reduce((sum, [w]) => sum + w, 0);
    const base = weight === 0 ? 100 : (100 * parts.reduce((sum, [w, mark]) => sum + w * mark, 0)) / weight;
    score = Math.max(0, Math.min(100, Math.round(base - STRIKE_POINTS * f.strikes)));
  }
  return score;
}

function replyMark(hours: number): number {
  if (hours <= FAST_REPLY_HOURS) return 1;
  return Math.max(0, (SLOW_REPLY_HOURS - hours) / (SLOW_REPLY_HOURS - FAST_REPLY_HOURS));
}
