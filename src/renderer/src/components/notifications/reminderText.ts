import type { SaidIn, Words } from '../../../../shared/reminders/words';
import { currentLocale, i18n } from '../../i18n';

// The page formats times in the computer's zone, as every other date it shows (format.ts).
const localZone = new Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Reminders in the page's language: a component passes its own `t`, so it renders again when the language changes. */
export function pageWords(t: Words = i18n.t): SaidIn {
  return { t, locale: currentLocale(), timeZone: localZone };
}
