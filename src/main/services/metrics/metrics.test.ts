import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contracted } from '../../testing/contracted';
import { snapshot, testContext } from '../../testing/context';
import { expectAppError } from '../../testing/expectAppError';
import { createCampaign } from '../campaigns';
import { updateCollaboration } from '../collaborations';
import { listEvents } from '../events';
import { readBoard } from '../board';
import { translator } from '../../../shared/i18n/createI18n';
import { missWords, type Say } from '../../../shared/metrics/missText';
import { addDeliverable, listDeliverables, listSnapshots, recordSnapshot } from './deliverables';
import { campaignDashboard, collaborationPerformance } from './performance';
import { logRemedialStep, remedialPlan } from './remedial';
import { campaignReport } from './report';

let ctx: ReturnType<typeof testContext>;
let collaborationId: number;
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
  const campaignId = createCampaign(ctx, { name: 'Spring <launch>', product: '', goals: '', targets: { views: 50_000, engagementRatePct: 3 }, budgetMinor: null, currency: 'EUR' }).id;
  collaborationId = contracted(ctx, { creatorName: 'Mia Chen', productReceivedOn: '2026-03-02' }).collaborationId;
  updateCollaboration(ctx, { id: collaborationId, campaignId });
});
afterEach(() => ctx.cleanup());

describe('posts and their numbers', () => {
  it('records readings over time; the newest counts; a second reading at the same moment is refused', () => {
    const post = addDeliverable(ctx, { collaborationId, platform: 'youtube', url: 'https://youtu.be/a', title: 'Skillet review', publishedAt: '2026-03-20T10:00:00.000Z' });
    recordSnapshot(ctx, { deliverableId: post.id, capturedAt: '2026-03-21T10:00:00.000Z', views: 8_000, reach: null, likes: 100, comments: null, shares: null, saves: null, clicks: null, conversions: null, costMinor: null });
    recordSnapshot(ctx, { deliverableId: post.id, views: 20_000, reach: null, likes: 300, comments: 20, shares: null, saves: null, clicks: 150, conversions: 3, costMinor: null });
    expect(listSnapshots(ctx, { deliverableId: post.id }).map((s) => s.views)).toEqual([8_000, 20_000]);
    expect(listDeliverables(ctx, { collaborationId })[0]!.latest).toMatchObject({ views: 20_000, source: 'manual' });
    // No post says what it cost, so the €1,000 fee is the cost.
    expect(collaborationPerformance(ctx, { collaborationId }).performance).toMatchObject({ posts: 1, views: 20_000, engagements: 320, costMinor: 100_000, cpmMinor: 5_000 });

    const before = snapshot(ctx);
    const again = expectAppError(() => recordSnapshot(ctx, { deliverableId: post.id, capturedAt: '2026-03-21T10:00:00.000Z', views: 1, reach: null, likes: null, comments: null, shares: null, saves: null, clicks: null, conversions: null, costMinor: null }), 'BAD_INPUT');
    expect(again.message).toBe('This post already has numbers read at that moment.');
    expectAppError(() => addDeliverable(ctx, { collaborationId, platform: 'youtube', url: 'https://youtu.be/a', title: '', publishedAt: null }), 'BAD_INPUT');
    expectAppError(() => recordSnapshot(ctx, { deliverableId: post.id, views: null, reach: null, likes: null, comments: null, shares: null, saves: null, clicks: null, conversions: null, costMinor: null }), 'BAD_INPUT');
    expect(snapshot(ctx)).toEqual(before);
    expect(listEvents(ctx, { collaborationId, limit: 5 }).map((e) => e.type).slice(0, 3)).toEqual(['metrics.recorded', 'metrics.recorded', 'deliverable.added']);
  });
});

