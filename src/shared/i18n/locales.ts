import { z } from 'zod';
import { problem } from './problems';

/** The languages the interface speaks. Everything the brand reads is in one of these. */
export const LOCALES = ['en', 'zh', 'nl'] as const;
export const Locale = z.enum(LOCALES, { error: problem('field.locale') });
export type Locale = z.infer<typeof Locale>;

/** What the brand chose in Settings: a language, or whatever the computer speaks. */
export const LanguageChoice = z.enum(['system', ...LOCALES], { error: problem('chooseLanguage') });
export type LanguageChoice = z.infer<typeof LanguageChoice>;

/** Each language's name in itself, as a language picker shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', zh: '简体中文', nl: 'Nederlands' };

/**
 * The regional form used for dates, numbers and money. British English keeps the day before the
 * month ("21 Nov 2026"), which reads the same to Dutch and Chinese colleagues of an English-speaking marketer.
 */
export const INTL_TAGS: Record<Locale, string> = { en: 'en-GB', zh: 'zh-CN', nl: 'nl-NL' };

/** The first of the computer's languages the app speaks; English when it speaks none of them. */
export function localeFromTags(tags: readonly string[]): Locale {
  for (const tag of tags) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const found = LOCALES.find((locale) => locale === base);
    if (found) return found;
  }
  return 'en';
}

/** The language a creator reads what is written to them in: theirs when the app can write it, else English. */
export const creatorLocale = (creator: { language: string | null }): Locale => localeFromTags(creator.language ? [creator.language] : []);

export function resolveLocale(choice: LanguageChoice, systemTags: readonly string[]): Locale {
  return choice === 'system' ? localeFromTags(systemTags) : choice;
}
