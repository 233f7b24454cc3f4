import { z } from 'zod';
import { IsoDateTime } from '../fields';
import { problem } from '../i18n/problems';
import { MissingMaterial } from '../materials/schemas';

/**
 * Copies of the database file: made daily and weekly by themselves, or when asked; `replaced` is
 * the data a restore or an import set aside, kept so it can be restored back.
 */
export const BackupKind = z.enum(['daily', 'weekly', 'manual', 'replaced']);
export type BackupKind = z.infer<typeof BackupKind>;

/** How many of each kind are kept; older ones are removed when a new one is made. */
export const KEEP: Record<BackupKind, number> = { daily: 7, weekly: 4, manual: 10, replaced: 5 };

const BACKUP_NAME =
  /^followthrough-(?:(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(daily|weekly|manual)|replaced-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z))\.db$/;
/** A second copy made in the same millisecond (a pinned clock) gets `-2`, `-3`…: no copy ever replaces another. */
const COPY_SUFFIX = /^(.+?)-([2-9]|[1-9]\d+)\.db$/;

/** What a backup's name says: its kind, when it was made, and which copy of that moment; null for any other file. */
export function parseBackupName(name: string): { kind: BackupKind; createdAt: string; copy: number } | null {
  const copied = COPY_SUFFIX.exec(name);
  const match = BACKUP_NAME.exec(copied ? `${copied[1]}.db` : name);
  if (!match) return null;
  const stamp = match[1] ?? match[3]!;
  const createdAt = stamp.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
  return { kind: (match[2] as BackupKind | undefined) ?? 'replaced', createdAt, copy: copied ? Number(copied[2]) : 1 };
}

/** Newest first: by the moment in the name, then the later copy of that moment. */
export function newestFirst(a: { name: string; createdAt: string }, b: { name: string; createdAt: string }): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return (parseBackupName(b.name)?.copy ?? 1) - (parseBackupName(a.name)?.copy ?? 1);
}

/** `backups` is the folder next to the data; `second` the one the user chose (a drive, a synced folder). */
export const BackupFolder = z.enum(['backups', 'second']);
export type BackupFolder = z.infer<typeof BackupFolder>;

/** What a backup holds, read from the file itself, so the user can tell which one is right. */
export const BackupHolds = z.object({
  creators: z.number().int().min(0),
  collaborations: z.number().int().min(0),
  events: z.number().int().min(0),
});
export type BackupHolds = z.infer<typeof BackupHolds>;

export const BackupInfo = z.object({
  name: z.string(),
  kind: BackupKind,
  folder: BackupFolder,
  createdAt: IsoDateTime,
  bytes: z.number().int().min(0),
  holds: BackupHolds,
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/**
 * What is wrong with the second folder or its copy: `problem` in English (for scripts and logs),
 * and its catalog key (`ns:key`, or one of the errors catalog's) and values, for a page to say it
 * in its own language. Null, and no key, when nothing is wrong.
 */
const SecondFolderProblem = {
  problem: z.string().nullable(),
  key: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
};

/** The copy in the second folder: saved, or why not (the backup next to the data is made either way). */
export const SecondCopy = z.object({ folder: z.string(), saved: z.boolean(), ...SecondFolderProblem });
export type SecondCopy = z.infer<typeof SecondCopy>;

export const BackupCreateInput = z.strictObject({});
export const BackupCreated = BackupInfo.extend({ second: SecondCopy.nullable() });
export type BackupCreated = z.infer<typeof BackupCreated>;
export const BackupListInput = z.strictObject({});
export const BackupRestoreInput = z.strictObject({
  name: z.string().refine((name) => parseBackupName(name) !== null, { error: problem('field.backupName') }),
  folder: BackupFolder.default('backups'),
});
export const RestoreResult = z.object({
  restored: z.string(),
  /** Where the database that was replaced was kept, in case it is wanted after all. */
  keptAs: z.string(),
  /** Materials whose file was in no backup folder: their rows are back, their files are not. */
  missingMaterials: z.array(MissingMaterial),
});

const hasControlCharacter = (v: string) => [...v].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

export const BackupFoldersInput = z.strictObject({});
export const SecondFolderInput = z.strictObject({
  /** A folder on another drive or a synced folder; null stops copying there. */
  folder: z
    .string({ error: problem('field.folderMissing') })
    .trim()
    .min(1, { error: problem('field.folderMissing') })
    .max(1000, { error: problem('field.folderLong') })
    .refine((v) => !hasControlCharacter(v), { error: problem('field.folderControl') })
    .nullable(),
});
export const BackupFolders = z.object({
  /** The folder next to the data, always written to. */
  folder: z.string(),
  second: z.object({ folder: z.string(), ...SecondFolderProblem }).nullable(),
});
export type BackupFolders = z.infer<typeof BackupFolders>;

/** The whole database as JSON: every table's rows, for the version of the schema it came from. */
export const DatabaseJson = z.object({
  app: z.literal('followthrough'),
  /** The last migration applied; an export only imports into the same version. */
  schema: z.string(),
  exportedAt: IsoDateTime,
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type DatabaseJson = z.infer<typeof DatabaseJson>;

export const JsonExportInput = z.strictObject({});
export const JsonExport = z.object({ filename: z.string(), json: z.string() });
export const JsonImportInput = z.strictObject({
  json: z.string({ error: problem('field.jsonMissing') }).min(2).max(100_000_000, { error: problem('field.fileOver100') }),
});
/** An export carries its materials as references (name, SHA-256, size): files found on this computer are put back, the others are named. */
export const JsonImportResult = z.object({ rows: z.number().int(), keptAs: z.string(), missingMaterials: z.array(MissingMaterial) });
