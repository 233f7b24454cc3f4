import i18next, { type i18n, type TFunction } from 'i18next';
import ICU from 'i18next-icu';
import { INTL_TAGS, type Locale } from './locales';
import { resources } from './resources';
import type { Words } from './wording';

/**
 * One i18next instance speaking ICU MessageFormat: plurals, numbers and selects are the
 * language's own ("{count, plural, one {# card} other {# cards}}" in English, "{count} 张卡片" in
 * Chinese), so no sentence is assembled by hand. The renderer binds one to React; the shell and the
 * printouts ask for one in the language they write.
 */
export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  void instance.use(new ICU()).init({
    lng: locale,
    // A key missing in Chinese or Dutch fails catalogs.test.ts; should one slip through, English
    // reads better than a key.
    fallbackLng: 'en',
    resources,
    defaultNS: 'common',
    ns: Object.keys(resources.en),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** The tag Intl formats with in this language (dates, numbers, money). */
export const intlTag = (locale: Locale): string => INTL_TAGS[locale];

const instances = new Map<Locale, i18n>();

function instanceFor(locale: Locale): i18n {
  let instance = instances.get(locale);
  if (!instance) instances.set(locale, (instance = createI18n(locale)));
  return instance;
}

/**
 * The words of one language for code outside React: printouts, the tray, native notifications and
 * the shared word functions they call, which take a `t` rather than choosing a language themselves.
 */
export function translator(locale: Locale): TFunction {
  return instanceFor(locale).t;
}

/** Words by a key known only at run time ("campaigns:miss.min"); the catalog test checks those keys exist. */
export type Say = (key: string, params?: Record<string, string | number>) => string;

/** One language's words for code that builds its keys at run time: the typed overloads cannot check them. */
export const sayIn = (locale: Locale): Say => translator(locale) as unknown as Say;

/** One language's words for `sayProblem`, which also asks whether a value names a key. */
export function wordsIn(locale: Locale): Words {
  const instance = instanceFor(locale);
  return { say: instance.t as unknown as Words['say'], has: (key) => instance.exists(key) };
}
