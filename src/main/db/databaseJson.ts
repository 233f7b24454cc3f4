import Database from 'better-sqlite3';
import type { DatabaseJson } from '../../shared/backup/schemas';

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

/**
 * Fills an empty, migrated database with the export. Throws with a sentence when the export does
 * not fit (another version, an unknown table or column, broken references).
 */
export function fillDatabase(target: Database.Database, data: DatabaseJson): number {
  if (data.schema !== schemaVersionOf(target)) {
    throw new Error(`This export comes from another version of Followthrough (schema ${data.schema}, this one is ${schemaVersionOf(target)}).`);
  }
  const known = new Set(tablesOf(target));
  // Rows of a table share their columns: one prepared statement per shape, not per row.
  const statements = new Map<string, Database.Statement>();
  let rows = 0;
  target.pragma('foreign_keys = OFF');
  target.transaction(() => {
    for (const [table, list] of Object.entries(data.tables)) {
      if (!known.has(table)) throw new Error(`The export has a table this version does not know: ${table}.`);
      const columns = new Set((target.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name));
      for (const row of list) {
        const keys = Object.keys(row);
        const stranger = keys.find((k) => !columns.has(k));
        if (stranger) throw new Error(`The export's ${table} table has a column this version does not know: ${stranger}.`);
        const values = keys.map((k) => {
          const v = row[k];
          return v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'bigint' ? v : JSON.stringify(v);
        });
        const shape = `${table}|${keys.join('|')}`;
        let insert = statements.get(shape);
        if (!insert) {
          insert = target.prepare(`INSERT INTO "${table}" (${keys.map((k) => `"${k}"`).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`);
          statements.set(shape, insert);
        }
        insert.run(...values);
        rows += 1;
      }
    }
    const broken = target.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) throw new Error(`The export has ${broken.length} rows that point at rows it does not have.`);
  })();
  target.pragma('foreign_keys = ON');
  return rows;
}
