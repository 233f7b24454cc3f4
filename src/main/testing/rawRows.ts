import type Database from 'better-sqlite3';
import { chainHead, eventHash, moveHead, nextEventId } from '../db/eventChain';

/*
 * Rows written the way an earlier version wrote them: plain SQL against whatever schema the file
 * has, so a column that did not exist yet fails loudly instead of being filled in.
 */

export type RawRow = Record<string, string | number | null>;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function columnsOf(sqlite: Database.Database, table: string): string[] {
  return sqlite.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?)').all(table).map((c) => c.name);
}

/** Inserts one row; events are sealed into the hash chain once the file has one (0007 on). */
export function insertRow(sqlite: Database.Database, table: string, row: RawRow): void {
  if (table === 'events' && columnsOf(sqlite, 'events').includes('hash') && !('hash' in row)) {
    appendSealedEvent(sqlite, row);
    return;
  }
  const names = Object.keys(row);
  sqlite
    .prepare(`INSERT INTO ${quote(table)} (${names.map(quote).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`)
    .run(...names.map((n) => row[n]));
}

export function insertRows(sqlite: Database.Database, table: string, rows: RawRow[]): void {
  for (const row of rows) insertRow(sqlite, table, row);
}

/** As the app appends an event since the chain exists: hash over the stored text, head moved. */
function appendSealedEvent(sqlite: Database.Database, row: RawRow): void {
  sqlite.transaction(() => {
    const content = {
      id: typeof row.id === 'number' ? row.id : nextEventId(sqlite),
      at: String(row.at),
      recordedAt: String(row.recorded_at),
      type: String(row.type),
      collaborationId: (row.collaboration_id ?? null) as number | null,
      creatorId: (row.creator_id ?? null) as number | null,
      data: String(row.data ?? '{}'),
    };
    const prevHash = chainHead(sqlite)?.lastHash ?? '';
    const hash = eventHash(prevHash, content);
    insertRow(sqlite, 'events', { ...row, id: content.id, data: content.data, hash, prev_hash: prevHash });
    moveHead(sqlite, { lastId: content.id, lastHash: hash });
  })();
}
