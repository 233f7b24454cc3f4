import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EvidencePack } from '../../../shared/accountability/schemas';
import { contracted } from '../../testing/contracted';
import { snapshot, testContext } from '../../testing/context';
import { expectAppError } from '../../testing/expectAppError';
import { moveCollaboration } from '../collaborations';
import { listDeadlines } from '../deadlineList';
import { deliverMilestone } from '../deadlines';
import { listEvents, logEvent } from '../events';
import { updateSettings } from '../settingsUpdate';
import { listDisputes, openDispute, updateDispute } from './disputes';
import { evidenceDocument, evidencePack } from './evidence';
import { addRating, listRatings } from './ratings';
import { getReliability } from './reliability';
import { addStrike } from './strikes';

let ctx: ReturnType<typeof testContext>;
let mia: { collaborationId: number; creatorId: number };
beforeEach(() => {
  // DOMAIN's example: fee €1,000, product received 2 March, publishing due 22 March, 5 % a day.
  ctx = testContext('2026-03-25T10:00:00.000Z');
  updateSettings(ctx, { timeZone: 'Europe/Amsterdam', brandName: 'Lumen', senderName: 'Ana' });
  mia = contracted(ctx, { creatorName: 'Mia Chen', productReceivedOn: '2026-03-02', milestones: ['publish'] });
});
afterEach(() => ctx.cleanup());

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the evidence pack', () => {
  it("prints DOMAIN's example: 3 days late, €150 deducted, with the contract's hash and an intact history", () => {
    addStrike(ctx, { collaborationId: mia.collaborationId, reason: 'late_without_reason', note: 'No word since 20 March', eventIds: [] });
    openDispute(ctx, { collaborationId: mia.collaborationId, issue: 'She says the deadline was the 29th', ourPosition: 'Contract v1 says 20 days', creatorPosition: 'Agreed by phone', eventIds: [] });
    const pack = evidencePack(ctx, { collaborationId: mia.collaborationId });
    expect(EvidencePack.parse(pack)).toEqual(pack);
    // The brand's own duties are in it too: a dispute is about both sides.
    expect(pack.milestones.map((m) => m.party)).toEqual(['creator', 'brand', 'brand', 'brand', 'brand']);
    expect(pack.milestones[0]).toMatchObject({ name: 'Final video published', dueDate: '2026-03-22', deliveredOn: null, daysLate: 3, status: 'overdue' });
    expect(pack.penalty).toMatchObject({ daysLate: 3, deductionMinor: 15_000, terminationAvailable: false, explanation: '3 days charged × €50 a day = €150 (cap €500).' });
    expect(pack.contract).toMatchObject({ version: 1, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(pack.chain).toMatchObject({ intact: true });
    expect(pack.events.map((e) => e.type)).toEqual(['collaboration.created', 'contract.finalized', 'strike.added', 'dispute.opened']);
    expect(pack.events.every((e) => /^[0-9a-f]{64}$/.test(e.hash ?? ''))).toBe(true);

    const printed = text(evidenceDocument(ctx, { collaborationId: mia.collaborationId }).html);
    expect(printed).toContain('Final video published Creator 22 Mar 2026 — 3 Overdue');
    expect(printed).toContain('Deduction 3 days charged × €50 a day = €150 (cap €500).');
    expect(printed).toContain(pack.contract!.sha256);
    expect(printed).toContain('Strike: Late without a valid reason — No word since 20 March');
    expect(printed).toContain('Issue She says the deadline was the 29th');
    expect(printed).toContain(`Intact: ${pack.chain.checked} events, each link checked.`);
  });

  it('says what the chain proves and what it does not, and carries the seal to check it against later', () => {
    const pack = evidencePack(ctx, { collaborationId: mia.collaborationId });
    const newest = ctx.db.$client.prepare<[], { id: number; hash: string }>('SELECT id, hash FROM events ORDER BY id DESC LIMIT 1').get()!;
    expect(pack.chain.head).toEqual({ eventId: newest.id, hash: newest.hash, short: newest.hash.slice(0, 16), recordedAt: '2026-03-25T10:00:00.000Z' });
    expect(pack.chainStatement.join(' ')).toContain('whoever controls the file could rewrite the whole history and recompute every seal');
    expect(pack.chainStatement.join(' ')).toContain('proves internal consistency only');

    const printed = text(evidenceDocument(ctx, { collaborationId: mia.collaborationId }).html);
    expect(printed).toContain(`Seal of the history as drawn up: ${newest.hash.slice(0, 16)} · 2026-03-25 10:00 UTC (event #${newest.id}).`);
    expect(printed).toContain(`Reference Ref. ${newest.hash.slice(0, 16)} · 2026-03-25 10:00 UTC (event #${newest.id})`);
    expect(printed).toContain('On its own, that proves internal consistency only: whoever controls the file could rewrite the whole history and recompute every seal.');
    expect(printed).toContain('the history up to that event was not rewritten after it was shared');
    // The old claim, true only against someone without the file, is gone.
    expect(printed).not.toContain('breaks the chain');
  });

  it('counts lateness as of the date asked, and stops the clock at delivery', () => {
    expect(evidencePack(ctx, { collaborationId: mia.collaborationId, asOf: '2026-04-01T10:00:00.000Z' }).penalty).toMatchObject({ daysLate: 10, deductionMinor: 50_000, capReached: true, terminationAvailable: true });
    const video = listDeadlines(ctx, { collaborationId: mia.collaborationId, openOnly: true }).deadlines.find((d) => d.kind === 'publish');
    deliverMilestone(ctx, { id: video!.id, at: '2026-03-24T10:00:00.000Z' });
    ctx.clock.set('2026-04-20T10:00:00.000Z');
    const pack = evidencePack(ctx, { collaborationId: mia.collaborationId });
    expect(pack.milestones[0]).toMatchObject({ deliveredOn: '2026-03-24', daysLate: 2, status: 'done_late' });
    expect(pack.penalty).toMatchObject({ daysLate: 2, deductionMinor: 10_000 });
  });

  it('escapes what people typed', () => {
    logEvent(ctx, { collaborationId: mia.collaborationId, type: 'note', text: '<script>alert(1)</script> & "quotes"' });
    const { html } = evidenceDocument(ctx, { collaborationId: mia.collaborationId });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
  });
});

