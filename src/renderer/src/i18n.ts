import type { i18n as Translator } from 'i18next';
import { createI18n } from '../../shared/i18n/createI18n';
import type { Say } from '../../shared/i18n/createI18n';
import { INTL_TAGS, resolveLocale, type LanguageChoice, type Locale } from '../../shared/i18n/locales';

/** The page's one translator; React reads it through I18nextProvider (start.tsx). */
export const i18n: Translator = createI18n(pageLocale('system'));

/** The language the page speaks for a choice made in Settings ('system': the computer's). */
export function pageLocale(choice: LanguageChoice): Locale {
  return resolveLocale(choice, navigator.languages ?? [navigator.language]);
}

export function currentLocale(): Locale {
  return i18n.language as Locale;
}

/** The tag every Intl formatter of the page uses, so dates and numbers follow the interface. */
export function currentIntlTag(): string {
  return INTL_TAGS[currentLocale()];
}

/** Switches the whole page: words, dates, numbers and the document's language (screen readers, fonts). */
export function applyLanguage(choice: LanguageChoice): void {
  const locale = pageLocale(choice);
  document.documentElement.lang = INTL_TAGS[locale];
  if (locale !== i18n.language) void i18n.changeLanguage(locale);
}

/**
 * The page's words for a key built at run time (shared wording functions take it): keys carry
 * their namespace, and a component that calls it re-renders on a language change through its own
 * useTranslation.
 */
export const say: Say = (key, params) => i18n.t(key as never, params as never) as unknown as string;
