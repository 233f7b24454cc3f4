import { dialog } from 'electron';
import type { Damage } from '../db/damage';

/** Asks whether to continue from the latest good backup when the data file is damaged. */
export function offerBackup(damage: Damage): boolean {
  if (!damage.latestGood) return false;
  const when = new Date(damage.latestGood.createdAt).toLocaleString();
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: 'Followthrough',
    message: 'Your Followthrough data could not be read.',
    detail: `The database file is damaged (${damage.problem}). You can continue from the backup of ${when}; the damaged file is kept next to the backups.`,
    buttons: [`Restore the backup of ${when}`, 'Quit'],
    defaultId: 0,
    cancelId: 1,
  });
  return choice === 0;
}

/** Says why the app cannot start, instead of leaving it running without a window. */
export function reportStartFailure(error: unknown): void {
  dialog.showErrorBox('Followthrough cannot start', error instanceof Error ? error.message : String(error));
}
