import { type Locale, resolveLocale } from '../../shared/i18n/locales';
import type { Ctx } from './context';
import { getSettings } from './settings';

/**
 * The language of everything the brand reads outside the page (reminders, the tray, printouts):
 * the one chosen in Settings, else the computer's. The desktop shell sets the computer's languages
 * from the operating system; the browser host from its own environment.
 */
export function brandLocale(ctx: Ctx): Locale {
  return resolveLocale(getSettings(ctx).language, ctx.systemLanguages ?? systemLanguages());
}

/** The languages this process was started in (LANG, LANGUAGE, then Intl's own). */
export function systemLanguages(env: NodeJS.ProcessEnv = process.env): string[] {
  const fromEnv = [env.LANGUAGE, env.LC_ALL, env.LC_MESSAGES, env.LANG]
    .flatMap((value) => (value ?? '').split(':'))
    .map((value) => value.split('.')[0] ?? '')
    .filter((value) => value !== '' && value !== 'C' && value !== 'POSIX');
  return [...fromEnv, Intl.DateTimeFormat().resolvedOptions().locale];
}
