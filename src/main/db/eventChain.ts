import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { type GivenReference, SHORT_SEAL_LENGTH, sealTime, shortSeal } from '../../shared/accountability/chainRef';
import type { ChainCheck, ChainHead as SharedHead, ReferenceCheck } from '../../shared/accountability/schemas';

/*
 * Every event stores the SHA-256 of its own content chained with the previous event's hash, and
 * `event_chain` keeps the newest link, so an event edited, removed or reordered behind the app's
 * back (even the last one) breaks the chain. One chain for the whole database, in id order.
 *
 * The chain is unkeyed: whoever has the file can rewrite events and recompute every hash after
 * them. What it proves beyond the file's own consistency comes from seals that left the machine
 * (a message's reference, a printed pack): a rewrite changes every seal from the rewritten event on,
 * so a shared seal that is still in the history fixes everything up to it.
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

/** The newest event's seal and when it was recorded, as the chain's head record names it. */
export function currentHead(sqlite: Database.Database): SharedHead | null {
  const row = sqlite
    .prepare<[], { eventId: number; hash: string; recordedAt: string | null }>(
      `SELECT c.last_id AS eventId, c.last_hash AS hash, e.recorded_at AS recordedAt
       FROM event_chain c LEFT JOIN events e ON e.id = c.last_id WHERE c.id = 1`,
    )
    .get();
  // A head whose event is gone has no time to show; the walk below reports it as missing.
  if (!row || row.recordedAt === null) return null;
  return { eventId: row.eventId, hash: row.hash, short: shortSeal(row.hash), recordedAt: row.recordedAt };
}

type Broken = NonNullable<ChainCheck['broken']>;

interface Match {
  row: StoredRow;
  /** Events up to and including it. */
  position: number;
  /** The first link that failed at or before it, if any. */
  brokenBefore: Broken | null;
}

/** Why a stored event does not hold where it sits, or null when its link is sound. */
function linkProblem(prev: string, row: StoredRow): Broken | null {
  if (row.hash === null) return { eventId: row.id, problem: 'unsealed', message: `event #${row.id} has no seal: it was not recorded by Followthrough.` };
  if (row.prevHash !== prev) return { eventId: row.id, problem: 'missing_or_reordered', message: `the event before #${row.id} is missing, or events were put in another order.` };
  if (eventHash(prev, row) !== row.hash) return { eventId: row.id, problem: 'changed', message: `event #${row.id} was changed after it was recorded.` };
  return null;
}

/**
 * Walks the whole chain and reports the first link that does not hold. Given a seal shared
 * earlier, it also says whether that seal was the head at some event with every link up to it
 * holding: the part of the history a rewrite of the file cannot fake.
 */
export function verifyChain(sqlite: Database.Database, given?: GivenReference): ChainCheck {
  let prev = '';
  let walked = 0;
  let checked = 0;
  let lastId: number | null = null;
  let broken: Broken | null = null;
  const matches: Match[] = [];
  for (const row of sqlite.prepare<[], StoredRow>(`${SELECT_ROWS} ORDER BY id`).iterate()) {
    walked += 1;
    if (broken === null) {
      broken = linkProblem(prev, row);
      if (broken === null) checked += 1;
    }
    if (given && row.hash?.startsWith(given.seal)) matches.push({ row, position: walked, brokenBefore: broken });
    prev = row.hash ?? '';
    lastId = row.id;
  }
  const record = chainHead(sqlite);
  if (broken === null && ((record?.lastHash ?? '') !== prev || (record?.lastId ?? null) !== lastId)) {
    broken = {
      eventId: record?.lastId ?? null,
      problem: 'head_missing',
      message: record
        ? `the newest events are missing: the chain ended at event #${record.lastId}, the history now ends ${lastId === null ? 'empty' : `at #${lastId}`}.`
        : 'the record of the newest event is missing.',
    };
  }
  const common = { checked, headHash: record?.lastHash ?? null, head: currentHead(sqlite), reference: given ? checkReference(given, matches) : null };
  if (broken) return { intact: false, ...common, broken, message: `Not intact: ${broken.message}` };
  return {
    intact: true,
    ...common,
    broken: null,
    message: checked === 1 ? 'Intact: 1 event, each link checked.' : `Intact: ${checked.toLocaleString('en-US')} events, each link checked.`,
  };
}

const minuteOf = (iso: string) => new Date(iso).toISOString().slice(0, 16);

function checkReference(given: GivenReference, matches: Match[]): ReferenceCheck {
  const at = given.at === undefined ? null : new Date(given.at).toISOString();
  const seal = given.seal.length > SHORT_SEAL_LENGTH ? `${shortSeal(given.seal)}…` : given.seal;
  const found = (m: Match) => ({ seal: given.seal, at, eventId: m.row.id, position: m.position, recordedAt: m.row.recordedAt });
  if (matches.length === 0) {
    return {
      seal: given.seal,
      at,
      eventId: null,
      position: null,
      recordedAt: null,
      result: 'not_found',
      message: `No event in this history has the seal ${seal}: the history was rewritten after that seal was shared, or the seal comes from another Followthrough database.`,
    };
  }
  const timed = at === null ? matches : matches.filter((m) => minuteOf(m.row.recordedAt) === minuteOf(at));
  if (timed.length === 0) {
    const m = matches[0]!;
    return {
      ...found(m),
      result: 'time_differs',
      message: `The seal ${seal} belongs to event #${m.row.id}, recorded ${sealTime(m.row.recordedAt)}, not ${sealTime(at!)}: check the time that came with it.`,
    };
  }
  if (timed.length > 1) {
    return {
      seal: given.seal,
      at,
      eventId: null,
      position: null,
      recordedAt: null,
      result: 'ambiguous',
      message: `${timed.length} events have seals starting with ${given.seal}: give more of the seal, or the time that came with it.`,
    };
  }
  const m = timed[0]!;
  if (m.brokenBefore) {
    return { ...found(m), result: 'broken_before', message: `The seal ${seal} belongs to event #${m.row.id}, but the history up to it does not hold: ${m.brokenBefore.message}` };
  }
  return {
    ...found(m),
    result: 'confirmed',
    message: `The seal ${seal} was the head of the history at event #${m.row.id}, recorded ${sealTime(m.row.recordedAt)}. The ${m.position === 1 ? 'event' : `${m.position.toLocaleString('en-US')} events`} up to it are intact: nothing up to then was changed after the seal was shared.`,
  };
}
