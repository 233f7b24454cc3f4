import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/api';
import { createDispatcher } from '../../api/dispatcher';
import type { AsyncProcedureName } from '../../api/handlers';
import { contracted } from '../../testing/contracted';
import { testContext } from '../../testing/context';
import { expectAppError } from '../../testing/expectAppError';
import { updateSettings } from '../settingsUpdate';
import { trackRecord } from './trackRecord';

// Four weeks after the products arrived on 2 March: every contract deadline has passed.
const NOW = '2026-04-20T10:00:00.000Z';

let ctx: ReturnType<typeof testContext>;
let dispatch: ReturnType<typeof createDispatcher>;
beforeEach(() => {
  ctx = testContext(NOW);
  dispatch = createDispatcher(ctx);
  updateSettings(ctx, { timeZone: 'Europe/Amsterdam' });
});
afterEach(() => ctx.cleanup());

function call<K extends Exclude<ProcedureName, AsyncProcedureName>>(name: K, input: ProcedureInput<K>): ProcedureOutput<K> {
  const result = dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.data as ProcedureOutput<K>;
}

/** The creator's milestones of a contracted collaboration, in contract order. */
const milestonesOf = (collaborationId: number) =>
  call('deadlines.list', { collaborationId, openOnly: false }).deadlines.filter((d) => d.party === 'creator' && d.kind !== 'licence_expiry' && d.kind !== 'min_live_end');

/**
 * Nora's history: Spring launch (EUR, paid, completed): the draft on time, the video 3 days late,
 * a post far below target, a strike; Summer (USD, under way): a deposit paid, a strike withdrawn,
 * a draft 3 days overdue and a post due later; and a deal she declined. Omar shares Spring launch.
 */
function seedNora() {
  const spring = call('campaigns.create', { name: 'Spring launch', currency: 'EUR', targets: { views: 50_000, engagementRatePct: 3 } }).id;
  const summer = call('campaigns.create', { name: 'Summer', currency: 'USD' }).id;

  const first = contracted(ctx, { creatorName: 'Nora Lind', productReceivedOn: '2026-03-02', milestones: ['first_draft', 'publish'] });
  const creatorId = first.creatorId;
  call('collaborations.update', { id: first.collaborationId, campaignId: spring });
  const [draft, video] = milestonesOf(first.collaborationId);
  call('deadlines.deliver', { id: draft!.id, at: '2026-03-16T12:00:00Z' });
  call('deadlines.deliver', { id: video!.id, at: '2026-03-25T12:00:00Z' });
  const post = call('deliverables.add', { collaborationId: first.collaborationId, platform: 'youtube', publishedAt: '2026-03-25T12:00:00Z' });
  call('metrics.record', { deliverableId: post.id, capturedAt: '2026-04-01T09:00:00Z', views: 9_000, likes: 90 });
  call('payments.add', { collaborationId: first.collaborationId, kind: 'balance', paidOn: '2026-04-01', amountMinor: 100_000 });
  call('strikes.add', { collaborationId: first.collaborationId, reason: 'late_without_reason', note: 'Video three days late' });
  call('collaborations.move', { id: first.collaborationId, to: 'completed' });

  const omar = contracted(ctx, { creatorName: 'Omar Haddad', productReceivedOn: '2026-03-02', milestones: ['publish'] });
  call('collaborations.update', { id: omar.collaborationId, campaignId: spring });

  const second = call('collaborations.create', { creatorId, campaignId: summer, feeMinor: 50_000, currency: 'USD', stage: 'in_production', publishBy: '2026-04-30' }).id;
  call('deadlines.add', { collaborationId: second, kind: 'draft', dueDate: '2026-04-17' });
  call('payments.add', { collaborationId: second, kind: 'deposit', paidOn: '2026-04-02', amountMinor: 15_000 });
  const mistaken = call('strikes.add', { collaborationId: second, reason: 'poor_communication' });
  call('strikes.withdraw', { id: mistaken.strike.id, reason: 'She had told us she was ill' });

  const declined = call('collaborations.create', { creatorId, stage: 'outreach', feeMinor: 20_000, currency: 'EUR' }).id;
  call('collaborations.move', { id: declined, to: 'declined' });
  return { creatorId, first: first.collaborationId, second, declined, omar: omar.collaborationId };
}

