import Papa from 'papaparse';
import { IMPORT_FIELDS, suggestMapping } from '../../../shared/csv/fields';
import { fromCell } from '../../../shared/csv/cells';
import { guessNumberFormat } from '../../../shared/csv/numbers';
import { type ColumnMapping, type CsvEncoding, type ImportKind, type NumberFormat, type RowError } from '../../../shared/csv/schemas';
import { AppError } from '../errors';
import { REPLACEMENT } from './decode';
import { problem } from '../../../shared/i18n/problems';
import { spelled } from '../../../shared/i18n/spelled';

export interface CsvRow {
  /** The file's line the row starts on (the header is line 1). */
  line: number;
  /** field → cell text, by the mapping. */
  values: Record<string, string>;
}

export interface ReadCsv {
  columns: string[];
  mapping: ColumnMapping;
  rows: CsvRow[];
  /** Rows the parser itself could not read (a stray quote, too many fields), and unreadable characters. */
  errors: RowError[];
  numberFormat: NumberFormat;
}

export interface ParsedCsv {
  header: string[] | null;
  data: string[][];
  /** The file's line each data row starts on. */
  lines: number[];
  delimiter: string;
  errors: RowError[];
}

/** Every row of the text with the line it starts on; papaparse finds the delimiter (comma, semicolon, tab …). */
export function parseCsv(text: string): ParsedCsv {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  // Papa counts rows, not lines; a quoted field may span lines, so lines are counted from cursors.
  const lineOf = lineCounter(text, parsed.data.length);
  const [header, ...data] = parsed.data;
  const usable = header && !header.every((h) => h.trim() === '') ? header : null;
  return {
    header: usable,
    data,
    lines: data.map((_, i) => lineOf(i + 1)),
    delimiter: parsed.meta.delimiter,
    // A file of one column has no delimiter to find; papaparse says so, but nothing is wrong with it.
    errors: parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter').map((e) => ({ line: lineOf(e.row ?? 0), column: null, message: `${e.message}.` })),
  };
}

export const NO_HEADER = problem('service.noHeader');

/** The number format a parsed file appears to use (see shared/csv/numbers). */
export const guessFormat = (parsed: ParsedCsv) => guessNumberFormat(parsed.data.map((cells, i) => ({ line: parsed.lines[i]!, cells })), parsed.delimiter);

/**
 * Parses with papaparse and applies the mapping (given, or guessed from the headers). A mapped cell
 * holding U+FFFD lost characters when the bytes were decoded: it is a problem, never imported.
 */
export function readCsv(kind: ImportKind, text: string, given: ColumnMapping | undefined, how: { encoding: CsvEncoding | null; numberFormat?: NumberFormat }): ReadCsv {
  const parsed = parseCsv(text);
  const { header, data } = parsed;
  if (!header) throw new AppError('BAD_INPUT', NO_HEADER);
  const columns = header.map((h) => h.trim());
  const mapping = given ?? suggestMapping(kind, columns);
  const fields = IMPORT_FIELDS[kind];
  const issues = [];
  for (const [field, column] of Object.entries(mapping)) {
    if (!fields.some((f) => f.field === field)) issues.push({ path: ['mapping', field], message: problem('service.noSuchField', { field }) });
    else if (column !== null && !columns.includes(column)) issues.push({ path: ['mapping', field], message: problem('service.noColumn', { column }) });
  }
  for (const f of fields) if (f.required && !mapping[f.field]) issues.push({ path: ['mapping', f.field], message: problem('service.chooseColumn', { field: f.field }) });
  if (issues.length > 0) throw new AppError('BAD_INPUT', issues.map((i) => spelled(i.message).message).join(' '), issues);

  const errors: RowError[] = [...parsed.errors];
  // The encoding is named by its key in the import's words, so the page says it in its own language.
  const unreadable = spelled(how.encoding ? problem('service.cellUnreadable', { encodingKey: `importExport:encoding.${how.encoding}` }) : problem('service.charLost'));
  const index = Object.entries(mapping).filter(([, c]) => c !== null).map(([f, c]) => [f, columns.indexOf(c!)] as const);
  const rows = data.map((cells, i) => {
    const line = parsed.lines[i]!;
    const values: Record<string, string> = {};
    for (const [field, at] of index) {
      values[field] = fromCell(cells[at]);
      if (values[field].includes(REPLACEMENT)) errors.push({ line, column: columns[at]!, ...unreadable });
    }
    return { line, values };
  });
  return { columns, mapping, rows, errors, numberFormat: how.numberFormat ?? guessFormat(parsed).format };
}

/** Line numbers of parsed rows, counting the newlines inside quoted fields too. */
function lineCounter(csv: string, rowCount: number): (row: number) => number {
  const starts: number[] = [];
  let line = 1;
  let quoted = false;
  let atRowStart = true;
  for (let i = 0; i < csv.length && starts.length < rowCount; i++) {
    const ch = csv[i];
    if (atRowStart && ch !== '\n' && ch !== '\r') {
      starts.push(line);
      atRowStart = false;
    }
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n') {
      line += 1;
      if (!quoted) atRowStart = true;
    }
  }
  return (row) => starts[row] ?? row + 1;
}
