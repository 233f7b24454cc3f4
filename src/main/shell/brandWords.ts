import { translator } from '../../shared/i18n/createI18n';
import type { SaidIn } from '../../shared/reminders/words';
import { brandLocale } from '../services/brandLocale';
import type { Ctx } from '../services/context';
import { getSettings } from '../services/settings';

/** The tray and the native pop-ups speak the brand's language, read anew each time: Settings may change it. */
export function brandWords(ctx: Ctx): SaidIn {
  const locale = brandLocale(ctx);
  return { t: translator(locale), locale, timeZone: getSettings(ctx).timeZone };
}
