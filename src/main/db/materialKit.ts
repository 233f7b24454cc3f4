import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { PARTIAL, removeQuietly } from './durable';
import { CopyMismatch, fileSha256, writeChecked } from './materialFiles';

/*
 * The materials' files in backups. A backup is one database file; the files its materials name
 * are kept beside it in the backup folder's `materials/` pool, one copy per content (named by its
 * SHA-256) shared by every backup of that folder, so a daily backup does not copy every video
 * again. A restore (or a JSON import) puts back each file the data names, checked against its
 * SHA-256, and says which it could not find.
 */

/** The file of a current material, as a backup keeps it and a restore brings it back. */
export interface KitFile {
  id: number;
  campaignId: number;
  name: string;
  stored: string;
  sha256: string;
  bytes: number;
}

/** The current materials of a database (a removed one has no file); none in data from before the kit. */
export function kitFilesOf(sqlite: Database.Database): KitFile[] {
  if (!sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'materials'`).get()) return [];
  return sqlite
    .prepare<[], KitFile>(`SELECT id, campaign_id AS campaignId, name, stored, sha256, bytes FROM materials WHERE removed_at IS NULL ORDER BY id`)
    .all();
}

/** The same, read from a database file (a backup, an import being staged). */
export function kitFilesIn(file: string): KitFile[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return kitFilesOf(db);
  } finally {
    db.close();
  }
}

export const poolDirOf = (backupFolder: string) => join(backupFolder, 'materials');

const POOLED = /^[0-9a-f]{64}$/;
// What storedNameOf makes; other names in the folder are not the app's to remove.
const isStoredName = (name: string) => {
  const parts = /^\d{1,10}-[0-9a-f]{64}(.*)$/.exec(name);
  return parts !== null && (parts[1] === '' || /^\.[a-z0-9]{1,10}$/.test(parts[1]!));
};

function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}

/**
 * Copies into the pool each file it does not hold yet, from `sourceOf(file)`. A file missing or
 * changed at its source cannot be kept, and is left out: a restore will name it as missing.
 */
export function addToPool(files: readonly KitFile[], poolDir: string, sourceOf: (file: KitFile) => string): void {
  for (const file of files) {
    if (sizeOf(join(poolDir, file.sha256)) === file.bytes) continue;
    const source = sourceOf(file);
    if (!existsSync(source)) continue;
    try {
      writeChecked(poolDir, file.sha256, { copyOf: source }, file.sha256);
    } catch (error) {
      if (!(error instanceof CopyMismatch)) throw error;
    }
  }
}

/**
 * Removes from the pool what none of `backups` (the database files still kept there) names any
 * more. If one of them cannot be read, nothing is removed: it might need any of them.
 */
export function prunePool(poolDir: string, backups: readonly string[]): void {
  if (!existsSync(poolDir)) return;
  const wanted = new Set<string>();
  for (const backup of backups) {
    try {
      for (const file of kitFilesIn(backup)) wanted.add(file.sha256);
    } catch {
      return;
    }
  }
  for (const name of readdirSync(poolDir)) {
    if (POOLED.test(name) && !wanted.has(name)) removeQuietly(join(poolDir, name));
  }
}

/**
 * Puts in the materials folder the file of each of `files` it lacks (or holds changed), from the
 * first pool that holds the same bytes, checked against the SHA-256 again as it is written.
 * Returns the files it made (so a step that fails later can take them away again) and the
 * materials whose file is nowhere to be found.
 */
export function bringBack(files: readonly KitFile[], materialsDir: string, pools: readonly string[]): { made: string[]; missing: KitFile[] } {
  const made: string[] = [];
  const missing: KitFile[] = [];
  try {
    for (const file of files) {
      const target = join(materialsDir, file.stored);
      if (fileSha256(target) === file.sha256) continue;
      const source = pools.map((pool) => join(pool, file.sha256)).find((copy) => fileSha256(copy) === file.sha256);
      if (!source) {
        missing.push(file);
        continue;
      }
      const existed = existsSync(target);
      writeChecked(materialsDir, file.stored, { copyOf: source }, file.sha256);
      if (!existed) made.push(target);
    }
  } catch (error) {
    takeAway(made);
    throw error;
  }
  return { made, missing };
}

export const takeAway = (files: readonly string[]) => files.forEach(removeQuietly);

/**
 * Once other data has taken the place of the old, removes the files no current material names
 * (the backup kept of the replaced data holds them in its pool): as after a removal, a material
 * that is gone from the kit has no file.
 */
export function tidyMaterials(materialsDir: string, files: readonly KitFile[]): void {
  const named = new Set(files.map((f) => f.stored));
  let names: string[];
  try {
    names = readdirSync(materialsDir);
  } catch {
    return;
  }
  for (const name of names) {
    if (isStoredName(name) && !name.includes(PARTIAL) && !named.has(name)) removeQuietly(join(materialsDir, name));
  }
}
