import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testContext } from '../testing/context';
import { expectAppError } from '../testing/expectAppError';
import { readBoard } from './board';
import { createCampaign } from './campaigns';
import { createCollaboration, getCollaboration, moveCollaboration, updateCollaboration } from './collaborations';
import { listEvents, logEvent } from './events';
import { createCreator, updateCreator } from './influencers';
import { updateSettings } from './settingsUpdate';

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext('2026-03-02T09:00:00.000Z');
});
afterEach(() => ctx.cleanup());

const creator = (name = 'Mia Janssen', active = true) =>
  createCreator(ctx, {
    name,
    handles: [{ platform: 'instagram', handle: `@${name.split(' ')[0]!.toLowerCase()}` }],
    followers: 1000,
    region: 'EU',
    timeZone: 'Europe/Amsterdam',
    language: 'nl',
    email: null,
    shippingAddress: '',
    notes: '',
    active,
  });

const collab = (creatorId: number, extra: Partial<Parameters<typeof createCollaboration>[1]> = {}) =>
  createCollaboration(ctx, {
    creatorId,
    campaignId: null,
    feeMinor: 100_000,
    productValueMinor: null,
    startDate: null,
    publishBy: null,
    expectsPost: true,
    replyWithinHours: null,
    signedOn: null,
    productReceivedOn: null,
    notes: '',
    stage: 'outreach',
    ...extra,
  });


describe('collaborations', () => {
  it('records creation and every move as dated events, newest first', () => {
    const c = collab(creator().id);
    ctx.clock.set('2026-03-03T10:00:00.000Z');
    moveCollaboration(ctx, { id: c.id, to: 'negotiating', from: 'outreach' });
    ctx.clock.set('2026-03-04T11:00:00.000Z');
    const back = moveCollaboration(ctx, { id: c.id, to: 'outreach', note: 'They want to wait for spring' });

    expect(back.stage).toBe('outreach');
    expect(back.stageSince).toBe('2026-03-04T11:00:00.000Z');
    const history = listEvents(ctx, { collaborationId: c.id, limit: 200 });
    expect(history.map((e) => [e.type, e.at, e.data])).toEqual([
      ['collaboration.moved', '2026-03-04T11:00:00.000Z', { from: 'negotiating', to: 'outreach', note: 'They want to wait for spring' }],
      ['collaboration.moved', '2026-03-03T10:00:00.000Z', { from: 'outreach', to: 'negotiating' }],
      ['collaboration.created', '2026-03-02T09:00:00.000Z', { stage: 'outreach', feeMinor: 100_000, currency: 'EUR', campaignId: null }],
    ]);
  });

  it('refuses a move from a stage the card has already left, and changes nothing', () => {
    const c = collab(creator().id);
    moveCollaboration(ctx, { id: c.id, to: 'negotiating' });
    const error = expectAppError(() => moveCollaboration(ctx, { id: c.id, from: 'outreach', to: 'signed' }), 'CONFLICT');
    expect(error.message).toContain('Negotiating');
    expect(getCollaboration(ctx, c.id).stage).toBe('negotiating');
    expect(listEvents(ctx, { collaborationId: c.id, limit: 200 })).toHaveLength(2);
  });

  it('treats a move to the current stage as a no-op without an event', () => {
    const c = collab(creator().id);
    moveCollaboration(ctx, { id: c.id, to: 'outreach' });
    expect(listEvents(ctx, { collaborationId: c.id, limit: 200 })).toHaveLength(1);
  });

  it('takes currency and product from the campaign, else the brand settings', () => {
    updateSettings(ctx, { currency: 'USD' });
    const campaign = createCampaign(ctx, { name: 'Launch', product: 'Skillet', goals: '', targets: {}, budgetMinor: null, currency: 'GBP' });
    const who = creator();
    expect(collab(who.id, { campaignId: campaign.id })).toMatchObject({ currency: 'GBP', product: 'Skillet' });
    expect(collab(who.id)).toMatchObject({ currency: 'USD', product: '' });
  });

  it('refuses inactive creators for new collaborations with FORBIDDEN', () => {
    const who = creator('Tom Baker', false);
    expectAppError(() => collab(who.id), 'FORBIDDEN');
    expect(readBoard(ctx, {}).cards).toHaveLength(0);
  });

  it('reports missing creators, campaigns and collaborations as NOT_FOUND', () => {
    expectAppError(() => collab(42), 'NOT_FOUND');
    expectAppError(() => collab(creator().id, { campaignId: 7 }), 'NOT_FOUND');
    expectAppError(() => moveCollaboration(ctx, { id: 99, to: 'signed' }), 'NOT_FOUND');
    expectAppError(() => logEvent(ctx, { collaborationId: 99, type: 'note', text: 'hi' }), 'NOT_FOUND');
  });

  it('records only the fields an update really changed', () => {
    const c = collab(creator().id);
    expect(updateCollaboration(ctx, { id: c.id, feeMinor: 100_000 })).toEqual(c);
    updateCollaboration(ctx, { id: c.id, feeMinor: 120_000, publishBy: '2026-03-22' });
    const [latest] = listEvents(ctx, { collaborationId: c.id, limit: 1 });
    expect(latest).toMatchObject({
      type: 'collaboration.updated',
      data: { changes: { feeMinor: { from: 100_000, to: 120_000 }, publishBy: { from: null, to: '2026-03-22' } } },
    });
  });

  it('refuses notes dated in the future', () => {
    const c = collab(creator().id);
    const error = expectAppError(() => logEvent(ctx, { collaborationId: c.id, type: 'note', text: 'x', at: '2026-03-05T00:00:00Z' }), 'BAD_INPUT');
    expect(error.issues?.[0]?.path).toEqual(['at']);
    const note = logEvent(ctx, { collaborationId: c.id, type: 'note', text: 'Called her', at: '2026-03-01T15:00:00+01:00' });
    expect(note.at).toBe('2026-03-01T14:00:00.000Z');
    expect(note.recordedAt).toBe('2026-03-02T09:00:00.000Z');
  });
});