describe('ratings', () => {
  it('are taken once the collaboration is over; rating again replaces the scores and both are recorded', () => {
    const before = snapshot(ctx);
    const early = expectAppError(() => addRating(ctx, { collaborationId: mia.collaborationId, communication: 4, timeliness: 2, quality: 5, wouldWorkAgain: true, note: '' }), 'CONFLICT');
    expect(early.message).toBe('Rate the creator once the collaboration is completed or terminated; it is in In production.');
    expect(snapshot(ctx)).toEqual(before);

    moveCollaboration(ctx, { id: mia.collaborationId, to: 'completed' });
    addRating(ctx, { collaborationId: mia.collaborationId, communication: 4, timeliness: 2, quality: 5, wouldWorkAgain: true, note: 'Great video, late' });
    addRating(ctx, { collaborationId: mia.collaborationId, communication: 5, timeliness: 2, quality: 5, wouldWorkAgain: true, note: '' });
    expect(listRatings(ctx, { creatorId: mia.creatorId })).toEqual([expect.objectContaining({ communication: 5, timeliness: 2, quality: 5 })]);
    expect(listEvents(ctx, { collaborationId: mia.collaborationId, limit: 5 }).filter((e) => e.type === 'rating.added').map((e) => e.data.replaced)).toEqual([true, false]);
  });
});

