import { z } from 'zod';
import { IsoDateTime } from '../fields';

/** Copies of the database file: made daily and weekly by themselves, or when asked. */
export const BackupKind = z.enum(['daily', 'weekly', 'manual']);
export type BackupKind = z.infer<typeof BackupKind>;

/** How many of each kind are kept; older ones are removed when a new one is made. */
export const KEEP: Record<BackupKind, number> = { daily: 7, weekly: 4, manual: 10 };

export const BACKUP_NAME = /^followthrough-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(daily|weekly|manual)\.db$/;

export const BackupInfo = z.object({
  name: z.string(),
  kind: BackupKind,
  createdAt: IsoDateTime,
  bytes: z.number().int().min(0),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

export const BackupCreateInput = z.strictObject({});
export const BackupListInput = z.strictObject({});
export const BackupRestoreInput = z.strictObject({
  name: z.string().regex(BACKUP_NAME, { error: 'Choose one of the backups that backup.list names' }),
});
export const RestoreResult = z.object({
  restored: z.string(),
  /** Where the database that was replaced was kept, in case it is wanted after all. */
  keptAs: z.string(),
});

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
  json: z.string({ error: 'Choose an exported .json file' }).min(2).max(100_000_000, { error: 'The file is larger than 100 MB' }),
});
export const JsonImportResult = z.object({ rows: z.number().int(), keptAs: z.string() });
