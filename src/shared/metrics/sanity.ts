import { problem } from '../i18n/problems';
// The metric names are spelled here rather than imported, as the schemas use these rules.
type MetricField = 'views' | 'reach' | 'likes' | 'comments' | 'shares' | 'saves' | 'clicks' | 'conversions';

/** Each of these is done by someone who saw the post, so it cannot outnumber the views. */
export const PER_VIEW_FIELDS = ['likes', 'comments', 'shares', 'saves', 'clicks'] as const;

export interface CountProblem {
  field: (typeof PER_VIEW_FIELDS)[number];
  message: string;
}

/** Counts that exceed the views read with them; unknown views (null) judge nothing. */
export function beyondViews(numbers: Partial<Record<MetricField, number | null>>): CountProblem[] {
  const views = numbers.views;
  if (views === null || views === undefined) return [];
  return PER_VIEW_FIELDS.flatMap((field) => {
    const n = numbers[field];
    if (n === null || n === undefined || n <= views) return [];
    return [{ field, message: problem('field.beyondViews', { field, count: n, views }) }];
  });
}

const COUNT_FIELDS: readonly MetricField[] = ['views', 'reach', 'likes', 'comments', 'shares', 'saves', 'clicks', 'conversions'];

type Reading = Partial<Record<MetricField, number | null>>;

/** The counts of a reading that are lower than in the reading before it of the same post. */
export function wentDown(reading: Reading, previous: Reading | null): MetricField[] {
  if (!previous) return [];
  return COUNT_FIELDS.filter((f) => {
    const now = reading[f];
    const before = previous[f];
    return typeof now === 'number' && typeof before === 'number' && now < before;
  });
}
