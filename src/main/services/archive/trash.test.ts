import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../db/eventChain';
import { archiveApi } from '../../testing/archiveApi';
import { testContext } from '../../testing/context';
import { emptyTrashByAge } from './trash';

let ctx: ReturnType<typeof testContext>;
let api: ReturnType<typeof archiveApi>;
beforeEach(() => {
  ctx = testContext('2026-03-02T09:00:00.000Z');
  api = archiveApi(ctx);
});
afterEach(() => ctx.cleanup());

const DAY = 86_400_000;
const draft = () => {
  const creator = api.ok('influencers.create', { name: 'Mia Janssen' });
  const campaign = api.ok('campaigns.create', { name: 'Spring', currency: 'EUR' });
  const collab = api.ok('collaborations.create', { creatorId: creator.id, campaignId: campaign.id, feeMinor: 1000, currency: 'EUR' });
  return { creator: creator.id, campaign: campaign.id, collab: collab.id };
};

describe('the trash', () => {
  it('takes a draft collaboration, lists it with the day it is deleted, and gives it back', () => {
    const { collab } = draft();
    expect(api.ok('trash.add', { kind: 'collaboration', id: collab })).toEqual({
      kind: 'collaboration',
      id: collab,
      name: 'Mia Janssen',
      detail: 'Spring',
      trashedAt: '2026-03-02T09:00:00.000Z',
      deletesAt: '2026-04-01T09:00:00.000Z',
    });
    expect(api.ok('collaborations.board', {}).cards).toEqual([]);
    expect(api.ok('trash.list', {}).map((i) => i.id)).toEqual([collab]);
    api.ok('trash.restore', { kind: 'collaboration', id: collab });
    expect(api.ok('collaborations.board', {}).cards.map((c) => c.id)).toEqual([collab]);
    expect(api.ok('trash.list', {})).toEqual([]);
  });

  it('refuses what has evidence value: a collaboration with a history, a creator or campaign with collaborations', () => {
    const { creator, campaign, collab } = draft();
    api.ok('collaborations.move', { id: collab, to: 'outreach' });
    expect(api.refused('trash.add', { kind: 'collaboration', id: collab })).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^Only a draft can go to the trash/) });
    expect(api.refused('trash.add', { kind: 'creator', id: creator })).toMatchObject({
      code: 'CONFLICT',
      message: 'Mia Janssen has a collaboration: only a creator without any can go to the trash. Archive it instead.',
    });
    expect(api.refused('trash.add', { kind: 'campaign', id: campaign }).code).toBe('CONFLICT');
    // A contract draft is work too, though it records no event.
    const other = api.ok('collaborations.create', { creatorId: creator, feeMinor: 0, currency: 'EUR' });
    const terms = api.ok('contracts.preset', { collaborationId: other.id, preset: 'seeding' });
    api.ok('contracts.save', { collaborationId: other.id, terms });
    expect(api.refused('trash.add', { kind: 'collaboration', id: other.id }).code).toBe('CONFLICT');
  });

  it('restores a collaboration only with its campaign in sight', () => {
    const { campaign, collab } = draft();
    api.ok('trash.add', { kind: 'collaboration', id: collab });
    api.ok('campaigns.archive', { id: campaign });
    expect(api.refused('trash.restore', { kind: 'collaboration', id: collab })).toMatchObject({
      code: 'CONFLICT',
      message: 'Its campaign, Spring, is archived: restore the campaign first.',
    });
    // A creator with a collaboration in the trash stays out of it.
    expect(api.refused('trash.add', { kind: 'creator', id: 1 }).code).toBe('CONFLICT');
  });

  it('is emptied by age: 30 days after, the rows are gone for good and the history stays, marked', () => {
    const { creator, campaign, collab } = draft();
    api.ok('trash.add', { kind: 'collaboration', id: collab });
    ctx.clock.advance(5 * DAY);
    const autumn = api.ok('campaigns.create', { name: 'Autumn', currency: 'EUR' });
    api.ok('trash.add', { kind: 'campaign', id: autumn.id });
    ctx.clock.advance(25 * DAY - 1);
    expect(emptyTrashByAge(ctx)).toEqual({ deleted: 0 });
    ctx.clock.advance(1);
    expect(emptyTrashByAge(ctx)).toEqual({ deleted: 1 });
    expect(api.ok('trash.list', {}).map((i) => i.kind)).toEqual(['campaign']);
    expect(api.refused('collaborations.get', { id: collab }).code).toBe('NOT_FOUND');
    expect(api.refused('trash.restore', { kind: 'collaboration', id: collab }).code).toBe('NOT_FOUND');
    const history = api.ok('events.list', { collaborationId: collab });
    expect(history.map((e) => (e.type === 'visibility.changed' ? e.data.to : e.type))).toEqual(['deleted', 'trashed', 'collaboration.created']);
    expect(verifyChain(ctx.db.$client).intact).toBe(true);

    // The creator and campaign have only a deleted collaboration now: they may go, and trash.empty takes everything.
    api.ok('trash.add', { kind: 'creator', id: creator });
    api.ok('trash.add', { kind: 'campaign', id: campaign });
    expect(api.ok('trash.empty', {})).toEqual({ deleted: 3 });
    expect(api.ok('trash.list', {})).toEqual([]);
    expect(api.ok('influencers.list', {})).toEqual([]);
    expect(api.refused('influencers.get', { id: creator }).code).toBe('NOT_FOUND');
    expect(api.ok('campaigns.list', {})).toEqual([]);
  });
});
