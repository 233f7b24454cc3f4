import type Database from 'better-sqlite3';

/*
 * What an upgrade must keep: every row of every table, each column it had keeping its value.
 * Rows are told apart by primary key, so a table rebuilt by a migration compares like for like.
 */

type Row = Record<string, unknown>;
export type Contents = Record<string, { key: string[]; rows: Map<string, Row> }>;

/** The app's tables (not SQLite's, nor the migrator's list of what it applied). */
export function userTables(sqlite: Database.Database): string[] {
  return sqlite
    .prepare<[], { name: string }>(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__drizzle_migrations' ORDER BY name`,
    )
    .all()
    .map((t) => t.name);
}

function primaryKey(sqlite: Database.Database, table: string): string[] {
  const columns = sqlite.prepare<[string], { name: string; pk: number }>('SELECT name, pk FROM pragma_table_info(?)').all(table);
  const key = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  return key.length > 0 ? key.map((c) => c.name) : ['rowid'];
}

export function readContents(sqlite: Database.Database): Contents {
  const contents: Contents = {};
  for (const table of userTables(sqlite)) {
    const key = primaryKey(sqlite, table);
    const rows = sqlite.prepare<[], Row>(`SELECT ${key.includes('rowid') ? 'rowid, ' : ''}* FROM "${table}"`).all();
    contents[table] = { key, rows: new Map(rows.map((r) => [JSON.stringify(key.map((k) => r[k])), r])) };
  }
  return contents;
}

export const rowCount = (contents: Contents, table: string) => contents[table]?.rows.size ?? 0;

/** Columns a migration is meant to rewrite (a recount), by table. */
export type Rewrites = Record<string, readonly string[]>;

/**
 * One sentence per row that is gone or per value that changed since `before`, apart from the
 * `rewritten` columns; empty when all was kept.
 */
export function lostSince(before: Contents, sqlite: Database.Database, rewritten: Rewrites = {}): string[] {
  const after = readContents(sqlite);
  const problems: string[] = [];
  for (const [table, { rows }] of Object.entries(before)) {
    const now = after[table];
    if (!now) {
      if (rows.size > 0) problems.push(`table ${table} is gone with its ${rows.size} rows`);
      continue;
    }
    for (const [id, row] of rows) {
      const kept = now.rows.get(id);
      if (!kept) {
        problems.push(`${table} ${id} is gone`);
        continue;
      }
      for (const [column, value] of Object.entries(row)) {
        if (rewritten[table]?.includes(column)) continue;
        if (!Object.is(kept[column], value)) problems.push(`${table} ${id} ${column} was ${JSON.stringify(value)}, now ${JSON.stringify(kept[column])}`);
      }
    }
  }
  return problems;
}

/** SQLite's own checks: references that point nowhere and a damaged file. */
export function health(sqlite: Database.Database) {
  return {
    foreignKeys: sqlite.pragma('foreign_key_check') as unknown[],
    integrity: (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check),
  };
}

export const HEALTHY = { foreignKeys: [], integrity: ['ok'] };
