import type { ContractWarning } from '../../../../shared/contract/warnings';
import { formatDate } from '../../format';
import { i18n } from '../../i18n';

/** A contract warning in words, for the builder and the finalize dialog, in the interface's language. */
export function warningText(w: ContractWarning, date: (iso: string) => string = formatDate): string {
  switch (w.code) {
    case 'no_dates':
    case 'no_consequence':
    case 'no_deductible_milestone':
    case 'termination_within_grace':
    case 'no_disclosure':
    case 'gifted_alone_uk':
    case 'licence_without_duration':
      return i18n.t(`contract:warning.${w.code}`);
    case 'due_in_holidays':
      return i18n.t('contract:warning.due_in_holidays', { milestone: w.milestone, dueDate: date(w.dueDate), holiday: w.holiday, start: date(w.start), end: date(w.end) });
    case 'review_past_publish':
      return i18n.t('contract:warning.review_past_publish', { draftDue: date(w.draftDue), publishDue: date(w.publishDue), reviewedBy: date(w.reviewedBy) });
    case 'publish_after_publish_by':
      return i18n.t('contract:warning.publish_after_publish_by', { days: w.days, publishBy: date(w.publishBy) });
  }
}
