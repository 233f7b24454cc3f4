import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contracted } from '../testing/contracted';
import { testContext } from '../testing/context';
import { logEvent } from '../services/events';
import { VerifyInput } from '../../shared/accountability/schemas';
import { currentHead, eventHash, type SealedContent, verifyChain } from './eventChain';
import { spelled } from '../../shared/i18n/spelled';

/*
 * The chain must show any change made to the file behind the app's back. Each test edits the
 * SQLite file through a second connection with the append-only triggers dropped, as someone with
 * the file and a SQLite tool could.
 */

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
  const { collaborationId } = contracted(ctx, { productReceivedOn: '2026-03-02' });
  for (const text of ['Did it arrive?', 'How is the script going?', 'Any news?']) logEvent(ctx, { collaborationId, type: 'note', text });
});
afterEach(() => ctx.cleanup());

function tamper(sql: string, ...params: unknown[]): void {
  const other = new Database(ctx.file);
  try {
    other.exec('DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;');
    other.prepare(sql).run(...params);
  } finally {
    other.close();
  }
}

const check = () => verifyChain(ctx.db.$client);
const ids = () => ctx.db.$client.prepare<[], { id: number }>('SELECT id FROM events ORDER BY id').all().map((r) => r.id);

describe('the event chain', () => {
  it('is intact for everything the app recorded', () => {
    const result = check();
    expect(result).toMatchObject({ intact: true, checked: ids().length, broken: null });
    expect(result.headHash).toMatch(/^[0-9a-f]{64}$/);
    expect(result.message).toBe(`Intact: ${ids().length} events, each link checked.`);
  });

  it('finds an edited event', () => {
    const [, second] = ids();
    tamper(`UPDATE events SET data = json_set(data, '$.text', 'Edited') WHERE id = ?`, second);
    expect(check()).toMatchObject({ intact: false, broken: { eventId: second, problem: 'changed' } });
    expect(check().message).toBe(`Not intact: event #${second} was changed after it was recorded.`);
  });

  it('finds an event whose date was moved', () => {
    const last = ids().at(-1)!;
    tamper(`UPDATE events SET at = '2026-01-01T00:00:00.000Z' WHERE id = ?`, last);
    expect(check().broken).toMatchObject({ eventId: last, problem: 'changed' });
  });

  it('finds a deleted event, in the middle or at the end', () => {
    const all = ids();
    tamper('DELETE FROM events WHERE id = ?', all[2]);
    expect(check().broken).toMatchObject({ eventId: all[3], problem: 'missing_or_reordered' });

    ctx.cleanup();
    ctx = testContext('2026-03-25T10:00:00.000Z');
    const { collaborationId } = contracted(ctx);
    logEvent(ctx, { collaborationId, type: 'note', text: 'The last word' });
    const last = ids().at(-1)!;
    tamper('DELETE FROM events WHERE id = ?', last);
    expect(check().broken).toMatchObject({ eventId: last, problem: 'head_missing' });
  });

  it('finds reordered events', () => {
    const [a, b] = ids().slice(-2);
    // Swapping two events' places: each keeps its seal but no longer sits where it was sealed.
    tamper(`UPDATE events SET id = -1 WHERE id = ?`, a);
    tamper(`UPDATE events SET id = ? WHERE id = ?`, a, b);
    tamper(`UPDATE events SET id = ? WHERE id = -1`, b);
    expect(check()).toMatchObject({ intact: false, broken: { eventId: a } });
  });

  it('finds an event slipped in without a seal', () => {
    tamper(`INSERT INTO events (at, recorded_at, type, data) VALUES ('2026-03-25T09:00:00.000Z', '2026-03-25T09:00:00.000Z', 'note', '{"text":"forged"}')`);
    const forged = ids().at(-1)!;
    expect(check().broken).toMatchObject({ eventId: forged, problem: 'unsealed' });
  });
});

/**
 * What someone with the file and a little skill can do: change an event and recompute every seal
 * from it on, so the chain is consistent again.
 */
function rewrite(id: number, text: string): void {
  const other = new Database(ctx.file);
  try {
    other.exec('DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete;');
    other.prepare(`UPDATE events SET data = json_set(data, '$.text', ?) WHERE id = ?`).run(text, id);
    const rows = other
      .prepare<[], SealedContent & { prevHash: string }>('SELECT id, at, recorded_at AS recordedAt, type, collaboration_id AS collaborationId, creator_id AS creatorId, data, prev_hash AS prevHash FROM events ORDER BY id')
      .all();
    let prev = '';
    for (const row of rows) {
      const hash = row.id < id ? other.prepare<[number], { hash: string }>('SELECT hash FROM events WHERE id = ?').get(row.id)!.hash : eventHash(prev, row);
      if (row.id >= id) other.prepare('UPDATE events SET hash = ?, prev_hash = ? WHERE id = ?').run(hash, prev, row.id);
      prev = hash;
    }
    other.prepare('UPDATE event_chain SET last_hash = ? WHERE id = 1').run(prev);
  } finally {
    other.close();
  }
}

