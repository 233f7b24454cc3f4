import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import type { BackupCreated, BackupFolders, BackupInfo, BackupRestoreInput, RestoreResult, SecondFolderInput } from '../../shared/backup/schemas';
import { checkDatabaseFile, type FileFault } from '../db/backupFile';
import { asBackupError, BackupError, backupDirOf, createBackup, folderFault, folderPathOf, listBackups, removeQuietly, secondFolderProblem } from '../db/backups';
import { openDatabase } from '../db/client';
import { troubleOf } from '../db/fileErrors';
import { materialsDirOf } from '../db/materialFiles';
import { bringBack, type KitFile, kitFilesIn, poolDirOf, takeAway, tidyMaterials } from '../db/materialKit';
import type { MissingMaterial } from '../../shared/materials/schemas';
import { stageCopy, swapInStaged } from '../db/replace';
import { probeWritable, readSecondFolder, writeSecondFolder } from '../db/secondFolder';
import type { Ctx } from './context';
import { AppError, badField } from './errors';
import { problem } from '../../shared/i18n/problems';
import { carried } from '../../shared/i18n/wording';

const dbFileOf = (ctx: Ctx) => ctx.db.$client.name;

/** Why a file failed, as a code the catalog words (`{trouble, select…}`), with the system's own words for anything else. */
const troubleParams = (error: unknown) => ({ trouble: troubleOf(error), detail: error instanceof Error ? error.message : String(error) });
const dataDirOf = (ctx: Ctx) => dirname(dbFileOf(ctx));
const secondOf = (ctx: Ctx) => readSecondFolder(dataDirOf(ctx));

export function backUpNow(ctx: Ctx): BackupCreated {
  try {
    return createBackup(ctx.db.$client, dbFileOf(ctx), ctx.clock.now(), 'manual', secondOf(ctx));
  } catch (error) {
    if (error instanceof BackupError) throw new AppError('CONFLICT', problem('service.noBackupMade', error.why));
    throw error;
  }
}

export function listBackupsOf(ctx: Ctx): BackupInfo[] {
  return listBackups(dbFileOf(ctx), secondOf(ctx));
}

/**
 * Replaces the database with a backup that passes every check (a whole Followthrough database,
 * integrity_check, a copy holding the same rows); the data it replaces is kept as a backup first.
 */
export function restoreBackup(ctx: Ctx, input: z.output<typeof BackupRestoreInput>): z.infer<typeof RestoreResult> {
  const dbFile = dbFileOf(ctx);
  const second = secondOf(ctx);
  const folder = folderPathOf(dbFile, input.folder, second);
  const backup = listBackups(dbFile, second).find((b) => b.name === input.name && b.folder === input.folder);
  if (!backup) {
    // A file with a backup's name that is not listed: say what is wrong with it.
    const unlisted = folder && existsSync(join(folder, input.name)) ? checkDatabaseFile(join(folder, input.name), { integrity: false }) : null;
    if (unlisted && !unlisted.ok) throw new AppError('CONFLICT', problem('service.cannotRestore', { source: 'file', name: input.name, ...faultOf(unlisted) }));
    throw new AppError('NOT_FOUND', problem('service.noBackup', { name: input.name, folder: input.folder === 'second' ? 'second' : 'backups' }));
  }
  const source = join(folder!, backup.name);
  const check = checkDatabaseFile(source, { integrity: true });
  if (!check.ok) throw new AppError('CONFLICT', problem('service.cannotRestore', { source: 'backup', name: backup.name, ...faultOf(check) }));
  const staged = refusing('restore', dataDirOf(ctx), () => stageCopy(dbFile, source, check.counts));
  let kit: KitBack;
  try {
    kit = bringBackKit(ctx, source, 'restore', poolDirOf(folder!));
  } catch (error) {
    removeQuietly(staged);
    throw error;
  }
  return { restored: backup.name, keptAs: replaceWithKit(ctx, staged, kit), missingMaterials: kit.missing };
}

/** The materials' files of data about to come in, put back in place; `undo` takes them away again if it does not come in after all. */
export interface KitBack {
  files: KitFile[];
  missing: MissingMaterial[];
  undo(): void;
}

/**
 * Puts in the materials folder the file of every current material of `incoming` (a database
 * file), each checked against its SHA-256, from the backup folders' pools (`firstPool` first). A
 * file found nowhere is named in `missing`; a disk that cannot take them refuses the step.
 */
