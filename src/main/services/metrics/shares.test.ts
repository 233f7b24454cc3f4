import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contracted } from '../../testing/contracted';
import { testContext } from '../../testing/context';
import { createCampaign } from '../campaigns';
import { createCollaboration, moveCollaboration, updateCollaboration } from '../collaborations';
import { createCreator } from '../influencers';
import { sayIn } from '../../../shared/i18n/createI18n';
import { addDeliverable, recordSnapshot } from './deliverables';
import { campaignDashboard, collaborationPerformance } from './performance';
import { campaignReport } from './report';
import { readBoard } from '../board';
import { createDispatcher } from '../../api/dispatcher';
import { listEvents } from '../events';
import type { MilestoneTerm } from '../../../shared/contract/terms';
import type { Dashboard } from '../../../shared/metrics/schemas';

let ctx: ReturnType<typeof testContext>;
let campaignId: number;
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
  campaignId = createCampaign(ctx, { name: 'Spring launch', product: '', goals: '', targets: { views: 100_000 }, budgetMinor: null, currency: 'EUR' }).id;
});
afterEach(() => ctx.cleanup());

const noNumbers = { reach: null, likes: null, comments: null, shares: null, saves: null, clicks: null, conversions: null, costMinor: null };

function posted(collaborationId: number, views: number) {
  const post = addDeliverable(ctx, { collaborationId, platform: 'youtube', url: '', title: '', publishedAt: '2026-03-20T10:00:00.000Z' });
  recordSnapshot(ctx, { deliverableId: post.id, ...noNumbers, views });
}

function prospect(name: string): number {
  const creator = createCreator(ctx, { name, handles: [], followers: null, region: 'EU', timeZone: null, language: null, email: null, shippingAddress: '', notes: '', active: true });
  return createCollaboration(ctx, { creatorId: creator.id, campaignId, feeMinor: 0, currency: 'EUR', productValueMinor: null, startDate: null, publishBy: null, expectsPost: true, replyWithinHours: null, signedOn: null, productReceivedOn: null, notes: '', stage: 'outreach' }).id;
}

/** Talked to, then let go before anything was agreed or due. */
function droppedEarly(name: string): number {
  const id = prospect(name);
  moveCollaboration(ctx, { id, to: 'terminated' });
  return id;
}

const secondVideo: MilestoneTerm = { key: 'second_video', name: 'Second video', kind: 'publish', offsetDays: 40, dayCount: 'calendar', anchor: 'product_received', deductible: false };

function inCampaign(options: Parameters<typeof contracted>[1]): number {
  const id = contracted(ctx, { productReceivedOn: '2026-03-02', ...options }).collaborationId;
  updateCollaboration(ctx, { id, campaignId });
  return id;
}

const rowOf = (d: ReturnType<typeof campaignDashboard>, id: number) => d.rows.find((r) => r.collaborationId === id)!;
const en = sayIn('en');

describe('a campaign whose only post reached a quarter of the views target', () => {
  it('reads "1 of 1 below target" when the others ended before anything was due', () => {
    const poster = inCampaign({ creatorName: 'Lin' });
    for (const name of ['A', 'B', 'C']) droppedEarly(name);
    posted(poster, 25_000);

    const d = campaignDashboard(ctx, { campaignId });
    expect(rowOf(d, poster).verdict.misses.map((m) => m.text)).toEqual(['Views 25,000 vs 100,000 expected (75 % below)']);
    expect(d.underperforming).toBe(1);
    expect(d.judged).toBe(1);
    expect(d.waiting).toBe(0);
    expect(en('campaigns:dashboard.belowCount', { below: d.underperforming, judged: d.judged })).toBe('1 of 1 below target');
  });
});

