import type { Say } from './i18n/createI18n';
import type { CampaignPhase } from './rules/campaignPhase';

// In words, in the language of `say` with dates as `date` writes them: for every page that names a campaign's dates.

/** "1 Mar 2026 – 30 Apr 2026", "From 1 Mar 2026", "Until 30 Apr 2026", or null without dates. */
export function periodText(say: Say, date: (iso: string) => string, startDate: string | null, endDate: string | null): string | null {
  if (startDate && endDate) return say('campaigns:period.range', { start: date(startDate), end: date(endDate) });
  if (startDate) return say('campaigns:period.from', { start: date(startDate) });
  if (endDate) return say('campaigns:period.until', { end: date(endDate) });
  return null;
}

/** "Starts in 7 days", "Ends today", "Ended 2 days ago", "Running". */
export function phaseText(say: Say, p: CampaignPhase): string {
  switch (p.phase) {
    case 'upcoming':
      return say('campaigns:phase.startsIn', { days: p.startsInDays });
    case 'running':
      if (p.endsInDays === null) return say('campaigns:phase.running');
      if (p.endsInDays === 0) return say('campaigns:phase.endsToday');
      return say('campaigns:phase.endsIn', { days: p.endsInDays });
    case 'ended':
      return say('campaigns:phase.ended', { days: p.endedDaysAgo });
  }
}
