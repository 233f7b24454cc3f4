import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ChainCheck } from '../../shared/accountability/schemas';

/*
 * The history holds up in a dispute because it is tamper-evident: every event stores the SHA-256
 * of its own content chained with the previous event's hash, and `event_chain` keeps the newest
 * link, so an edited, removed or reordered event (even the last one) breaks the chain. One chain
 * for the whole database, in id order.
 */

/** An event as stored; `data` is the JSON text exactly as it sits in the file. */
export interface SealedContent {
  id: number;
  at: string;
  recordedAt: string;
  type: string;
  collaborationId: number | null;
  creatorId: number | null;
  data: string;
}

export function eventHash(prevHash: string, e: SealedContent): string {
  const content = JSON.stringify([e.id, e.at, e.recordedAt, e.type, e.collaborationId, e.creatorId, e.data]);
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

export interface ChainHead {
  lastId: number;
  lastHash: string;
}

export function chainHead(sqlite: Database.Database): ChainHead | null {
  return sqlite.prepare<[], ChainHead>('SELECT last_id AS lastId, last_hash AS lastHash FROM event_chain WHERE id = 1').get() ?? null;
}

export function moveHead(sqlite: Database.Database, head: ChainHead): void {
  sqlite
    .prepare('INSERT INTO event_chain (id, last_id, last_hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET last_id = excluded.last_id, last_hash = excluded.last_hash')
    .run(head.lastId, head.lastHash);
}

/** The id the next event gets (AUTOINCREMENT never reuses one). */
export function nextEventId(sqlite: Database.Database): number {
  const row = sqlite.prepare<[], { seq: number }>(`SELECT seq FROM sqlite_sequence WHERE name = 'events'`).get();
  return (row?.seq ?? 0) + 1;
}

type StoredRow = SealedContent & { hash: string | null; prevHash: string | null };
const SELECT_ROWS = `SELECT id, at, recorded_at AS recordedAt, type, collaboration_id AS collaborationId,
  creator_id AS creatorId, data, hash, prev_hash AS prevHash FROM events`;

/**
 * Seals events recorded before the chain existed, oldest first, continuing from the chain's head.
 * Runs once, when a database from an earlier version is upgraded; call inside a transaction.
 */
export function sealUnsealedEvents(sqlite: Database.Database): number {
  let prev = chainHead(sqlite)?.lastHash ?? '';
  let lastId = chainHead(sqlite)?.lastId ?? 0;
  const seal = sqlite.prepare('UPDATE events SET hash = ?, prev_hash = ? WHERE id = ?');
  let sealed = 0;
  // Read first: the connection cannot write while a statement is still stepping through rows.
  for (const row of sqlite.prepare<[], StoredRow>(`${SELECT_ROWS} WHERE hash IS NULL ORDER BY id`).all()) {
    const hash = eventHash(prev, row);
    seal.run(hash, prev, row.id);
    prev = hash;
    lastId = row.id;
    sealed += 1;
  }
  if (sealed > 0) moveHead(sqlite, { lastId, lastHash: prev });
  return sealed;
}

/** Walks the whole chain and reports the first link that does not hold. */
export function verifyChain(sqlite: Database.Database): ChainCheck {
  let prev = '';
  let checked = 0;
  let lastId: number | null = null;
  const fail = (eventId: number | null, problem: NonNullable<ChainCheck['broken']>['problem'], message: string): ChainCheck => ({
    intact: false,
    checked,
    headHash: chainHead(sqlite)?.lastHash ?? null,
    broken: { eventId, problem, message },
    message: `Not intact: ${message}`,
  });
  for (const row of sqlite.prepare<[], StoredRow>(`${SELECT_ROWS} ORDER BY id`).iterate()) {
    if (row.hash === null) return fail(row.id, 'unsealed', `event #${row.id} has no seal: it was not recorded by Followthrough.`);
    if (row.prevHash !== prev) {
      return fail(row.id, 'missing_or_reordered', `the event before #${row.id} is missing, or events were put in another order.`);
    }
    if (eventHash(prev, row) !== row.hash) return fail(row.id, 'changed', `event #${row.id} was changed after it was recorded.`);
    prev = row.hash;
    lastId = row.id;
    checked += 1;
  }
  const head = chainHead(sqlite);
  if ((head?.lastHash ?? '') !== prev || (head?.lastId ?? null) !== lastId) {
    return fail(head?.lastId ?? null, 'head_missing', head ? `the newest events are missing: the chain ended at event #${head.lastId}, the history now ends ${lastId === null ? 'empty' : `at #${lastId}`}.` : 'the record of the newest event is missing.');
  }
  return {
    intact: true,
    checked,
    headHash: head?.lastHash ?? null,
    broken: null,
    message: checked === 1 ? 'Intact: 1 event, each link checked.' : `Intact: ${checked.toLocaleString('en-US')} events, each link checked.`,
  };
}
