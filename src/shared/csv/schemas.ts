import { z } from 'zod';
import { Id } from '../fields';

/** CSV in and out: platform exports and spreadsheets are how numbers reach an offline app. */

export const IMPORT_KINDS = ['creators', 'metrics'] as const;
export const ImportKind = z.enum(IMPORT_KINDS, { error: 'Choose what the file holds: creators or metrics' });
export type ImportKind = z.infer<typeof ImportKind>;

/** Which column holds each field (by the column's header); null leaves a field out. */
export const ColumnMapping = z.record(z.string(), z.string().nullable());
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const CsvImportInput = z.strictObject({
  kind: ImportKind,
  csv: z.string({ error: 'Paste or choose a CSV file' }).min(1, { error: 'The file is empty' }).max(50_000_000, { error: 'The file is larger than 50 MB' }),
  /** Metrics: the campaign whose collaborations the rows belong to (else each creator's latest). */
  campaignId: Id.optional(),
  /** Omitted: the columns are matched by their headers. */
  mapping: ColumnMapping.optional(),
});
export type CsvImportInput = z.input<typeof CsvImportInput>;

export const RowError = z.object({
  /** The line in the file (the header is line 1). */
  line: z.number().int().min(1),
  /** The column's header, or null for a problem with the whole row. */
  column: z.string().nullable(),
  message: z.string(),
});
export type RowError = z.infer<typeof RowError>;

export const ImportField = z.object({ field: z.string(), label: z.string(), required: z.boolean() });

export const ImportPreview = z.object({
  kind: ImportKind,
  columns: z.array(z.string()),
  fields: z.array(ImportField),
  mapping: ColumnMapping,
  rows: z.number().int().min(0),
  /** The first rows as they would be read, field → value. */
  sample: z.array(z.record(z.string(), z.string())),
  /** Every problem found (the first 1,000), so all of them can be fixed in one go. */
  errors: z.array(RowError),
  errorCount: z.number().int().min(0),
  /** Metrics: posts that do not exist yet and would be added. */
  newPosts: z.number().int().min(0),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({ kind: ImportKind, imported: z.number().int(), newPosts: z.number().int() });
export type ImportResult = z.infer<typeof ImportResult>;

export const EXPORT_KINDS = ['creators', 'collaborations', 'metrics'] as const;
export const CsvExportInput = z.strictObject({
  kind: z.enum(EXPORT_KINDS, { error: 'Choose creators, collaborations or metrics' }),
  campaignId: Id.optional(),
});
export const CsvFile = z.object({ filename: z.string(), csv: z.string(), rows: z.number().int() });
export type CsvFile = z.infer<typeof CsvFile>;
