import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEvent } from '../../shared/eventWords';
import { translator } from '../../shared/i18n/createI18n';
import { STORED_SHAPES } from '../../shared/events/fixtures';
import { EVENT_TYPES } from '../../shared/events/schemas';
import { verifyChain } from '../db/eventChain';
import { contracted } from '../testing/contracted';
import { testContext } from '../testing/context';
import { event } from '../testing/earlierRows';
import { evidenceDocument, evidencePack } from './accountability/evidence';
import { listEvents } from './events';

/*
 * Every type of event, in every shape it was stored in, written as the version that wrote it did
 * (plain SQL, sealed), then read the way the timeline and the evidence pack read it.
 */

let ctx: ReturnType<typeof testContext>;
let mia: { collaborationId: number; creatorId: number };
beforeEach(() => {
  ctx = testContext('2026-04-01T10:00:00.000Z');
  mia = contracted(ctx, { productReceivedOn: '2026-03-02' });
  const sql = ctx.db.$client;
  let id = sql.prepare<[], { n: number }>('SELECT max(id) AS n FROM events').get()!.n;
  for (const [type, shapes] of Object.entries(STORED_SHAPES)) {
    for (const { data } of shapes) event(sql, ++id, mia.collaborationId, mia.creatorId, type, '2026-03-30T09:00:00.000Z', data);
  }
});
afterEach(() => ctx.cleanup());

const LEFTOVERS = /undefined|NaN|\[object /;
const stored = Object.values(STORED_SHAPES).flat().length;

describe('every type of event, as stored', () => {
  it('reads back typed, with its data as it was stored', () => {
    const listed = listEvents(ctx, { collaborationId: mia.collaborationId, limit: 1000 });
    expect(new Set(listed.map((e) => e.type))).toEqual(new Set(EVENT_TYPES));
    const asStored = listed.slice(0, stored).reverse();
    expect(asStored.map((e) => ({ type: e.type, data: e.data }))).toEqual(Object.entries(STORED_SHAPES).flatMap(([type, shapes]) => shapes.map(({ data }) => ({ type, data }))));
    for (const e of listed) expect(`${describeEvent(e, translator('en')).title} ${describeEvent(e, translator('en')).detail ?? ''}`).not.toMatch(LEFTOVERS);
  });

  it('is printed in the evidence pack in words, with its seal, and the history holds', () => {
    const pack = evidencePack(ctx, { collaborationId: mia.collaborationId });
    expect(pack.chain.intact).toBe(true);
    expect(new Set(pack.events.map((e) => e.type))).toEqual(new Set(EVENT_TYPES));
    for (const e of pack.events) {
      expect(e.summary, e.type).not.toMatch(LEFTOVERS);
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    const { html } = evidenceDocument(ctx, { collaborationId: mia.collaborationId });
    expect(html).not.toMatch(LEFTOVERS);
    expect(html).toContain('Reply from the creator (phone) — Call — She will post on Friday');
    expect(html).toContain('Creator made inactive (3 active strikes)');
    expect(verifyChain(ctx.db.$client).intact).toBe(true);
  });
});
