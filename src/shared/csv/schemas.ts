import { z } from 'zod';
import { DateOrder } from './dateOrder';
import { Id } from '../fields';
import { Locale } from '../i18n/locales';
import { problem } from '../i18n/problems';

/** CSV in and out: platform exports and spreadsheets are how numbers reach an offline app. */

export const IMPORT_KINDS = ['creators', 'metrics', 'orders'] as const;
export const ImportKind = z.enum(IMPORT_KINDS, { error: problem('field.importKind') });
export type ImportKind = z.infer<typeof ImportKind>;

/** Which column holds each field (by the column's header); null leaves a field out. */
export const ColumnMapping = z.record(z.string(), z.string().nullable());
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/**
 * The encodings spreadsheets save CSV in: UTF-8, Excel's "CSV" on a Western Windows (Windows-1252),
 * on a Chinese one (GBK, read as its superset GB18030) or a Taiwanese one (Big5), on a Japanese
 * one (Shift-JIS), and Excel's "Unicode text" (UTF-16).
 */
export const CSV_ENCODINGS = ['utf-8', 'windows-1252', 'gb18030', 'big5', 'shift_jis', 'utf-16le', 'utf-16be'] as const;
export const CsvEncoding = z.enum(CSV_ENCODINGS, { error: problem('field.csvEncoding', { list: CSV_ENCODINGS.join(', ') }) });
export type CsvEncoding = z.infer<typeof CsvEncoding>;
export const ENCODING_LABELS: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8 (Unicode)',
  'windows-1252': 'Western European (Windows-1252)',
  gb18030: 'Simplified Chinese (GBK / GB18030)',
  big5: 'Traditional Chinese (Big5)',
  shift_jis: 'Japanese (Shift-JIS)',
  'utf-16le': 'UTF-16 little-endian (Unicode text)',
  'utf-16be': 'UTF-16 big-endian',
};

/**
 * How the file writes numbers: decided for the whole file (the user picks, with a guess from the
 * file), never cell by cell. Under 1.234,5 "12.400" is twelve thousand four hundred.
 */
export const NUMBER_FORMATS = ['1,234.5', '1.234,5'] as const;
export const NumberFormat = z.enum(NUMBER_FORMATS, { error: problem('field.numberFormat') });
export type NumberFormat = z.infer<typeof NumberFormat>;

const CSV_MAX_BYTES = 50_000_000;

/** The file as text (pasted, or from API callers) or as its bytes, decoded here. */
const CsvSource = {
  csv: z.string({ error: problem('field.csvMissing') }).min(1, { error: problem('field.fileEmpty') }).max(CSV_MAX_BYTES, { error: problem('field.fileOver50') }).optional(),
  /** The file's bytes, base64-encoded. */
  base64: z
    .base64({ error: problem('field.base64') })
    .min(1, { error: problem('field.fileEmpty') })
    .max(Math.ceil(CSV_MAX_BYTES / 3) * 4, { error: problem('field.fileOver50') })
    .optional(),
  /** With `base64`: read the bytes in this encoding; omitted, the encoding is detected. */
  encoding: CsvEncoding.optional(),
};

function oneSource(ctx: z.core.ParsePayload<{ csv?: string; base64?: string; encoding?: CsvEncoding }>) {
  const { csv, base64, encoding } = ctx.value;
  if (csv === undefined && base64 === undefined) ctx.issues.push({ code: 'custom', path: ['csv'], message: problem('field.csvChoose'), input: ctx.value });
  if (csv !== undefined && base64 !== undefined) ctx.issues.push({ code: 'custom', path: ['base64'], message: problem('field.csvBoth'), input: ctx.value });
  if (csv !== undefined && encoding !== undefined) ctx.issues.push({ code: 'custom', path: ['encoding'], message: problem('field.encodingBytesOnly'), input: ctx.value });
}

export const CsvImportInput = z
  .strictObject({
    kind: ImportKind,
    ...CsvSource,
    /** Omitted: the format the file appears to use (see `csv.read`), as the preview reports. */
    numberFormat: NumberFormat.optional(),
    /** The order of day, month and year in the file's dates; omitted: the order its dates can only be in, else yyyy-mm-dd. */
    dateOrder: DateOrder.optional(),
    /** Metrics: the campaign whose collaborations the rows belong to (else each creator's latest). */
    campaignId: Id.optional(),
    /** Omitted: the columns are matched by their headers. */
    mapping: ColumnMapping.optional(),
  })
  .check(oneSource);
export type CsvImportInput = z.input<typeof CsvImportInput>;

export const CsvReadInput = z.strictObject({ ...CsvSource }).check(oneSource);
export type CsvReadInput = z.input<typeof CsvReadInput>;

/** One way to read the file's bytes, with its first lines as they would read. */
export const EncodingOption = z.object({
  encoding: CsvEncoding,
  /** The first lines (up to 5) in that encoding. */
  sample: z.array(z.string()),
  /** Characters that cannot be read in it (shown as U+FFFD). */
  unreadable: z.number().int().min(0),
});

export const CsvReading = z.object({
  /** Null for text sent as text. */
  encoding: CsvEncoding.nullable(),
  /** What detection chose; null for text. */
  detected: CsvEncoding.nullable(),
  /** The file started with a byte order mark, which settles the encoding. */
  bom: z.boolean(),
  /** The encoding used first, then the other likely ones, each with its sample. */
  options: z.array(EncodingOption),
  columns: z.array(z.string()),
  /** The first data row by column, to show what each column holds while mapping. */
  firstRow: z.record(z.string(), z.string()),
  numberFormat: NumberFormat,
  /** The cell that decided the guess, or null when nothing in the file did (then: 1,234.5, or 1.234,5 for a file separated by semicolons). */
  numberEvidence: z.object({ line: z.number().int().min(1), value: z.string() }).nullable(),
});
export type CsvReading = z.infer<typeof CsvReading>;

export const RowError = z.object({
  /** The line in the file (the header is line 1). */
  line: z.number().int().min(1),
  /** The column's header, or null for a problem with the whole row. */
  column: z.string().nullable(),
  message: z.string(),
  /** A coded problem's key in the errors catalog and its values, for a page to say it in its language. */
  key: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
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
  /** Orders: orders left out, to no known creator's address or already imported. */
  skipped: z.number().int().min(0).optional(),
  /** How the file was read: its encoding (null for text) and number format. */
  encoding: CsvEncoding.nullable(),
  numberFormat: NumberFormat,
  /** The order dates are read in (chosen, or the only one the file's dates fit). */
  dateOrder: DateOrder,
  /** The first dates of the file as they will be read (null: not a date in that order). */
  dates: z.array(z.object({ line: z.number().int(), value: z.string(), date: z.string().nullable() })),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportResult = z.object({
  kind: ImportKind,
  imported: z.number().int(),
  newPosts: z.number().int(),
  /** Orders: those left out, to no known creator or already imported. */
  skipped: z.number().int().optional(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const EXPORT_KINDS = ['creators', 'collaborations', 'metrics', 'payments'] as const;
export const CsvExportInput = z.strictObject({
  kind: z.enum(EXPORT_KINDS, { error: problem('field.exportKind') }),
  campaignId: Id.optional(),
  /** The page's language, for the column names; the brand's language when not given. */
  language: Locale.optional(),
  /** Column names in English whatever the language, for a sheet or a tool that expects them. */
  englishHeaders: z.boolean({ error: problem('field.booleanExpected') }).optional(),
});
export const CsvFile = z.object({ filename: z.string(), csv: z.string(), rows: z.number().int() });
export type CsvFile = z.infer<typeof CsvFile>;
