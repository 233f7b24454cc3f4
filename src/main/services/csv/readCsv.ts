import Papa from 'papaparse';
import { IMPORT_FIELDS, suggestMapping } from '../../../shared/csv/fields';
import { fromCell } from '../../../shared/csv/cells';
import type { ColumnMapping, ImportKind, RowError } from '../../../shared/csv/schemas';
import { AppError } from '../errors';

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
  /** Rows the parser itself could not read (a stray quote, too many fields). */
  errors: RowError[];
}

/** Parses with papaparse and applies the mapping (given, or guessed from the headers). */
export function readCsv(kind: ImportKind, csv: string, given: ColumnMapping | undefined): ReadCsv {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...data] = parsed.data;
  if (!header || header.every((h) => h.trim() === '')) throw new AppError('BAD_INPUT', 'The file has no header row: the first line must name the columns.');
  const columns = header.map((h) => h.trim());
  const mapping = given ?? suggestMapping(kind, columns);
  const fields = IMPORT_FIELDS[kind];
  const issues = [];
  for (const [field, column] of Object.entries(mapping)) {
    if (!fields.some((f) => f.field === field)) issues.push({ path: ['mapping', field], message: `There is no field called ${field}.` });
    else if (column !== null && !columns.includes(column)) issues.push({ path: ['mapping', field], message: `The file has no column “${column}”.` });
  }
  for (const f of fields) if (f.required && !mapping[f.field]) issues.push({ path: ['mapping', f.field], message: `Choose the column with the ${f.label.toLowerCase()}.` });
  if (issues.length > 0) throw new AppError('BAD_INPUT', issues.map((i) => i.message).join(' '), issues);

  // Papa counts rows, not lines; a quoted field may span lines, so lines are counted from cursors.
  const lineOf = lineCounter(csv, parsed.data.length);
  const errors: RowError[] = parsed.errors.map((e) => ({ line: lineOf(e.row ?? 0), column: null, message: `${e.message}.` }));
  const index = Object.fromEntries(Object.entries(mapping).filter(([, c]) => c !== null).map(([f, c]) => [f, columns.indexOf(c!)]));
  const rows = data.map((cells, i) => ({
    line: lineOf(i + 1),
    values: Object.fromEntries(Object.entries(index).map(([field, at]) => [field, fromCell(cells[at])])),
  }));
  return { columns, mapping, rows, errors };
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
