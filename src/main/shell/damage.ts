import { dialog } from 'electron';
import { holdsInWords } from '../../shared/backup/words';
import { type Damage, DatabaseUnreadableError } from '../db/damage';

/** Asks whether to continue from the latest good backup when the data file is damaged. */
export function offerBackup(damage: Damage): boolean {
  if (!damage.latestGood) return false;
  const when = new Date(damage.latestGood.createdAt).toLocaleString();
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: 'Followthrough',
    message: 'Your Followthrough data could not be read.',
    detail:
      `The database file is damaged (${damage.problem}). You can continue from the backup of ${when} ` +
      `(${holdsInWords(damage.latestGood.holds)}); the damaged file is kept next to the backups.`,
    buttons: [`Restore the backup of ${when}`, 'Quit'],
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
  const title = error instanceof DatabaseUnreadableError ? 'Followthrough cannot reach its data' : 'Followthrough cannot start';
  dialog.showErrorBox(title, error instanceof Error ? error.message : String(error));
}
