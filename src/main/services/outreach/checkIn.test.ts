import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveApi } from '../../testing/archiveApi';
import { testContext } from '../../testing/context';

// The composer and the check-in rhythm: the product arrived on Monday 2 March 2026, nothing is late.
let ctx: ReturnType<typeof testContext>;
let api: ReturnType<typeof archiveApi>;
let mia: number;
let creatorId: number;
beforeEach(() => {
  ctx = testContext('2026-03-03T09:00:00.000Z');
  api = archiveApi(ctx);
  api.ok('settings.update', { timeZone: 'Europe/Amsterdam', brandName: 'Lumen', senderName: 'Ana' });
  creatorId = api.ok('influencers.create', { name: 'Mia Chen' }).id;
  mia = api.ok('collaborations.create', { creatorId, feeMinor: 100_000, currency: 'EUR', product: 'Glow serum', stage: 'in_production', productReceivedOn: '2026-03-02' }).id;
});
afterEach(() => ctx.cleanup());

describe('the composer when a check-in is due', () => {
  it('suggests the check-in template, and fills it in', () => {
    expect(api.ok('outreach.suggest', { collaborationId: mia, asOf: '2026-03-02T12:00:00.000Z' }).kind).toBeNull();
    const suggestion = api.ok('outreach.suggest', { collaborationId: mia });
    expect(suggestion).toMatchObject({
      kind: 'check_in',
      templateId: 'builtin:check_in.en',
      why: { code: 'check_in_arrived', arrivedOn: '2026-03-02' },
      reason: 'The product arrived on 2 Mar 2026: time for a friendly check-in. Ask how it is going and whether they need anything.',
    });
    const composed = api.ok('outreach.compose', { collaborationId: mia, templateId: suggestion.templateId! });
    expect(composed.kind).toBe('check_in');
    expect(composed.body.text).toMatch(/^Hi Mia Chen,\n/);
    expect(composed.body.text).toContain('Glow serum');
    expect(composed.body.text).toContain('anything you need');
    expect(composed.missing).toEqual([]);
    expect(api.ok('outreach.nudges', {}).map((n) => [n.collaborationId, n.kind])).toEqual([[mia, 'check_in']]);
  });

  it('writes to the creator in their language', () => {
    api.ok('influencers.update', { id: creatorId, language: 'nl' });
    const suggestion = api.ok('outreach.suggest', { collaborationId: mia });
    expect(suggestion.templateId).toBe('builtin:check_in.nl');
    expect(api.ok('outreach.compose', { collaborationId: mia, templateId: suggestion.templateId! }).body.text).toMatch(/^Hoi Mia Chen,\n/);
  });

  it('once sent, waits for the reply and no check-in is due; after the reply it counts a week from it', () => {
    api.ok('outreach.logSent', { collaborationId: mia, channel: 'email', subject: 'Hi', body: 'How is it going?', kind: 'check_in' });
    expect(api.ok('outreach.suggest', { collaborationId: mia, asOf: '2026-03-03T12:00:00.000Z' }).why.code).toBe('waiting');
    expect(api.ok('notifications.due', { asOf: '2026-03-03T12:00:00.000Z' }).filter((d) => d.kind === 'check_in')).toEqual([]);
    ctx.clock.set('2026-03-04T08:00:00.000Z');
    api.ok('events.log', { collaborationId: mia, type: 'message', direction: 'creator_to_brand', channel: 'email', text: 'Going well!' });
    expect(api.ok('outreach.suggest', { collaborationId: mia, asOf: '2026-03-10T12:00:00.000Z' }).kind).toBeNull();
    expect(api.ok('outreach.suggest', { collaborationId: mia, asOf: '2026-03-11T12:00:00.000Z' })).toMatchObject({
      kind: 'check_in',
      reason: 'You last spoke 7 days ago: time for a friendly check-in. Ask how it is going and whether they need anything.',
    });
  });
});