describe('board', () => {
  it('shows each card with creator, main platform and campaign, filtered by campaign and search', () => {
    const mia = creator('Mia Janssen');
    const lin = creator('Lin Wei');
    updateCreator(ctx, { id: lin.id, handles: [{ platform: 'xiaohongshu', handle: 'lin_100%' }] });
    const spring = createCampaign(ctx, { name: 'Spring', product: '', goals: '', targets: {}, budgetMinor: null, currency: 'EUR' });
    const a = collab(mia.id, { campaignId: spring.id });
    ctx.clock.advance(1000);
    const b = collab(lin.id);

    const all = readBoard(ctx, {}).cards;
    expect(all.map((c) => c.id)).toEqual([b.id, a.id]);
    expect(all[1]).toMatchObject({ creatorName: 'Mia Janssen', creatorPlatform: 'instagram', creatorHandle: '@mia', campaignName: 'Spring', feeMinor: 100_000 });
    expect(readBoard(ctx, { campaignId: spring.id }).cards.map((c) => c.id)).toEqual([a.id]);
    expect(readBoard(ctx, { search: 'LIN' }).cards.map((c) => c.id)).toEqual([b.id]);
    // LIKE wildcards typed by the user are matched literally.
    expect(readBoard(ctx, { search: '100%' }).cards.map((c) => c.id)).toEqual([b.id]);
    expect(readBoard(ctx, { search: '_' }).cards.map((c) => c.id)).toEqual([b.id]);
    expect(readBoard(ctx, { search: 'nobody' }).cards).toEqual([]);
    // Only names and handles match, not the platform names stored beside them.
    expect(readBoard(ctx, { search: 'instagram' }).cards).toEqual([]);
  });
});