describe('reliability from the record', () => {
  it('counts late open deliverables, reply times, strikes and ratings', () => {
    ctx.clock.set('2026-03-03T09:00:00.000Z');
    logEvent(ctx, { collaborationId: mia.collaborationId, type: 'message', direction: 'brand_to_creator', channel: 'email', text: 'Hi' });
    ctx.clock.set('2026-03-03T18:00:00.000Z');
    logEvent(ctx, { collaborationId: mia.collaborationId, type: 'message', direction: 'creator_to_brand', channel: 'email', text: 'Hello!' });
    ctx.clock.set('2026-03-25T10:00:00.000Z');
    // One late video and one reply are two facts: not enough to judge a creator by.
    expect(getReliability(ctx, { creatorId: mia.creatorId })).toMatchObject({ onTime: 0, deliverables: 1, medianReplyHours: 9, strikes: 0, history: 2, score: null, explanation: 'Not enough history yet (2 of 3): on time 0 of 1 deliverable, median reply 9 h, no strikes, not rated yet' });
    // Before the video was due it did not count yet.
    expect(getReliability(ctx, { creatorId: mia.creatorId, asOf: '2026-03-20T10:00:00.000Z' })).toMatchObject({ deliverables: 0, history: 1, score: null });
    addStrike(ctx, { collaborationId: mia.collaborationId, reason: 'late_without_reason', note: '', eventIds: [] });
    moveCollaboration(ctx, { id: mia.collaborationId, to: 'published' });
    moveCollaboration(ctx, { id: mia.collaborationId, to: 'completed' });
    addRating(ctx, { collaborationId: mia.collaborationId, communication: 4, timeliness: 1, quality: 4, wouldWorkAgain: false, note: '' });
    // 0.4 × 0 + 0.2 × 1 + 0.4 × 0.5 = 0.4 → 40, minus 15 for the strike.
    expect(getReliability(ctx, { creatorId: mia.creatorId })).toMatchObject({ onTime: 0, deliverables: 1, strikes: 1, averageRating: 3, ratings: 1, history: 4, score: 25 });
  });
});

describe('disputes', () => {
  it('keep every change as an event; mediation steps only grow; settling and reopening are recorded', () => {
    const delivered = listEvents(ctx, { collaborationId: mia.collaborationId, limit: 1 })[0]!.id;
    const d = openDispute(ctx, { collaborationId: mia.collaborationId, issue: 'Deduction contested', ourPosition: '', creatorPosition: '', eventIds: [delivered] });
    ctx.clock.set('2026-03-26T10:00:00.000Z');
    updateDispute(ctx, { id: d.id, addStep: 'Called her agent; they propose 5 days' });
    updateDispute(ctx, { id: d.id, addStep: 'We accept 5 days', outcome: 'Deadline moved to 27 March, no deduction', resolvedOn: '2026-03-26' });
    const [settled] = listDisputes(ctx, { collaborationId: mia.collaborationId });
    expect(settled).toMatchObject({ resolvedOn: '2026-03-26', outcome: 'Deadline moved to 27 March, no deduction', eventIds: [delivered] });
    expect(settled!.steps.map((s) => s.text)).toEqual(['Called her agent; they propose 5 days', 'We accept 5 days']);
    updateDispute(ctx, { id: d.id, resolvedOn: null });
    // Nothing changed: no event.
    updateDispute(ctx, { id: d.id, outcome: 'Deadline moved to 27 March, no deduction' });
    const types = listEvents(ctx, { collaborationId: mia.collaborationId, limit: 10 }).filter((e) => e.type.startsWith('dispute.'));
    expect(types.map((e) => e.type)).toEqual(['dispute.updated', 'dispute.updated', 'dispute.updated', 'dispute.opened']);
    expect(types[0]!.data).toMatchObject({ resolvedOn: null });

    const before = snapshot(ctx);
    expectAppError(() => updateDispute(ctx, { id: 999, outcome: 'x' }), 'NOT_FOUND');
    expectAppError(() => openDispute(ctx, { collaborationId: mia.collaborationId, issue: 'x', ourPosition: '', creatorPosition: '', eventIds: [999_999] }), 'BAD_INPUT');
    expect(snapshot(ctx)).toEqual(before);
  });
});