describe("a creator's track record", () => {
  it('sums up the history: stages, deadlines on time and late, strikes, fees and payments per currency, posts against targets, what is still owed', () => {
    const nora = seedNora();
    const record = call('influencers.trackRecord', { id: nora.creatorId });

    expect(record).toMatchObject({ creatorId: nora.creatorId, asOf: NOW, asOfDate: '2026-04-20' });
    expect(record.collaborations).toEqual({
      total: 3,
      running: 1,
      byStage: [
        { stage: 'in_production', count: 1 },
        { stage: 'completed', count: 1 },
        { stage: 'declined', count: 1 },
      ],
    });
    expect(record.deadlines).toEqual({
      onTime: 1,
      late: 1,
      overdue: 1,
      missed: 0,
      longestDaysLate: 3,
      lateDeliveries: [
        { milestoneId: expect.any(Number), collaborationId: nora.first, campaignName: 'Spring launch', key: 'publish', name: 'Final video published', kind: 'publish', dueDate: '2026-03-22', deliveredOn: '2026-03-25', daysLate: 3 },
      ],
    });
    expect(record.strikes).toEqual({ active: 1, served: 0, withdrawn: 1 });
    // The declined deal was never agreed; payments are what was paid, whatever for.
    expect(record.agreed).toEqual([
      { currency: 'EUR', feeMinor: 100_000 },
      { currency: 'USD', feeMinor: 50_000 },
    ]);
    expect(record.paid).toEqual([
      { currency: 'EUR', amountMinor: 100_000, payments: 1 },
      { currency: 'USD', amountMinor: 15_000, payments: 1 },
    ]);

    // Spring launch's 50,000 views are shared with Omar: her post was held to half of them.
    expect(record.performance).toMatchObject({ measured: 1, belowTarget: 1 });
    const [posts] = record.performance.collaborations;
    expect(posts).toMatchObject({
      collaborationId: nora.first,
      campaignName: 'Spring launch',
      posts: 1,
      views: 9_000,
      engagementRatePct: 1,
      expected: { views: 25_000, engagementRatePct: 3 },
      hasTargets: true,
      underperforming: true,
    });
    expect(posts!.misses).toEqual(call('metrics.performance', { collaborationId: nora.first }).verdict.misses);
    expect(posts!.misses.map((m) => m.target)).toEqual(['views', 'engagementRatePct']);

    expect(record.openObligations).toEqual([
      { milestoneId: expect.any(Number), collaborationId: nora.second, campaignId: expect.any(Number), campaignName: 'Summer', key: expect.stringMatching(/^own_\d+$/), name: 'Draft', kind: 'draft', dueDate: '2026-04-17', status: 'overdue', daysLate: 3 },
      { milestoneId: expect.any(Number), collaborationId: nora.second, campaignId: expect.any(Number), campaignName: 'Summer', key: 'own_publish_by', name: 'Post published', kind: 'publish', dueDate: '2026-04-30', status: 'upcoming', daysLate: 0 },
    ]);
    // The score is the one the rest of the app shows.
    expect(record.reliability).toEqual(call('reliability.get', { creatorId: nora.creatorId }));
    expect(record.reliability).toMatchObject({ onTime: 1, deliverables: 3, strikes: 1 });
  });

  it('counts lateness to the instant asked, and keeps other creators out', () => {
    const nora = seedNora();
    const earlier = call('influencers.trackRecord', { id: nora.creatorId, asOf: '2026-04-18T10:00:00Z' });
    expect(earlier.asOfDate).toBe('2026-04-18');
    expect(earlier.openObligations[0]).toMatchObject({ name: 'Draft', status: 'overdue', daysLate: 1 });

    const omarId = call('collaborations.get', { id: nora.omar }).creator.id;
    const omar = call('influencers.trackRecord', { id: omarId });
    expect(omar.collaborations.total).toBe(1);
    expect(omar.strikes).toEqual({ active: 0, served: 0, withdrawn: 0 });
    expect(omar.paid).toEqual([]);
    expect(omar.performance).toEqual({ measured: 0, belowTarget: 0, collaborations: [] });
    // His video was never delivered and his collaboration is under way: overdue, owed.
    expect(omar.deadlines).toMatchObject({ onTime: 0, late: 0, overdue: 1, missed: 0 });
    expect(omar.openObligations.map((o) => [o.name, o.campaignName, o.status, o.daysLate])).toEqual([['Final video published', 'Spring launch', 'overdue', 29]]);
  });

  it('calls a deliverable never delivered before the collaboration ended missed, and owes nothing for it', () => {
    const { collaborationId, creatorId } = contracted(ctx, { creatorName: 'Lena Vogel', productReceivedOn: '2026-03-02', milestones: ['publish'] });
    call('collaborations.move', { id: collaborationId, to: 'terminated' });
    const record = call('influencers.trackRecord', { id: creatorId });
    expect(record.deadlines).toMatchObject({ onTime: 0, late: 0, overdue: 0, missed: 1, lateDeliveries: [] });
    expect(record.openObligations).toEqual([]);
    expect(record.collaborations).toEqual({ total: 1, running: 0, byStage: [{ stage: 'terminated', count: 1 }] });
  });

  it('says plainly that a new creator has no history', () => {
    const ava = call('influencers.create', { name: 'Ava Stone' });
    expect(call('influencers.trackRecord', { id: ava.id })).toEqual({
      creatorId: ava.id,
      asOf: NOW,
      asOfDate: '2026-04-20',
      reliability: call('reliability.get', { creatorId: ava.id }),
      collaborations: { total: 0, running: 0, byStage: [] },
      deadlines: { onTime: 0, late: 0, overdue: 0, missed: 0, longestDaysLate: 0, lateDeliveries: [] },
      strikes: { active: 0, served: 0, withdrawn: 0 },
      agreed: [],
      paid: [],
      performance: { measured: 0, belowTarget: 0, collaborations: [] },
      openObligations: [],
    });
    expect(call('influencers.trackRecord', { id: ava.id }).reliability.score).toBeNull();
  });

  it('refuses an unknown creator, and a malformed request, by name', () => {
    const refused = expectAppError(() => trackRecord(ctx, { id: 4242 }), 'NOT_FOUND');
    expect(refused.message).toBe('Creator #4242 does not exist.');
    const viaApi = dispatch('influencers.trackRecord', { id: 4242 });
    expect(viaApi.ok || viaApi.error.code).toBe('NOT_FOUND');
    const malformed = dispatch('influencers.trackRecord', { id: 1, asOf: 'yesterday' });
    expect(malformed.ok || malformed.error.code).toBe('BAD_INPUT');
  });

  it('reads a fixed number of statements, however long the history', () => {
    const ava = call('influencers.create', { name: 'Ava Stone' });
    const nora = seedNora();
    const statements = (id: number) => {
      const prepare = vi.spyOn(ctx.db.$client, 'prepare');
      try {
        trackRecord(ctx, { id });
        return prepare.mock.calls.length;
      } finally {
        prepare.mockRestore();
      }
    };
    const none = statements(ava.id);
    expect(none).toBeGreaterThan(0);
    expect(statements(nora.creatorId)).toBe(none);
  });
});
