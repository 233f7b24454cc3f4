import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../api/dispatcher';
import { verifyChain } from '../db/eventChain';
import { contracted } from '../testing/contracted';
import { snapshot, testContext } from '../testing/context';
import { event } from '../testing/earlierRows';
import { expectAppError } from '../testing/expectAppError';
import { appendEvent, listEvents, logEvent } from './events';

let ctx: ReturnType<typeof testContext>;
let mia: { collaborationId: number; creatorId: number };
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
  mia = contracted(ctx, { productReceivedOn: '2026-03-02' });
});
afterEach(() => ctx.cleanup());

const count = () => ctx.db.$client.prepare<[], { n: number }>('SELECT count(*) AS n FROM events').get()!.n;
const conversation = () =>
  ctx.db.$client.prepare('SELECT awaiting_reply_since, last_contact_at, reminders_since_reply FROM collaborations WHERE id = ?').get(mia.collaborationId);

describe('appending an event', () => {
  it('refuses data its type does not hold, and records nothing', () => {
    const before = snapshot(ctx);
    const append = (bad: () => unknown) => expect(() => ctx.db.transaction(bad)).toThrow(/event (cannot hold this data|has no field)/);
    append(() =>
      // @ts-expect-error a note's text is text
      appendEvent(ctx, ctx.db, { type: 'note', collaborationId: mia.collaborationId, data: { text: 5 } }),
    );
    append(() =>
      // @ts-expect-error a message says who wrote it and where
      appendEvent(ctx, ctx.db, { type: 'message', collaborationId: mia.collaborationId, data: { text: 'Hi' } }),
    );
    append(() =>
      // @ts-expect-error a move is between stages the board has
      appendEvent(ctx, ctx.db, { type: 'collaboration.moved', collaborationId: mia.collaborationId, data: { from: 'signed', to: 'shipped' } }),
    );
    append(() =>
      // @ts-expect-error a note has no mood
      appendEvent(ctx, ctx.db, { type: 'note', collaborationId: mia.collaborationId, data: { text: 'Called', mood: 'happy' } }),
    );
    expect(snapshot(ctx)).toEqual(before);
  });

  it('answers the event typed as written, and a new one as created', () => {
    const { event: note, created } = appendEvent(ctx, ctx.db, { type: 'note', collaborationId: mia.collaborationId, creatorId: mia.creatorId, data: { text: 'Called' } });
    expect(created).toBe(true);
    expect(note).toEqual({ id: count(), at: '2026-03-25T10:00:00.000Z', recordedAt: '2026-03-25T10:00:00.000Z', type: 'note', collaborationId: mia.collaborationId, creatorId: mia.creatorId, externalId: null, data: { text: 'Called' } });
  });

  it('records an event with an external id once: appended again, it gives back the first and changes nothing', () => {
    const external = { source: 'mail', id: '<CAF=x1@mail.example.com>' };
    const reply = { type: 'message', collaborationId: mia.collaborationId, creatorId: mia.creatorId, external, at: '2026-03-24T18:00:00.000Z' } as const;
    const first = appendEvent(ctx, ctx.db, { ...reply, data: { direction: 'creator_to_brand', channel: 'email', subject: 'Re: draft', text: 'Sending it tomorrow' } });
    expect(first.created).toBe(true);
    expect(first.event.externalId).toEqual(external);
    const before = snapshot(ctx);
    ctx.clock.advance(3_600_000);
    // A re-sync may read the same mail a little differently: it is still the same message.
    const again = appendEvent(ctx, ctx.db, { ...reply, data: { direction: 'creator_to_brand', channel: 'email', text: 'Sending it tomorrow' } });
    expect(again).toEqual({ event: first.event, created: false });
    expect(snapshot(ctx)).toEqual(before);
    expect(verifyChain(ctx.db.$client)).toMatchObject({ intact: true, checked: count() });
    // The same id from another source is another event.
    expect(appendEvent(ctx, ctx.db, { ...reply, external: { source: 'import', id: external.id }, data: { direction: 'creator_to_brand', channel: 'email', text: 'Hi' } }).created).toBe(true);
    expect(verifyChain(ctx.db.$client)).toMatchObject({ intact: true, checked: count() });
  });

  it('refuses an external id that already names another kind of event, or an event of another collaboration', () => {
    const other = contracted(ctx, { creatorName: 'Noah Berg' });
    const external = { source: 'import', id: 'row-3' };
    appendEvent(ctx, ctx.db, { type: 'note', collaborationId: mia.collaborationId, external, data: { text: 'Called' } });
    const before = snapshot(ctx);
    const kind = expectAppError(
      () => appendEvent(ctx, ctx.db, { type: 'message', collaborationId: mia.collaborationId, external, data: { direction: 'brand_to_creator', channel: 'email', text: 'Hi' } }),
      'CONFLICT',
    );
    expect(kind.message).toMatch(/^The import id “row-3” is already event #\d+, a note of collaboration #1; it cannot name another event\.$/);
    expectAppError(() => appendEvent(ctx, ctx.db, { type: 'note', collaborationId: other.collaborationId, external, data: { text: 'Called' } }), 'CONFLICT');
    expect(snapshot(ctx)).toEqual(before);
  });
});

describe('events.log with an external id', () => {
  it('logs a message once: the same one again answers the first event, and nothing changes, the reply clock included', async () => {
    const dispatch = createDispatcher(ctx);
    const input = {
      collaborationId: mia.collaborationId,
      type: 'message',
      direction: 'brand_to_creator',
      channel: 'email',
      text: 'Any news on the draft?',
      at: '2026-03-20T09:00:00Z',
      externalId: { source: 'import', id: 'sent-2026-03-20-1' },
    } as const;
    const first = await dispatch('events.log', input);
    expect(first).toMatchObject({ ok: true, data: { type: 'message', externalId: input.externalId, data: { direction: 'brand_to_creator' } } });
    const before = snapshot(ctx);
    const clock = conversation();
    ctx.clock.advance(60_000);
    const again = await dispatch('events.log', input);
    expect(again).toEqual(first);
    expect(snapshot(ctx)).toEqual(before);
    expect(conversation()).toEqual(clock);
  });

  it('refuses an external id that is not one, at the field', async () => {
    const dispatch = createDispatcher(ctx);
    const before = snapshot(ctx);
    const refused = await dispatch('events.log', { collaborationId: mia.collaborationId, type: 'note', text: 'x', externalId: { source: 'My Import', id: 'x' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', issues: [{ path: ['externalId', 'source'] }] } });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('a note keeps its external id too, and says so when listed', () => {
    const note = logEvent(ctx, { collaborationId: mia.collaborationId, type: 'note', text: 'Imported call', externalId: { source: 'import', id: '12' } });
    expect(logEvent(ctx, { collaborationId: mia.collaborationId, type: 'note', text: 'Imported call', externalId: { source: 'import', id: '12' } })).toEqual(note);
    expect(listEvents(ctx, { collaborationId: mia.collaborationId, limit: 1 })).toEqual([note]);
  });
});

describe('reading the history', () => {
  it('names the event whose data is not what its type holds, rather than show it as something else', () => {
    // Written behind the app's back, sealed so the chain still holds.
    event(ctx.db.$client, count() + 1, mia.collaborationId, mia.creatorId, 'note', '2026-03-25T09:00:00.000Z', { words: 'not a note' });
    expect(verifyChain(ctx.db.$client).intact).toBe(true);
    expect(() => listEvents(ctx, { collaborationId: mia.collaborationId, limit: 200 })).toThrow(/^Event #\d+ \(note\) does not hold what a note event holds: .*data\.text/s);
  });
});
