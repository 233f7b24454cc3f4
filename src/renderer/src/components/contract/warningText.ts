import type { ContractWarning } from '../../../../shared/contract/warnings';
import { formatIsoDate } from '../../../../shared/dates';
import type { HolidayKey } from '../../../../shared/regionalHolidays';

const HOLIDAY: Record<HolidayKey, string> = {
  christmas_new_year: 'the Christmas and New Year holidays',
  lunar_new_year: 'Chinese New Year',
  golden_week: 'the National Day Golden Week',
};

/** A contract warning in words, for the builder and the finalize dialog. */
export function warningText(w: ContractWarning, date: (iso: string) => string = formatIsoDate): string {
  switch (w.code) {
    case 'no_dates':
      return 'No dates: nothing is due on any day, so nothing can ever be late. Add at least the publish date.';
    case 'no_consequence':
      return 'No consequence for late delivery: a delay costs the creator nothing. Set a deduction per day or a right to recover the deposit.';
    case 'no_deductible_milestone':
      return 'No milestone counts towards the deduction, so the late-delivery clause never applies.';
    case 'termination_within_grace':
      return 'Termination is allowed within the grace period; make the termination threshold longer than the grace days.';
    case 'no_disclosure':
      return 'No disclosure label: paid posts must be marked (#ad or the platform’s paid-partnership label).';
    case 'gifted_alone_uk':
      return 'For a UK creator, “#gifted” on its own is not enough: under this contract the post is an ad for the ASA. Add “#ad”, up front.';
    case 'licence_without_duration':
      return 'The usage licence has no duration. Choose a number of days or perpetual, or the brand may not know when it must stop using the content.';
    case 'due_in_holidays':
      return `“${w.milestone}” would be due on ${date(w.dueDate)}, during ${HOLIDAY[w.holiday]} in the creator’s region (${date(w.start)} – ${date(w.end)}). Creators answer slowly then; consider moving it.`;
    case 'review_past_publish':
      return `The review window is longer than the time between the draft (${date(w.draftDue)}) and publishing (${date(w.publishDue)}): the brand could still be reviewing on ${date(w.reviewedBy)}.`;
    case 'publish_after_publish_by':
      return `Publishing would be due ${w.days} day${w.days === 1 ? '' : 's'} after the collaboration’s publish-by date (${date(w.publishBy)}).`;
  }
}
