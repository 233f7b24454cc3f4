import type { BriefWarning } from '../../../../shared/brief/check';
import { deadlineName } from '../../../../shared/deadlines/names';
import { formatDate } from '../../format';
import { i18n, say } from '../../i18n';

/** A warning of the brief check in words, in the interface's language. */
export function briefWarningText(w: BriefWarning, date: (iso: string) => string = formatDate): string {
  switch (w.code) {
    case 'no_length':
    case 'no_dates':
    case 'no_selling_points':
    case 'no_contact':
      return i18n.t(`brief:warning.${w.code}`);
    case 'deadline_in_holidays':
      return i18n.t('brief:warning.deadline_in_holidays', { name: deadlineName(w, say), date: date(w.dueDate), holiday: w.holiday, start: date(w.start), end: date(w.end) });
  }
}
