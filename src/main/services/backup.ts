import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { type BackupInfo, type BackupRestoreInput, DatabaseJson, type JsonImportInput } from '../../shared/backup/schemas';
import { backupDirOf, createBackup, integrityOf, listBackups, swapIn } from '../db/backups';
import { openDatabase } from '../db/client';
import { exportDatabase, fillDatabase } from '../db/databaseJson';
import { verifyChain } from '../db/eventChain';
import { type Ctx, nowIso } from './context';
import { AppError, badField } from './errors';

const dbFileOf = (ctx: Ctx) => ctx.db.$client.name;
const stamp = (ctx: Ctx) => nowIso(ctx).replace(/[:.]/g, '-');

export function backUpNow(ctx: Ctx): BackupInfo {
  return createBackup(ctx.db.$client, dbFileOf(ctx), ctx.clock.now(), 'manual');
}

export function listBackupsOf(ctx: Ctx): BackupInfo[] {
  return listBackups(dbFileOf(ctx));
}

/** Replaces the database with a backup that passes `integrity_check`; the replaced file is kept. */
export function restoreBackup(ctx: Ctx, input: z.output<typeof BackupRestoreInput>): { restored: string; keptAs: string } {
  const dbFile = dbFileOf(ctx);
  const backup = listBackups(dbFile).find((b) => b.name === input.name);
  if (!backup) throw new AppError('NOT_FOUND', `There is no backup called ${input.name}.`);
  const source = join(backupDirOf(dbFile), backup.name);
  const integrity = integrityOf(source);
  if (integrity !== 'ok') throw new AppError('CONFLICT', `The backup ${backup.name} is damaged (${integrity}); nothing was changed.`);
  return { restored: backup.name, keptAs: replaceDatabase(ctx, source, 'copy') };
}

export function exportJson(ctx: Ctx): { filename: string; json: string } {
  const at = nowIso(ctx);
  return { filename: `followthrough-${at.slice(0, 10)}.json`, json: JSON.stringify(exportDatabase(ctx.db.$client, at)) };
}

/**
 * Replaces all data with an export. The export is first built into a database of its own and
 * checked (same version, known tables and columns, references, integrity, an intact history);
 * only then does it take the place of the current one, which is kept.
 */
export function importJson(ctx: Ctx, input: z.output<typeof JsonImportInput>): { rows: number; keptAs: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.json);
  } catch {
    throw badField(['json'], 'This is not a Followthrough export: it is not JSON.');
  }
  const data = DatabaseJson.safeParse(parsed);
  if (!data.success) throw badField(['json'], 'This is not a Followthrough export: it has no tables from Followthrough.');
  if (!ctx.migrationsFolder) throw new AppError('CONFLICT', 'This copy of Followthrough cannot import a whole database.');
  const dbFile = dbFileOf(ctx);
  mkdirSync(backupDirOf(dbFile), { recursive: true });
  const staged = join(backupDirOf(dbFile), `followthrough-import-${stamp(ctx)}.db`);
  let rows = 0;
  const target = openDatabase(staged, { migrationsFolder: ctx.migrationsFolder });
  try {
    rows = fillDatabase(target.$client, data.data);
    const chain = verifyChain(target.$client);
    if (!chain.intact) throw new Error(`Its history does not hold: ${chain.message}`);
  } catch (error) {
    target.$client.close();
    rmSync(staged, { force: true });
    throw badField(['json'], `The export was not imported; nothing was changed. ${error instanceof Error ? error.message : String(error)}`);
  }
  target.$client.close();
  return { rows, keptAs: replaceDatabase(ctx, staged, 'move') };
}

/** Swaps the database file under the running app; if the new one will not open, the old one goes back. */
function replaceDatabase(ctx: Ctx, source: string, how: 'copy' | 'move'): string {
  if (!ctx.migrationsFolder) throw new AppError('CONFLICT', 'This copy of Followthrough cannot replace its database.');
  const dbFile = dbFileOf(ctx);
  const migrationsFolder = ctx.migrationsFolder;
  ctx.db.$client.close();
  const keptAs = swapIn(dbFile, source, ctx.clock.now(), how);
  try {
    ctx.db = openDatabase(dbFile, { migrationsFolder, now: () => ctx.clock.now() });
  } catch (error) {
    rmSync(dbFile, { force: true });
    renameSync(join(backupDirOf(dbFile), keptAs), dbFile);
    ctx.db = openDatabase(dbFile, { migrationsFolder, now: () => ctx.clock.now() });
    throw new AppError('CONFLICT', `The new data could not be opened (${error instanceof Error ? error.message : String(error)}); your data was put back.`);
  }
  return keptAs;
}