export function bringBackKit(ctx: Ctx, incoming: string, step: 'restore' | 'import', firstPool?: string): KitBack {
  const second = secondOf(ctx);
  const pools = [...new Set([...(firstPool ? [firstPool] : []), poolDirOf(backupDirOf(dbFileOf(ctx))), ...(second ? [poolDirOf(second)] : [])])];
  const files = kitFilesIn(incoming);
  const { made, missing } = refusing(step, dataDirOf(ctx), () => bringBack(files, materialsDirOf(dbFileOf(ctx)), pools));
  return { files, missing: missing.map(({ id, campaignId, name, sha256 }) => ({ id, campaignId, name, sha256 })), undo: () => takeAway(made) };
}

/** replaceDatabase, then the files no material of the new data names leave (the replaced data's backup keeps them). */
export function replaceWithKit(ctx: Ctx, staged: string, kit: KitBack): string {
  let keptAs: string;
  try {
    keptAs = replaceDatabase(ctx, staged);
  } catch (error) {
    kit.undo();
    throw error;
  }
  tidyMaterials(materialsDirOf(dbFileOf(ctx)), kit.files);
  return keptAs;
}

// A file's fault as the value `fault` of a refusal (`service.fileFault`).
const faultOf = (check: FileFault) => carried('fault', { message: check.problem, key: 'service.fileFault', params: check.why });

/**
 * Runs a step whose failure on the disk (full, a permission, a check) is a refusal the user can
 * read, saying what did not happen (`step`) and why.
 */
export function refusing<T>(step: 'restore' | 'keep' | 'import', dir: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof BackupError) && troubleOf(error) === 'other') throw error;
    throw new AppError('CONFLICT', problem('service.stepRefused', { step, ...asBackupError(error, dir).why }));
  }
}

/**
 * Swaps a staged, checked database file in under the running app. The current data is kept as a
 * backup (`replaced`) first; if it cannot be kept, or the new file will not open, nothing changes.
 */
export function replaceDatabase(ctx: Ctx, staged: string): string {
  if (!ctx.migrationsFolder) {
    removeQuietly(staged);
    throw new AppError('CONFLICT', problem('service.cannotReplace'));
  }
  const dbFile = dbFileOf(ctx);
  const migrationsFolder = ctx.migrationsFolder;
  const now = ctx.clock.now();
  const kept = refusing('keep', backupDirOf(dbFile), () => {
    try {
      return createBackup(ctx.db.$client, dbFile, now, 'replaced');
    } catch (error) {
      removeQuietly(staged);
      throw error;
    }
  });
  ctx.db.$client.close();
  const reopen = () => (ctx.db = openDatabase(dbFile, { migrationsFolder, now: () => ctx.clock.now() }));
  try {
    swapInStaged(dbFile, staged);
    reopen();
  } catch (error) {
    // The kept copy was checked when it was made: it goes back exactly as it was.
    const back = checkDatabaseFile(join(backupDirOf(dbFile), kept.name), { integrity: false });
    if (back.ok) swapInStaged(dbFile, stageCopy(dbFile, join(backupDirOf(dbFile), kept.name), back.counts));
    reopen();
    throw new AppError('CONFLICT', problem('service.putBackFailed', troubleParams(error)));
  }
  return kept.name;
}

export function backupFolders(ctx: Ctx): BackupFolders {
  const second = secondOf(ctx);
  const newest = listBackups(dbFileOf(ctx)).find((b) => b.kind !== 'replaced');
  return { folder: backupDirOf(dbFileOf(ctx)), second: second ? { folder: second, ...secondFolderProblem(second, newest?.bytes ?? 0) } : null };
}

/** Sets (or clears) the second folder after writing a file there: a folder that cannot take copies is refused. */
export function setSecondFolder(ctx: Ctx, input: z.output<typeof SecondFolderInput>): BackupFolders {
  const dataDir = dataDirOf(ctx);
  if (input.folder !== null) {
    const folder = input.folder;
    if (!isAbsolute(folder)) throw badField(['folder'], problem('service.folderNotAbsolute'));
    const inside = relative(dataDir, resolve(folder));
    if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
      throw badField(['folder'], problem('service.folderInsideData'));
    }
    const missing = folderFault(folder);
    if (missing) throw badField(['folder'], problem('service.folderCannotTake', missing.values));
    try {
      probeWritable(folder);
    } catch (error) {
      throw badField(['folder'], problem('service.folderUnwritable', { folder, ...troubleParams(error) }));
    }
  }
  // A failed write (read-only folder, full disk) reaches the dispatcher, which says why and that nothing was saved.
  writeSecondFolder(dataDir, input.folder === null ? null : resolve(input.folder));
  return backupFolders(ctx);
}
