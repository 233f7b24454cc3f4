import type Database from 'better-sqlite3';

/**
 * Statements prepared once per open database and reused: preparing is a large part of a small
 * read's cost, and the reminder tick and the tray ask the same questions every minute.
 */
export function statementCache<T>(prepare: (sqlite: Database.Database) => T): (sqlite: Database.Database) => T {
  const cache = new WeakMap<Database.Database, T>();
  return (sqlite) => {
    let statements = cache.get(sqlite);
    if (statements === undefined) {
      statements = prepare(sqlite);
      cache.set(sqlite, statements);
    }
    return statements;
  };
}
