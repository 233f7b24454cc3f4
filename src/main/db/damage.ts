import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/backup/schemas';
import { backupDirOf, integrityOf, listBackups, swapInBackup } from './backups';

/** What was found wrong with the database file at startup, and the backup that could replace it. */
export interface Damage {
  file: string;
  problem: string;
  /** The newest backup that passes `integrity_check`, if any. */
  latestGood: BackupInfo | null;
}

/** `quick_check` before opening: a damaged file is reported instead of crashing the app later. */
export function findDamage(file: string): Damage | null {
  if (!existsSync(file)) return null;
  const problem = integrityOf(file, 'quick_check');
  if (problem === 'ok') return null;
  const latestGood = listBackups(file).find((b) => integrityOf(join(backupDirOf(file), b.name)) === 'ok') ?? null;
  return { file, problem, latestGood };
}

/** Puts the latest good backup in place; the damaged file is kept beside the backups. */
export function recoverFrom(damage: Damage, at: Date): string {
  if (!damage.latestGood) throw new Error('There is no good backup to restore.');
  return swapInBackup(damage.file, damage.latestGood.name, at);
}

export class DatabaseDamagedError extends Error {
  constructor(readonly damage: Damage) {
    super(
      `The database ${damage.file} is damaged (${damage.problem}). ` +
        (damage.latestGood ? `The latest good backup is ${damage.latestGood.name}.` : 'There is no good backup to restore.'),
    );
  }
}
