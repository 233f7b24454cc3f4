import type Database from 'better-sqlite3';
import { refreshMedianReply } from './creatorReplies';
import { sealUnsealedEvents } from './eventChain';

/*
 * Steps an upgrade needs that SQL alone cannot do (hashing, medians), run right after the schema
 * migration of the same name was applied, in one transaction. Each step is safe to run again.
 */
const DATA_MIGRATIONS: Record<string, (sqlite: Database.Database) => void> = {
  '0007_accountability': (sqlite) => {
    sealUnsealedEvents(sqlite);
    const creators = sqlite.prepare<[], { id: number }>(`SELECT DISTINCT creator_id AS id FROM events WHERE type = 'message' AND creator_id IS NOT NULL`).all();
    for (const { id } of creators) refreshMedianReply(sqlite, id);
  },
};

export function runDataMigrations(sqlite: Database.Database, appliedTags: readonly string[]): void {
  const steps = appliedTags.map((tag) => DATA_MIGRATIONS[tag]).filter((step) => step !== undefined);
  if (steps.length === 0) return;
  sqlite.transaction(() => {
    for (const step of steps) step(sqlite);
  })();
}
