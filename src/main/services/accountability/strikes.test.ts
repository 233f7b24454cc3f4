import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contracted } from '../../testing/contracted';
import { snapshot, testContext } from '../../testing/context';
import { expectAppError } from '../../testing/expectAppError';
import { createCollaboration, moveCollaboration } from '../collaborations';
import { listDeadlines } from '../deadlineList';
import { deliverMilestone } from '../deadlines';
import { listEvents } from '../events';
import { getCreator, updateCreator } from '../influencers';
import { getStanding } from './standing';
import { addStrike, listStrikes, withdrawStrike } from './strikes';

let ctx: ReturnType<typeof testContext>;
let mia: { collaborationId: number; creatorId: number };
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
  // The product arrived on 2 March: the draft (due 17 March) is late, the video (due 22 March) too.
  mia = contracted(ctx, { creatorName: 'Mia Chen', productReceivedOn: '2026-03-02', milestones: ['first_draft', 'publish'] });
});
afterEach(() => ctx.cleanup());

const strike = (reason: 'brief_not_followed' | 'poor_communication' | 'late_without_reason' = 'late_without_reason') =>
  addStrike(ctx, { collaborationId: mia.collaborationId, reason, note: '', eventIds: [] });
const newCollaboration = () =>
  createCollaboration(ctx, { creatorId: mia.creatorId, campaignId: null, feeMinor: 0, currency: 'EUR', productValueMinor: null, startDate: null, publishBy: null, expectsPost: true, replyWithinHours: null, signedOn: null, productReceivedOn: null, notes: '', stage: 'prospect' });
const openMilestones = () => listDeadlines(ctx, { collaborationId: mia.collaborationId, openOnly: true }).deadlines.filter((d) => d.party === 'creator' && d.kind !== 'licence_expiry' && d.kind !== 'min_live_end');
const eventTypes = () => listEvents(ctx, { creatorId: mia.creatorId, limit: 100 }).map((e) => e.type).reverse();

describe('strikes', () => {
  it('make the creator inactive at the third; a new collaboration is refused naming what is owed', () => {
    expect(strike('brief_not_followed')).toMatchObject({ activeStrikes: 1, creatorActive: true });
    expect(strike('poor_communication')).toMatchObject({ activeStrikes: 2, creatorActive: true });
    expect(strike()).toMatchObject({ activeStrikes: 3, creatorActive: false });
    expect(getStanding(ctx, mia.creatorId)).toMatchObject({ active: false, activeStrikes: 3, inactiveByStrikes: true });
    expect(getStanding(ctx, mia.creatorId).openObligations.map((o) => o.name)).toEqual(['First draft', 'Final video published']);

    const before = snapshot(ctx);
    const refused = expectAppError(newCollaboration, 'FORBIDDEN');
    expect(refused.message).toBe(
      'Mia Chen is inactive (3 active strikes) and cannot join new collaborations until their open obligations are completed: First draft, due 2026-03-17; Final video published, due 2026-03-22.',
    );
    expect(refused).toMatchObject({ key: 'service.inactiveStrikesOwes', params: { strikes: 3, owedEach: 'service.obligation', 'owed.0.name': 'First draft', 'owed.0.due': '2026-03-17', 'owed.1.name': 'Final video published' } });
    expect(snapshot(ctx)).toEqual(before);
    expect(eventTypes()).toContain('creator.deactivated');
  });

  it('completing the open obligations makes the creator active again, recorded, and the strikes count as served', () => {
    for (let i = 0; i < 3; i++) strike();
    const [draft, video] = openMilestones();
    deliverMilestone(ctx, { id: draft!.id });
    expect(getCreator(ctx, mia.creatorId).active).toBe(false);
    deliverMilestone(ctx, { id: video!.id });
    expect(getCreator(ctx, mia.creatorId).active).toBe(true);
    expect(eventTypes().slice(-1)).toEqual(['creator.reactivated']);
    expect(listStrikes(ctx, { creatorId: mia.creatorId }).map((s) => s.status)).toEqual(['served', 'served', 'served']);
    expect(newCollaboration().creatorId).toBe(mia.creatorId);
    // Served strikes no longer count towards the limit: one more is the first of a new three.
    expect(strike()).toMatchObject({ activeStrikes: 1, creatorActive: true });
  });

  it('ending the collaboration counts as completing it', () => {
    for (let i = 0; i < 3; i++) strike();
    moveCollaboration(ctx, { id: mia.collaborationId, to: 'terminated' });
    expect(getStanding(ctx, mia.creatorId)).toMatchObject({ active: true, activeStrikes: 0, openObligations: [] });
  });

  it('with nothing owed at the third strike, only the brand brings them back, by hand', () => {
    for (const m of openMilestones()) deliverMilestone(ctx, { id: m.id });
    for (let i = 0; i < 3; i++) strike();
    const refused = expectAppError(newCollaboration, 'FORBIDDEN');
    expect(refused.message).toContain('They owe nothing now; make them active again on the Creators page');
    moveCollaboration(ctx, { id: mia.collaborationId, to: 'completed' });
    expect(getCreator(ctx, mia.creatorId).active).toBe(false);
    updateCreator(ctx, { id: mia.creatorId, active: true });
    expect(getStanding(ctx, mia.creatorId)).toMatchObject({ active: true, activeStrikes: 0, inactiveByStrikes: false });
    const reactivated = listEvents(ctx, { creatorId: mia.creatorId, limit: 1 })[0]!;
    expect(reactivated).toMatchObject({ type: 'creator.reactivated', data: { reason: 'by_hand' } });
  });

  it('withdrawing keeps the strike and its history; below the limit the creator is active again', () => {
    const ids = [strike().strike.id, strike().strike.id, strike().strike.id];
    const result = withdrawStrike(ctx, { id: ids[1]!, reason: 'The brief changed after they started' });
    expect(result).toMatchObject({ activeStrikes: 2, creatorActive: true, strike: { status: 'withdrawn', withdrawnReason: 'The brief changed after they started' } });
    expect(listStrikes(ctx, { creatorId: mia.creatorId })).toHaveLength(3);
    expect(eventTypes().filter((t) => t.startsWith('strike.') || t.startsWith('creator.'))).toEqual([
      'strike.added',
      'strike.added',
      'strike.added',
      'creator.deactivated',
      'strike.withdrawn',
      'creator.reactivated',
    ]);
    const again = expectAppError(() => withdrawStrike(ctx, { id: ids[1]!, reason: 'twice' }), 'CONFLICT');
    expect(again.message).toContain('already withdrawn');
  });

  it('links only events of the same collaboration, and changes nothing when refused', () => {
    const other = contracted(ctx, { creatorName: 'Noah Berg' });
    const foreign = listEvents(ctx, { collaborationId: other.collaborationId, limit: 1 })[0]!.id;
    const own = listEvents(ctx, { collaborationId: mia.collaborationId, limit: 1 })[0]!.id;
    const before = snapshot(ctx);
    const error = expectAppError(() => addStrike(ctx, { collaborationId: mia.collaborationId, reason: 'poor_communication', note: '', eventIds: [own, foreign] }), 'BAD_INPUT');
    expect(error.message).toBe(`Event #${foreign} is not part of collaboration #${mia.collaborationId}'s history.`);
    expect(snapshot(ctx)).toEqual(before);
    expect(addStrike(ctx, { collaborationId: mia.collaborationId, reason: 'poor_communication', note: 'No answer', eventIds: [own, own] }).strike.eventIds).toEqual([own]);
  });
});
