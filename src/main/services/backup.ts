import type { z } from 'zod';
import type { BackupInfo, BackupRestoreInput } from '../../shared/backup/schemas';
import { openDatabase } from '../db/client';
import { createBackup, integrityOf, listBackups, swapInBackup, backupDirOf } from '../db/backups';
import { join } from 'node:path';
import { renameSync, rmSync } from 'node:fs';
import type { Ctx } from './context';
import { AppError } from './errors';

const dbFileOf = (ctx: Ctx) => ctx.db.$client.name;

export function backUpNow(ctx: Ctx): BackupInfo {
  return createBackup(ctx.db.$client, dbFileOf(ctx), ctx.clock.now(), 'manual');
}

export function listBackupsOf(ctx: Ctx): BackupInfo[] {
  return listBackups(dbFileOf(ctx));
}

/**
 * Replaces the database with a backup that passes `integrity_check`; the replaced file is kept
 * beside the backups. If the restored copy cannot be opened, the replaced file goes back.
 */
export function restoreBackup(ctx: Ctx, input: z.output<typeof BackupRestoreInput>): { restored: string; keptAs: string } {
  const dbFile = dbFileOf(ctx);
  const backup = listBackups(dbFile).find((b) => b.name === input.name);
  if (!backup) throw new AppError('NOT_FOUND', `There is no backup called ${input.name}.`);
  if (!ctx.migrationsFolder) throw new AppError('CONFLICT', 'This copy of Followthrough cannot restore backups.');
  const integrity = integrityOf(join(backupDirOf(dbFile), backup.name));
  if (integrity !== 'ok') throw new AppError('CONFLICT', `The backup ${backup.name} is damaged (${integrity}); nothing was changed.`);

  ctx.db.$client.close();
  const keptAs = swapInBackup(dbFile, backup.name, ctx.clock.now());
  try {
    ctx.db = openDatabase(dbFile, { migrationsFolder: ctx.migrationsFolder, now: () => ctx.clock.now() });
  } catch (error) {
    rmSync(dbFile, { force: true });
    renameSync(join(backupDirOf(dbFile), keptAs), dbFile);
    ctx.db = openDatabase(dbFile, { migrationsFolder: ctx.migrationsFolder, now: () => ctx.clock.now() });
    throw new AppError('CONFLICT', `The backup could not be opened (${error instanceof Error ? error.message : String(error)}); your data was put back.`);
  }
  return { restored: backup.name, keptAs };
}