describe('a campaign’s counts shared by what each collaboration was meant to deliver', () => {
  it('still counts one that ended after something was due: its missing post is not put on the others', () => {
    const poster = inCampaign({ creatorName: 'Lin' });
    const gone = inCampaign({ creatorName: 'Sam' });
    moveCollaboration(ctx, { id: gone, to: 'terminated' });
    posted(poster, 45_000);

    const d = campaignDashboard(ctx, { campaignId });
    expect(rowOf(d, gone).share).toEqual({ posts: 1, targets: { views: 50_000 } });
    expect(rowOf(d, poster).verdict).toMatchObject({ judged: true, underperforming: false });
    // It posted nothing and owes nothing more: not waiting for a post, not judged.
    expect(d).toMatchObject({ judged: 1, underperforming: 0, waiting: 0 });
  });

  it('gives a creator who owes two videos twice the part, judges each post against its own part, and counts who is still to post', () => {
    const two = inCampaign({ creatorName: 'Ada', change: (terms) => ({ ...terms, milestones: [...terms.milestones, secondVideo] }) });
    const one = inCampaign({ creatorName: 'Ben' });
    const waiting = prospect('Cy');
    posted(two, 25_000);
    posted(one, 15_000);

    const d = campaignDashboard(ctx, { campaignId });
    // 100,000 views over four posts: 25,000 a post.
    expect(rowOf(d, two).share).toEqual({ posts: 2, targets: { views: 50_000 } });
    expect(rowOf(d, one).share).toEqual({ posts: 1, targets: { views: 25_000 } });
    expect(rowOf(d, waiting).share).toEqual({ posts: 1, targets: { views: 25_000 } });
    expect(en('campaigns:ownTargets.meantToPost', { count: rowOf(d, two).share.posts, campaign: 'Spring launch' })).toBe('Meant to publish 2 posts for Spring launch');
    expect(sayIn('zh')('campaigns:ownTargets.meantToPost', { count: 2, campaign: '春季新品' })).toBe('需为「春季新品」发布 2 篇帖子');
    expect(sayIn('nl')('campaigns:ownTargets.meantToPost', { count: 1, campaign: 'Lente' })).toBe('Moet voor Lente 1 post plaatsen');
    // The first of two videos is held to the part one video stands for.
    expect(rowOf(d, two).verdict).toMatchObject({ judged: true, underperforming: false });
    expect(rowOf(d, one).verdict.misses.map((m) => m.text)).toEqual(['Views 15,000 vs 25,000 expected (40 % below)']);
    expect(d).toMatchObject({ judged: 2, underperforming: 1, waiting: 1 });
    expect(en('campaigns:dashboard.belowCount', { below: d.underperforming, judged: d.judged })).toBe('1 of 2 below target');
    expect(en('campaigns:dashboard.waiting', { count: d.waiting })).toBe('1 waiting for a post');
    expect(campaignReport(ctx, { campaignId }).html).toContain('3 collaborations · 1 below target · 1 waiting for a post');
    expect(campaignReport(ctx, { campaignId, language: 'nl' }).html).toContain('1 wacht nog op een post');

    // The collaboration's own page and the board say the same as the dashboard.
    expect(collaborationPerformance(ctx, { collaborationId: one }).verdict).toEqual(rowOf(d, one).verdict);
    expect(collaborationPerformance(ctx, { collaborationId: two }).share).toEqual(rowOf(d, two).share);
    const flagged = readBoard(ctx, {}).cards.filter((c) => c.underperforming).map((c) => c.id);
    expect(flagged).toEqual([one]);
  });

  it('holds a collaboration to the targets set for it by hand, and shares the rest of the campaign’s among the others', () => {
    const star = inCampaign({ creatorName: 'Ada' });
    const other = inCampaign({ creatorName: 'Ben' });
    posted(star, 50_000);
    posted(other, 40_000);
    expect(rowOf(campaignDashboard(ctx, { campaignId }), star).verdict.underperforming).toBe(false);

    updateCollaboration(ctx, { id: star, targets: { views: 70_000, engagementRatePct: 4 } });
    const d = campaignDashboard(ctx, { campaignId });
    expect(rowOf(d, star).share).toEqual({ posts: 1, targets: { views: 70_000, engagementRatePct: 4 } });
    expect(rowOf(d, star).verdict.misses.map((m) => m.text)).toEqual(['Views 50,000 vs 70,000 expected (29 % below)']);
    expect(rowOf(d, other).share).toEqual({ posts: 1, targets: { views: 30_000 } });
    expect(rowOf(d, other).verdict.underperforming).toBe(false);
    expect(listEvents(ctx, { collaborationId: star, limit: 1 })[0]).toMatchObject({
      type: 'collaboration.updated',
      data: { changes: { targets: { from: null, to: '{"views":70000,"engagementRatePct":4}' } } },
    });

    // The same targets again change nothing; none at all is the campaign's share again.
    const events = listEvents(ctx, { collaborationId: star, limit: 100 }).length;
    updateCollaboration(ctx, { id: star, targets: { views: 70_000, engagementRatePct: 4 } });
    expect(listEvents(ctx, { collaborationId: star, limit: 100 })).toHaveLength(events);
    expect(updateCollaboration(ctx, { id: star, targets: {} }).targets).toBeNull();
    expect(rowOf(campaignDashboard(ctx, { campaignId }), star).share).toEqual({ posts: 1, targets: { views: 50_000 } });
  });

  it('lets the brand say how many posts a collaboration is meant to publish', () => {
    const many = inCampaign({ creatorName: 'Ada' });
    const one = inCampaign({ creatorName: 'Ben' });
    updateCollaboration(ctx, { id: many, targets: { posts: 3 } });
    const d = campaignDashboard(ctx, { campaignId });
    expect(rowOf(d, many).share).toEqual({ posts: 3, targets: { views: 75_000 } });
    expect(rowOf(d, one).share).toEqual({ posts: 1, targets: { views: 25_000 } });
  });
});

describe('through the API', () => {
  it('takes a collaboration’s own targets through the checked input, and the dashboard carries the counts and each part', async () => {
    const poster = inCampaign({ creatorName: 'Lin' });
    prospect('Cy');
    posted(poster, 25_000);
    const dispatch = createDispatcher(ctx);

    const negative = await dispatch('collaborations.update', { id: poster, targets: { views: -5 } });
    expect(negative).toMatchObject({ ok: false, error: { code: 'BAD_INPUT', issues: [{ path: ['targets', 'views'] }] } });
    // The margin is the campaign's: one collaboration cannot be judged more leniently.
    expect(await dispatch('collaborations.update', { id: poster, targets: { marginPct: 50 } })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });

    const set = await dispatch('collaborations.update', { id: poster, targets: { views: 30_000 } });
    expect(set).toMatchObject({ ok: true, data: { targets: { views: 30_000 } } });
    const dashboard = await dispatch('campaigns.dashboard', { campaignId });
    if (!dashboard.ok) throw new Error(dashboard.error.message);
    const data = dashboard.data as Dashboard;
    expect(data).toMatchObject({ judged: 1, underperforming: 0, waiting: 1 });
    expect(data.rows.map((r) => r.share)).toEqual([
      { posts: 1, targets: { views: 70_000 } },
      { posts: 1, targets: { views: 30_000 } },
    ]);
  });
});
