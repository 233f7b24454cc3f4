import type Database from 'better-sqlite3';
import { getTableConfig, type SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../db/schema';
import { insertRow, type RawRow } from './rawRows';

/*
 * Puts a few rows into every table a database has, whatever version made it: columns come from
 * PRAGMA table_info, references from PRAGMA foreign_key_list (parents are filled first). The
 * current schema only says what kind of text a column holds (JSON, a flag, one of a few words), so
 * the values are ones that version's code could have written too.
 */

interface ColumnInfo {
  cid: number;
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
  pk: number;
}

interface Reference {
  table: string;
  from: string;
  to: string | null;
}

// The migrator's own bookkeeping, and what the app derives from other rows as it writes them.
const NOT_FILLED = new Set(['__drizzle_migrations', 'event_chain']);
const DERIVED_COLUMNS: Record<string, string[]> = { events: ['hash', 'prev_hash'] };
// Rows that belong to one of two owners (a CHECK allows exactly one): odd rows take the first.
const ONE_OWNER_OF: Record<string, [string, string]> = { briefs: ['campaign_id', 'collaboration_id'] };

const hints = new Map<string, SQLiteColumn>(
  (Object.values(schema) as unknown[])
    .filter((t): t is SQLiteTable => t instanceof SQLiteTable)
    .flatMap((t) => {
      const config = getTableConfig(t);
      return config.columns.map((c) => [`${config.name}.${c.name}`, c] as const);
    }),
);

function tablesParentsFirst(sqlite: Database.Database): string[] {
  const names = sqlite
    .prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .all()
    .map((t) => t.name)
    .filter((n) => !NOT_FILLED.has(n));
  const ordered: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (ordered.includes(name)) return;
    if (path.includes(name)) throw new Error(`References go round in a circle: ${[...path, name].join(' → ')}`);
    for (const ref of references(sqlite, name)) if (ref.table !== name) visit(ref.table, [...path, name]);
    ordered.push(name);
  };
  for (const name of names) visit(name, []);
  return ordered;
}

const references = (sqlite: Database.Database, table: string) =>
  sqlite.prepare<[string], Reference>('SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)').all(table);

const columnsOf = (sqlite: Database.Database, table: string) =>
  sqlite.prepare<[string], ColumnInfo>('SELECT cid, name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)').all(table);

// A table whose CHECK allows only id 1 (settings, scheduler state).
const singleRow = (sqlite: Database.Database, table: string) =>
  (sqlite.prepare<[string], { sql: string }>(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`).get(table)?.sql ?? '').includes('."id" = 1)');

function valueFor(table: string, column: ColumnInfo, n: number): string | number | null {
  if (column.pk > 0 && column.type.toUpperCase() === 'INTEGER') return n;
  if (column.notnull === 0 && n % 2 === 0) return null;
  const hint = hints.get(`${table}.${column.name}`);
  if (hint?.columnType === 'SQLiteTextJson') return column.dflt_value?.startsWith("'[") ? `[${n}]` : `{"filled":${n}}`;
  if (hint?.columnType === 'SQLiteBoolean') return n % 2;
  if (hint?.enumValues && hint.enumValues.length > 0) return hint.enumValues[(n - 1) % hint.enumValues.length]!;
  const type = column.type.toUpperCase();
  if (type === 'INTEGER') return n * 1000 + column.cid;
  if (type === 'REAL') return n + 0.25;
  const minute = String(column.cid).padStart(2, '0');
  if (column.name === 'at' || column.name.endsWith('_at') || column.name.endsWith('_since')) return `2026-03-0${n}T09:${minute}:00.000Z`;
  if (column.name.endsWith('_on') || column.name.endsWith('_date') || column.name === 'publish_by') return `2026-03-0${n}`;
  return `${table}.${column.name} #${n}`;
}

/** Fills every table with `perTable` rows (one in single-row tables); returns how many went in each. */
export function fillEveryTable(sqlite: Database.Database, perTable = 2): Record<string, number> {
  const filled: Record<string, number> = {};
  sqlite.transaction(() => {
    for (const table of tablesParentsFirst(sqlite)) {
      const refs = references(sqlite, table);
      const parentKeys = new Map(
        refs.map((r) => [r.from, sqlite.prepare<[], { k: number | string }>(`SELECT "${r.to ?? 'rowid'}" AS k FROM "${r.table}" ORDER BY rowid`).all().map((p) => p.k)]),
      );
      const columns = columnsOf(sqlite, table).filter((c) => !(DERIVED_COLUMNS[table] ?? []).includes(c.name));
      const count = singleRow(sqlite, table) ? 1 : perTable;
      for (let n = 1; n <= count; n += 1) {
        const row: RawRow = {};
        for (const column of columns) {
          const parents = parentKeys.get(column.name);
          if (parents && parents.length === 0) throw new Error(`${table}.${column.name} needs a row in the table it refers to`);
          row[column.name] = parents ? parents[(n - 1) % parents.length]! : valueFor(table, column, n);
        }
        const owners = ONE_OWNER_OF[table];
        if (owners) row[owners[n % 2]!] = null;
        insertRow(sqlite, table, row);
      }
      filled[table] = count;
    }
  })();
  return filled;
}
