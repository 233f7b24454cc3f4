import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contracted } from '../testing/contracted';
import { testContext } from '../testing/context';
import { logEvent } from '../services/events';
import { verifyChain } from './eventChain';

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
