import { formatIsoDate } from './dates';
import type { CampaignPhase } from './rules/campaignPhase';

// In words (English) for the pages and the printed campaign report alike.

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** "1 Mar 2026 – 30 Apr 2026", "From 1 Mar 2026", "Until 30 Apr 2026", or null without dates. */
export function periodText(startDate: string | null, endDate: string | null): string | null {
  if (startDate && endDate) return `${formatIsoDate(startDate)} – ${formatIsoDate(endDate)}`;
  if (startDate) return `From ${formatIsoDate(startDate)}`;
  if (endDate) return `Until ${formatIsoDate(endDate)}`;
  return null;
}

/** "Starts in 7 days", "Ends today", "Ended 2 days ago", "Running". */
export function phaseText(p: CampaignPhase): string {
  switch (p.phase) {
    case 'upcoming':
      return p.startsInDays === 1 ? 'Starts tomorrow' : `Starts in ${days(p.startsInDays)}`;
    case 'running':
      if (p.endsInDays === null) return 'Running';
      if (p.endsInDays === 0) return 'Ends today';
      return p.endsInDays === 1 ? 'Ends tomorrow' : `Ends in ${days(p.endsInDays)}`;
    case 'ended':
      return p.endedDaysAgo === 1 ? 'Ended yesterday' : `Ended ${days(p.endedDaysAgo)} ago`;
  }
}
