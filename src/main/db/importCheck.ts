import type { DatabaseJson } from '../../shared/backup/schemas';
import { ROW_RULES } from './rowRules';
import { STORED_TABLES, type StoredColumn } from './rowSchemas';
import { spelled } from '../../shared/i18n/spelled';
import { problem } from '../../shared/i18n/problems';

/*
 * An export is checked row by row before anything is written: every column of every row against
 * the schema of what the app itself stores, so a problem is named where it is (table, row, column)
 * and nothing the app cannot read gets in.
 */

export interface RowProblem {
  table: string;
  /** 1-based, as a person counts the rows of the table in the file. */
  row: number | null;
  column: string | null;
  message: string;
}

// A problem may be coded (`problem(key)`); the summary sentence is English, as the API's message is.
export const describeProblem = (p: RowProblem): string => {
  const words = spelled(p.message).message;
  return p.row === null ? words : `${p.table} row ${p.row}${p.column === null ? '' : `, ${p.column}`}: ${words}`;
};

/** At most this many problems are collected: enough to see a pattern, not a wall of text. */
const MAX_PROBLEMS = 20;

export function findRowProblems(data: DatabaseJson): RowProblem[] {
  const problems: RowProblem[] = [];
  for (const table of STORED_TABLES.keys()) {
    if (!Object.hasOwn(data.tables, table)) problems.push({ table, row: null, column: null, message: problem('service.noTable', { table }) });
  }
  for (const [table, rows] of Object.entries(data.tables)) {
    const columns = STORED_TABLES.get(table);
    if (!columns) {
      problems.push({ table, row: null, column: null, message: problem('service.unknownTable', { table }) });
      continue;
    }
    rows.forEach((row, index) => {
      if (problems.length >= MAX_PROBLEMS) return;
      const stranger = Object.keys(row).find((k) => !columns.has(k));
      if (stranger) {
        problems.push({ table, row: index + 1, column: stranger, message: problem('service.unknownColumn') });
        return;
      }
      const before = problems.length;
      for (const column of columns.values()) {
        const message = cellProblem(column, row[column.name]);
        if (message !== null) problems.push({ table, row: index + 1, column: column.name + message.at, message: message.text });
      }
      const broken = problems.length === before ? ROW_RULES.get(table)?.(row) : null;
      if (broken) problems.push({ table, row: index + 1, ...broken });
    });
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems.slice(0, MAX_PROBLEMS);
}

function cellProblem(column: StoredColumn, raw: unknown): { at: string; text: string } | null {
  if (raw === undefined) return { at: '', text: problem('service.cellMissing') };
  let value = raw;
  if (raw !== null && column.storage === 'json' && typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { at: '', text: problem('service.notValidJson') };
    }
  }
  if (raw !== null && column.storage === 'boolean') {
    if (raw !== 0 && raw !== 1 && typeof raw !== 'boolean') return { at: '', text: problem('service.zeroOrOne') };
    value = raw === 1 || raw === true;
  }
  const parsed = column.schema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const at = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return { at, text: issue.message };
}

/** A row's values as they are stored: booleans as 0/1, JSON given as a value written as JSON text. */
export function storedValue(column: StoredColumn, raw: unknown): unknown {
  if (raw === null) return null;
  if (column.storage === 'boolean') return raw === true || raw === 1 ? 1 : 0;
  if (column.storage === 'json' && typeof raw !== 'string') return JSON.stringify(raw);
  return raw;
}