describe('a collaboration below target', () => {
  it('is flagged on the board, gets a remedial plan that starts with talking, and each step is recorded', () => {
    const post = addDeliverable(ctx, { collaborationId, platform: 'youtube', url: '', title: '', publishedAt: null });
    recordSnapshot(ctx, { deliverableId: post.id, views: 9_000, reach: null, likes: 90, comments: null, shares: null, saves: null, clicks: null, conversions: null, costMinor: null });
    const [card] = readBoard(ctx, {}).cards;
    // The board carries the misses as numbers; the card words them in the page's language.
    expect(card!.underperforming).toEqual([
      { target: 'views', expected: 50_000, actual: 9_000, offByPct: 82 },
      { target: 'engagementRatePct', expected: 3, actual: 1, offByPct: 66.7 },
    ]);
    const say = translator('en') as unknown as Say;
    expect(card!.underperforming!.map((miss) => missWords(say, 'en-GB', miss, card!.currency))).toEqual([
      'Views 9,000 vs 50,000 expected (82 % below)',
      'Engagement rate 1.0 % vs 3.0 % expected (67 % below)',
    ]);

    const plan = remedialPlan(ctx, { collaborationId });
    expect(plan.verdict.underperforming).toBe(true);
    expect(plan.steps.map((s) => s.step)).toEqual(['talk', 'share_numbers', 'more_material', 'new_schedule', 'restate_goals', 'performance_pay', 'end_politely']);
    expect(plan.steps[0]).toMatchObject({ title: 'Talk first', templateKind: 'caring_inquiry', doneAt: null });
    expect(plan.next).toBe('talk');
    logRemedialStep(ctx, { collaborationId, step: 'talk', note: 'She had the flu; new video next week' });
    const after = remedialPlan(ctx, { collaborationId });
    expect(after.steps[0]).toMatchObject({ doneAt: '2026-03-25T10:00:00.000Z', note: 'She had the flu; new video next week' });
    expect(after.next).toBe('share_numbers');
    expect(listEvents(ctx, { collaborationId, limit: 1 })[0]).toMatchObject({ type: 'remedial.step', data: { step: 'talk', title: 'Talk first' } });
  });

  it('the printable report holds the table, both charts, and escapes names', () => {
    const post = addDeliverable(ctx, { collaborationId, platform: 'youtube', url: '', title: '', publishedAt: null });
    recordSnapshot(ctx, { deliverableId: post.id, views: 9_000, reach: null, likes: 90, comments: null, shares: null, saves: null, clicks: null, conversions: null, costMinor: null });
    const report = campaignReport(ctx, { campaignId: 1 });
    expect(report.filename).toBe('report-spring-launch-2026-03-25.pdf');
    expect(report.html).toContain('Campaign report: Spring &lt;launch&gt;');
    expect(report.html).toContain('aria-label="Views per creator"');
    expect(report.html).toContain('aria-label="Views over time"');
    expect(report.html).toContain('Views 9,000 vs 50,000 expected (82 % below)');
    expect(report.html).not.toContain('<launch>');
    // Written in the language asked for, else the brand's.
    const dutch = campaignReport(ctx, { campaignId: 1, language: 'nl' }).html;
    expect(dutch).toContain('Campagnerapport: Spring &lt;launch&gt;');
    expect(dutch).toContain('Weergaven 9.000 vs 50.000 verwacht (82 % te laag)');
    expect(campaignReport(ctx, { campaignId: 1, language: 'zh' }).html).toContain('活动报告：Spring &lt;launch&gt;');
  });
});

describe('the campaign dashboard, counted honestly', () => {
  it('shares a count target only among the collaborations meant to post, and judges the campaign as a whole', () => {
    const campaignId = createCampaign(ctx, { name: 'Seeding wave', product: '', goals: '', targets: { views: 100_000 }, budgetMinor: null, currency: 'EUR' }).id;
    const poster = contracted(ctx, { creatorName: 'Lin', productReceivedOn: '2026-03-02' }).collaborationId;
    updateCollaboration(ctx, { id: poster, campaignId });
    // Three gifts sent with no post asked for: they share nothing of the views target.
    for (const name of ['A', 'B', 'C']) {
      const gift = contracted(ctx, { creatorName: name, productReceivedOn: '2026-03-02' }).collaborationId;
      updateCollaboration(ctx, { id: gift, campaignId, expectsPost: false });
    }
    const post = addDeliverable(ctx, { collaborationId: poster, platform: 'youtube', url: 'https://youtu.be/b', title: 'Unboxing', publishedAt: '2026-03-20T10:00:00.000Z' });
    recordSnapshot(ctx, { deliverableId: post.id, views: 25_000, reach: null, likes: null, comments: null, shares: null, saves: null, clicks: null, conversions: null, costMinor: null });
    const d = campaignDashboard(ctx, { campaignId });
    // The one post was meant to bring the whole 100,000 views: it is below target, and so is the campaign.
    expect(d.rows.find((r) => r.collaborationId === poster)!.verdict.misses.map((m) => m.text)).toEqual(['Views 25,000 vs 100,000 expected (75 % below)']);
    expect(d.underperforming).toBe(1);
    expect(d.overall).toMatchObject({ judged: true, underperforming: true });
    expect(d.overall.misses.map((m) => m.text)).toEqual(['Views 25,000 vs 100,000 expected (75 % below)']);
    expect(campaignReport(ctx, { campaignId }).html).toContain('The campaign as a whole is below target: Views 25,000 vs 100,000 expected (75 % below)');
  });
});
