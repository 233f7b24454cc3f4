import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testContext } from '../testing/context';
import { contracted } from '../testing/contracted';
import { evidenceDocument } from './accountability/evidence';
import { moveCollaboration } from './collaborations';
import { listDeadlines } from './deadlineList';
import { deliverMilestone, reopenMilestone } from './deadlines';
import { listEvents } from './events';
import { suggestFor } from './outreach/suggest';
import { dueNow } from './notifications';
import { updateSettings } from './settingsUpdate';

/*
 * Paid video, fee €1,000, 5 % a day capped at 50 %, termination from 10 days late; product
 * received 2 March: script due 9 March, first draft 17 March, the post 22 March.
 */
let ctx: ReturnType<typeof testContext>;
let id: number;
beforeEach(() => {
  ctx = testContext('2026-03-02T09:00:00.000Z');
  updateSettings(ctx, { timeZone: 'Europe/Amsterdam' });
  id = contracted(ctx, { productReceivedOn: '2026-03-02', milestones: ['script', 'first_draft', 'publish'] }).collaborationId;
});
afterEach(() => ctx.cleanup());

const byKey = (asOf: string) => Object.fromEntries(listDeadlines(ctx, { collaborationId: id, asOf, openOnly: false }).deadlines.map((d) => [d.key, d]));
const penalty = (asOf: string) => listDeadlines(ctx, { collaborationId: id, asOf, openOnly: false }).penalties[0]!;
const scriptOnTime = () => {
  ctx.clock.set('2026-03-08T10:00:00.000Z');
  deliverMilestone(ctx, { id: byKey('2026-03-08T10:00:00.000Z').script!.id });
};

describe('publishing supersedes the earlier deliverables still open', () => {
  it('moving to Published closes a late first draft on that day: its lateness and deduction stop there', () => {
    scriptOnTime();
    ctx.clock.set('2026-03-20T10:00:00.000Z');
    expect(penalty('2026-03-20T10:00:00.000Z')).toMatchObject({ daysLate: 3, deductionMinor: 15_000 });
    moveCollaboration(ctx, { id, to: 'published' });

    const later = '2026-04-20T10:00:00.000Z';
    const draft = byKey(later).first_draft!;
    expect(draft).toMatchObject({ superseded: true, deliveredOn: '2026-03-20', status: 'done_late', daysLate: 3 });
    expect(byKey(later).script).toMatchObject({ superseded: false, status: 'done_on_time' });
    expect(byKey(later).publish).toMatchObject({ superseded: false, status: 'done_on_time' });
    // Without the rule the draft would be 34 days late: €500 at the cap, and termination open.
    expect(penalty(later)).toMatchObject({ daysLate: 3, daysCharged: 3, deductionMinor: 15_000, capReached: false, terminationAvailable: false });
    const superseded = listEvents(ctx, { collaborationId: id, limit: 100 }).filter((e) => e.type === 'milestone.superseded');
    expect(superseded.map((e) => e.data)).toEqual([
      { milestoneId: draft.id, key: 'first_draft', name: 'First draft', dueDate: '2026-03-17', closedOn: '2026-03-20', daysLate: 3, byKey: 'publish' },
    ]);
  });

  it('a draft not yet due when the post goes live is closed, never late, and no reminder or formal notice follows', () => {
    scriptOnTime();
    ctx.clock.set('2026-03-12T10:00:00.000Z');
    deliverMilestone(ctx, { id: byKey('2026-03-12T10:00:00.000Z').publish!.id });
    const later = '2026-04-01T10:00:00.000Z';
    expect(byKey(later).first_draft).toMatchObject({ superseded: true, deliveredOn: '2026-03-12', status: 'done_on_time', daysLate: 0 });
    expect(penalty(later)).toMatchObject({ daysLate: 0, deductionMinor: 0 });
    ctx.clock.set(later);
    expect(dueNow(ctx, { asOf: later }).filter((d) => d.party === 'creator').map((d) => d.facts.subject)).toEqual([]);
    expect(suggestFor(ctx, { collaborationId: id }).kind).not.toBe('formal_notice');
  });

  it('a draft 10 days late is offered a formal notice until the post is published, then no more', () => {
    scriptOnTime();
    ctx.clock.set('2026-03-27T10:00:00.000Z');
    expect(suggestFor(ctx, { collaborationId: id }).kind).toBe('formal_notice');
    moveCollaboration(ctx, { id, to: 'published' });
    ctx.clock.set('2026-04-10T10:00:00.000Z');
    expect(suggestFor(ctx, { collaborationId: id }).kind).not.toBe('formal_notice');
    expect(penalty('2026-04-10T10:00:00.000Z')).toMatchObject({ daysLate: 10, deductionMinor: 50_000 });
  });

  it('is said in the evidence pack: not delivered, closed on the publish day, with the days late by then', () => {
    scriptOnTime();
    ctx.clock.set('2026-03-20T10:00:00.000Z');
    moveCollaboration(ctx, { id, to: 'published' });
    const html = evidenceDocument(ctx, { collaborationId: id }).html;
    expect(html).toContain('<td class="text">First draft</td><td class="word">Creator</td><td class="day"><span>17 Mar 2026</span></td><td class="text">Not delivered; closed 20 Mar 2026</td><td class="figure">3</td><td class="text">Superseded by the post (3 days late by then)</td>');
  });

  it('reopening a superseded milestone opens it again as it was', () => {
    ctx.clock.set('2026-03-20T10:00:00.000Z');
    moveCollaboration(ctx, { id, to: 'published' });
    reopenMilestone(ctx, { id: byKey('2026-03-20T10:00:00.000Z').first_draft!.id, reason: 'Closed by mistake' });
    expect(byKey('2026-03-21T10:00:00.000Z').first_draft).toMatchObject({ superseded: false, deliveredOn: null, status: 'overdue' });
  });
});
