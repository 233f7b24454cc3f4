import { app, dialog } from 'electron';
import { holdsInWords } from '../../shared/backup/words';
import { sayIn, wordsIn } from '../../shared/i18n/createI18n';
import { sayProblem } from '../../shared/i18n/wording';
import { INTL_TAGS, resolveLocale } from '../../shared/i18n/locales';
import { CodedError } from '../db/codedError';
import { type Damage, DatabaseUnreadableError } from '../db/damage';

// Before the data is read there is no language setting: the computer's language speaks.
const systemLocale = () => resolveLocale('system', app.getPreferredSystemLanguages());

/** Asks whether to continue from the latest good backup when the data file is damaged. */
export function offerBackup(damage: Damage): boolean {
  if (!damage.latestGood) return false;
  const locale = systemLocale();
  const say = sayIn(locale);
  const date = new Intl.DateTimeFormat(INTL_TAGS[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(damage.latestGood.createdAt));
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: 'Followthrough',
    message: say('settings:damage.message'),
    detail: say('settings:damage.detail', { problem: damage.problem, date, holds: holdsInWords(damage.latestGood.holds, say) }),
    buttons: [say('settings:damage.restore', { date }), say('settings:damage.quit')],
    defaultId: 0,
    cancelId: 1,
  });
  return choice === 0;
}

/**
 * Says why the app cannot start, instead of leaving it running without a window. Data that cannot
 * be read or written is not damaged: it gets its own title, and no backup is offered.
 */
export function reportStartFailure(error: unknown): void {
  const locale = systemLocale();
  const title = sayIn(locale)(error instanceof DatabaseUnreadableError ? 'settings:damage.cannotReach' : 'settings:damage.cannotStart');
  // Only a failure the app foresaw has a key; anything else is shown as it was thrown.
  const detail = error instanceof CodedError ? sayProblem(wordsIn(locale), error.key, error.params) : error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(title, detail);
}
