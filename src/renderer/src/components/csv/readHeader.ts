import Papa from 'papaparse';

export interface CsvHeader {
  /** The column headers, trimmed as the import reads them. */
  columns: string[];
  /** The first data row by column, to show what each column holds while mapping. */
  firstRow: Record<string, string>;
}

/**
 * The header and first row only. The server refuses to preview a file until every required field
 * has a column, so the columns to choose from have to be known here first.
 */
export function readHeader(csv: string): CsvHeader | null {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', preview: 2 });
  const [header, first] = parsed.data;
  if (!header || header.every((h) => h.trim() === '')) return null;
  const columns = header.map((h) => h.trim());
  return { columns, firstRow: Object.fromEntries(columns.map((c, i) => [c, (first?.[i] ?? '').trim()])) };
}
