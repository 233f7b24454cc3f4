import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { extensionOf } from '../../shared/materials/schemas';
import { PARTIAL, removeQuietly, syncFile, syncFolder } from './durable';
import { troubleOf } from './fileErrors';

/*
 * The files of the campaigns' materials kits live beside the database, in `materials/`, each
 * under a name made from its campaign and its SHA-256: the same name always means the same bytes,
 * so a copy brought back from a backup can never stand in for another file. A file is written
 * under a temporary name, synced, read back and checked against its SHA-256, and only then renamed
 * into place, so nothing half-written ever carries a material's name.
 */

export const materialsDirOf = (dbFile: string) => join(dirname(dbFile), 'materials');

/** The copy's name inside the materials folder; the extension is kept so the folder reads well. */
export function storedNameOf(campaignId: number, sha256: string, name: string): string {
  const extension = extensionOf(name);
  return `${campaignId}-${sha256}${extension ? `.${extension}` : ''}`;
}

export const sha256Of = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** A file's SHA-256, read a piece at a time (a video need not sit in memory); null when there is no such file. */
export function fileSha256(file: string): string | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if (troubleOf(error) === 'missing') return null;
    throw error;
  }
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.alloc(1 << 20);
    for (let read = readSync(fd, buffer, 0, buffer.length, null); read > 0; read = readSync(fd, buffer, 0, buffer.length, null)) {
      hash.update(buffer.subarray(0, read));
    }
    return hash.digest('hex');
  } finally {
    closeSync(fd);
  }
}

/**
 * Makes a folder and the ones above it that are missing, one at a time: Node's recursive mkdir
 * reports a read-only disk as ENOENT, which would hide why nothing could be written.
 */
function makeFolder(dir: string): void {
  if (existsSync(dir)) return;
  makeFolder(dirname(dir));
  try {
    mkdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** The copy did not read back as the bytes it was made from; nothing was left under its name. */
export class CopyMismatch extends Error {
  constructor(readonly file: string) {
    super(`The copy ${file} did not read back as the bytes it was made from.`);
    this.name = 'CopyMismatch';
  }
}

/**
 * Writes `dir/name` with `content` (bytes, or the file to copy), checked against `sha256` before it
 * takes the name. A full disk, a read-only folder or a failed check leaves nothing behind.
 */
export function writeChecked(dir: string, name: string, content: Buffer | { copyOf: string }, sha256: string): void {
  const temp = join(dir, `followthrough-${name}${PARTIAL}`);
  try {
    makeFolder(dir);
    rmSync(temp, { force: true });
    if (Buffer.isBuffer(content)) writeFileSync(temp, content, { flag: 'wx' });
    else copyFileSync(content.copyOf, temp);
    syncFile(temp);
    if (fileSha256(temp) !== sha256) throw new CopyMismatch(join(dir, name));
    renameSync(temp, join(dir, name));
    syncFolder(dir);
  } catch (error) {
    removeQuietly(temp);
    throw error;
  }
}

/**
 * Takes a file out of its name, to be deleted once the change that removes it is stored: until
 * then `putBack` returns it, and `discard` deletes it (or leaves it to the clean-up at the next
 * start). A missing file has nothing to take.
 */
export function setAside(file: string): { putBack(): void; discard(): void } | null {
  if (!existsSync(file)) return null;
  const aside = join(dirname(file), `${ASIDE}${basename(file)}${PARTIAL}`);
  renameSync(file, aside);
  return {
    putBack: () => renameSync(aside, file),
    discard: () => removeQuietly(aside),
  };
}

const ASIDE = 'followthrough-removing-';

/**
 * After a crash between setting a file aside and storing its removal: a file whose material is
 * still current (`current`: their stored names) goes back under its name; the others are deleted.
 * Returns the names put back.
 */
export function recoverSetAside(materialsDir: string, current: ReadonlySet<string>): string[] {
  let names: string[];
  try {
    names = readdirSync(materialsDir);
  } catch {
    return [];
  }
  const back: string[] = [];
  for (const name of names.filter((n) => n.startsWith(ASIDE) && n.endsWith(PARTIAL))) {
    const stored = name.slice(ASIDE.length, -PARTIAL.length);
    if (!current.has(stored)) continue;
    renameSync(join(materialsDir, name), join(materialsDir, stored));
    back.push(stored);
  }
  return back;
}