describe('a seal shared outside the app', () => {
  /** The head as a message to the creator carried it, then more history on top. */
  function shareThenContinue() {
    ctx.clock.set('2026-03-25T14:02:31.000Z');
    const collaborationId = ctx.db.$client.prepare<[], { id: number }>('SELECT id FROM collaborations').get()!.id;
    logEvent(ctx, { collaborationId, type: 'note', text: 'Formal notice sent' });
    const shared = currentHead(ctx.db.$client)!;
    ctx.clock.set('2026-03-27T09:00:00.000Z');
    for (const text of ['She answered', 'Draft arrived']) logEvent(ctx, { collaborationId, type: 'note', text });
    return shared;
  }

  it('names the newest seal, its first 16 characters and when its event was recorded', () => {
    const shared = shareThenContinue();
    expect(shared).toEqual({ eventId: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/), short: shared.hash.slice(0, 16), recordedAt: '2026-03-25T14:02:31.000Z' });
    expect(check().head).toMatchObject({ eventId: ids().at(-1), recordedAt: '2026-03-27T09:00:00.000Z' });
    expect(check().reference).toBeNull();
  });

  it('confirms a shared seal, short or full, with or without its time: the history up to it is intact', () => {
    const shared = shareThenContinue();
    const position = ids().indexOf(shared.eventId) + 1;
    for (const given of [{ seal: shared.short }, { seal: shared.hash }, { seal: shared.short, at: '2026-03-25T14:02:00.000Z' }]) {
      const result = verifyChain(ctx.db.$client, given);
      expect(result.intact).toBe(true);
      expect(result.reference).toMatchObject({ result: 'confirmed', eventId: shared.eventId, position, recordedAt: shared.recordedAt });
      expect(result.reference!.message).toBe(
        `The seal ${shared.short}${given.seal.length > 16 ? '…' : ''} was the head of the history at event #${shared.eventId}, recorded 2026-03-25 14:02 UTC. The ${position} events up to it are intact: nothing up to then was changed after the seal was shared.`,
      );
    }
  });

  it('catches a history rewritten with every seal recomputed, which the chain alone cannot', () => {
    const shared = shareThenContinue();
    const [, second] = ids();
    rewrite(second!, 'We never agreed on a date');
    // Consistent again: on its own, the chain shows nothing.
    expect(check()).toMatchObject({ intact: true, broken: null });
    const result = verifyChain(ctx.db.$client, { seal: shared.short, at: shared.recordedAt });
    expect(result.reference).toMatchObject({ result: 'not_found', eventId: null, position: null });
    expect(result.reference!.message).toBe(
      `No event in this history has the seal ${shared.short}: the history was rewritten after that seal was shared, or the seal comes from another Followthrough database.`,
    );
  });

  it('keeps a seal from before a rewrite of later events confirmed, while the whole history is not intact', () => {
    const shared = shareThenContinue();
    tamper(`UPDATE events SET data = json_set(data, '$.text', 'Edited') WHERE id = ?`, ids().at(-1));
    const result = verifyChain(ctx.db.$client, { seal: shared.short });
    expect(result.intact).toBe(false);
    expect(result.reference).toMatchObject({ result: 'confirmed', eventId: shared.eventId });
  });

  it('says when an event before the shared seal no longer holds, or the time given is not the seal’s', () => {
    const shared = shareThenContinue();
    expect(verifyChain(ctx.db.$client, { seal: shared.short, at: '2026-03-25T15:02:00.000Z' }).reference).toMatchObject({
      result: 'time_differs',
      eventId: shared.eventId,
      message: `The seal ${shared.short} belongs to event #${shared.eventId}, recorded 2026-03-25 14:02 UTC, not 2026-03-25 15:02 UTC: check the time that came with it.`,
    });
    const [, second] = ids();
    tamper(`UPDATE events SET data = json_set(data, '$.text', 'Edited') WHERE id = ?`, second);
    expect(verifyChain(ctx.db.$client, { seal: shared.short }).reference).toMatchObject({
      result: 'broken_before',
      message: `The seal ${shared.short} belongs to event #${shared.eventId}, but the history up to it does not hold: event #${second} was changed after it was recorded.`,
    });
  });

  it('takes the seal as it is pasted, and refuses what cannot be one', () => {
    expect(VerifyInput.parse({ head: { seal: '  3F9A2C1D5E7B0A44 ' } })).toEqual({ head: { seal: '3f9a2c1d5e7b0a44' } });
    expect(VerifyInput.parse({})).toEqual({});
    for (const seal of ['3f9a2c1d', 'not-a-seal-at-all!', 'g'.repeat(16)]) {
      expect(spelled(VerifyInput.safeParse({ head: { seal } }).error?.issues[0]?.message ?? '').message).toMatch(/^Enter the seal as it was shared/);
    }
  });
});
