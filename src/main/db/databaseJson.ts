import Database from 'better-sqlite3';
import type { DatabaseJson } from '../../shared/backup/schemas';
import { describeProblem, findRowProblems, type RowProblem, storedValue } from './importCheck';
import { STORED_TABLES } from './rowSchemas';
import { problem } from '../../shared/i18n/problems';

/*
 * The whole database as JSON and back. Import builds a new database file from the JSON (migrated
 * to the same version, checked for integrity and broken references) before anything is replaced.
 */

const SKIPPED = new Set(['__drizzle_migrations', 'sqlite_sequence']);

function tablesOf(sqlite: Database.Database): string[] {
  return sqlite
    .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all()
    .map((t) => t.name)
    .filter((t) => !SKIPPED.has(t));
}

export function schemaVersionOf(sqlite: Database.Database): string {
  return String(sqlite.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM __drizzle_migrations').get()!.n);
}

export function exportDatabase(sqlite: Database.Database, at: string): DatabaseJson {
  const tables = Object.fromEntries(tablesOf(sqlite).map((t) => [t, sqlite.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all() as Record<string, unknown>[]]));
  return { app: 'followthrough', schema: schemaVersionOf(sqlite), exportedAt: at, tables };
}

/** The export does not fit this database; each problem names its table, row and column. */
export class ExportRefused extends Error {
  constructor(readonly problems: RowProblem[]) {
    super(
      problems.length === 0
        ? 'The export does not fit.'
        : `${describeProblem(problems[0]!)}${problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : ''}`,
    );
  }
}

const refused = (message: string) => new ExportRefused([{ table: '', row: null, column: null, message }]);

/**
 * Fills an empty, migrated database with the export, after checking every row. Throws
 * ExportRefused when the export does not fit (another version, an unknown table or column, a value
 * the app could not have stored, a duplicate, a broken reference). Returns the rows written.
 */
export function fillDatabase(target: Database.Database, data: DatabaseJson): number {
  if (data.schema !== schemaVersionOf(target)) {
    throw refused(problem('service.otherVersion', { schema: data.schema, current: schemaVersionOf(target) }));
  }
  const unchecked = tablesOf(target).filter((t) => !STORED_TABLES.has(t));
  if (unchecked.length > 0) throw new Error(`No row schema for the tables ${unchecked.join(', ')}`);
  const problems = findRowProblems(data);
  if (problems.length > 0) throw new ExportRefused(problems);
  // Rows of a table share their columns: one prepared statement per shape, not per row.
  const statements = new Map<string, Database.Statement>();
  const rowNumbers = new Map<string, Map<number, number>>();
  let rows = 0;
  target.pragma('foreign_keys = OFF');
  try {
    target.transaction(() => {
      for (const [table, list] of Object.entries(data.tables)) {
        const columns = STORED_TABLES.get(table)!;
        const numbers = new Map<number, number>();
        rowNumbers.set(table, numbers);
        list.forEach((row, index) => {
          const keys = Object.keys(row);
          const shape = `${table}|${keys.join('|')}`;
          let insert = statements.get(shape);
          if (!insert) {
            insert = target.prepare(`INSERT INTO "${table}" (${keys.map((k) => `"${k}"`).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`);
            statements.set(shape, insert);
          }
          try {
            const result = insert.run(...keys.map((k) => storedValue(columns.get(k)!, row[k])));
            numbers.set(Number(result.lastInsertRowid), index + 1);
          } catch (error) {
            // A full disk is not the row's fault; only a broken rule is.
            if (!String((error as { code?: unknown }).code).startsWith('SQLITE_CONSTRAINT')) throw error;
            throw new ExportRefused([{ table, row: index + 1, column: null, message: constraintWords(error) }]);
          }
          rows += 1;
        });
      }
      const broken = target.pragma('foreign_key_check') as { table: string; rowid: number; parent: string; fkid: number }[];
      if (broken.length > 0) {
        throw new ExportRefused(
          broken.slice(0, 20).map((b) => {
            const from = (target.pragma(`foreign_key_list("${b.table}")`) as { id: number; from: string }[]).find((f) => f.id === b.fkid)?.from ?? null;
            return { table: b.table, row: rowNumbers.get(b.table)?.get(b.rowid) ?? null, column: from, message: problem('service.missingParent', { parent: b.parent }) };
          }),
        );
      }
    })();
  } finally {
    target.pragma('foreign_keys = ON');
  }
  return rows;
}

/** SQLite's constraint messages name the columns; say what they mean (any other stays SQLite's). */
function constraintWords(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unique = /^UNIQUE constraint failed: (.+)$/.exec(message);
  if (unique) return problem('service.sameValueAs', { columns: unique[1]!.replace(/\w+\./g, '') });
  const check = /^CHECK constraint failed: (.+)$/.exec(message);
  if (check) return problem('service.breaksRule', { rule: check[1]! });
  return message;
}
