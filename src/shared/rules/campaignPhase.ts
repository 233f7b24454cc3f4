import { calendarDaysBetween } from '../dates';

/**
 * Where a campaign stands on a day, from its dates (both included). Without dates it has no
 * phase: it simply runs. Days are counted in the brand's calendar, like every deadline.
 */
export type CampaignPhase =
  | { phase: 'upcoming'; startsInDays: number }
  | { phase: 'running'; endsInDays: number | null }
  | { phase: 'ended'; endedDaysAgo: number };

export function campaignPhase(startDate: string | null, endDate: string | null, today: string): CampaignPhase | null {
  if (startDate === null && endDate === null) return null;
  if (startDate !== null && today < startDate) return { phase: 'upcoming', startsInDays: calendarDaysBetween(today, startDate) };
  if (endDate !== null && today > endDate) return { phase: 'ended', endedDaysAgo: calendarDaysBetween(endDate, today) };
  return { phase: 'running', endsInDays: endDate === null ? null : calendarDaysBetween(today, endDate) };
}

/** Whether a campaign's days and a range of days (both included) share at least one day. */
export function campaignOverlaps(startDate: string | null, endDate: string | null, from: string, to: string): boolean {
  return (startDate === null || startDate <= to) && (endDate === null || endDate >= from);
}
