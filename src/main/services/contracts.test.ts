import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../api/dispatcher';
import { computePenalty } from '../../shared/contract/penalty';
import { OPEN_STATUSES } from '../../shared/contract/status';
import { PROCEDURE_NAMES } from '../../shared/api';
import { testContext } from '../testing/context';
import { expectAppError } from '../testing/expectAppError';
import { createCollaboration, getCollaboration, moveCollaboration, updateCollaboration } from './collaborations';
import { contractDocxFor, finalizeContract, getContract, presetForCollaboration, renderContractFor, saveContract } from './contracts';
import { listDeadlines } from './deadlineList';
import { deliverMilestone, reopenMilestone } from './deadlines';
import { listEvents } from './events';
import { createCreator, updateCreator } from './influencers';
import { updateSettings } from './settingsUpdate';

let ctx: ReturnType<typeof testContext>;
let id: number;
beforeEach(() => {
  ctx = testContext('2026-02-25T09:00:00.000Z');
  updateSettings(ctx, { brandName: 'Lumen Skincare', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const creator = createCreator(ctx, {
    name: 'Mia Chen',
    handles: [{ platform: 'youtube', handle: '@miachen' }],
    followers: 1000,
    region: 'EU',
    timeZone: 'Europe/Amsterdam',
    language: 'en',
    email: 'mia@example.com',
    shippingAddress: '',
    notes: '',
    active: true,
  });
  id = createCollaboration(ctx, {
    creatorId: creator.id,
    campaignId: null,
    feeMinor: 100_000,
    currency: 'EUR',
    productValueMinor: 4_500,
    startDate: null,
    publishBy: null, expectsPost: true, replyWithinHours: null,
    signedOn: null,
    productReceivedOn: null,
    notes: '',
    stage: 'contract_sent',
  }).id;
});
afterEach(() => ctx.cleanup());

const paidVideo = () => presetForCollaboration(ctx, { collaborationId: id, preset: 'paid_video' });
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const deadlines = (asOf?: string) => listDeadlines(ctx, { collaborationId: id, asOf, openOnly: false });
const byKey = (asOf?: string) => Object.fromEntries(deadlines(asOf).deadlines.map((d) => [d.key, d]));


describe('contract drafts and versions', () => {
  it('labels the post by the rules of the creator’s region, and warns when a UK post would say only “#gifted”', () => {
    expect(paidVideo().brief.disclosureMarket).toBe('eu');
    const creatorId = getCollaboration(ctx, id).creator.id;
    for (const [region, market] of [['UK', 'uk'], ['US', 'us'], ['CN', 'cn'], ['APAC', 'other']] as const) {
      updateCreator(ctx, { id: creatorId, region });
      expect(paidVideo().brief.disclosureMarket, region).toBe(market);
    }
    updateCreator(ctx, { id: creatorId, region: 'UK' });
    const terms = paidVideo();
    saveContract(ctx, { collaborationId: id, terms: { ...terms, brief: { ...terms.brief, disclosure: '#gifted' } } });
    expect(getContract(ctx, id).warnings).toContainEqual({ section: 'brief', code: 'gifted_alone_uk' });
    saveContract(ctx, { collaborationId: id, terms: { ...terms, brief: { ...terms.brief, disclosure: '#gifted #ad' } } });
    expect(getContract(ctx, id).warnings.map((w) => w.code)).not.toContain('gifted_alone_uk');
  });

  it('suggests the paid-video preset filled from the settings and the collaboration', () => {
    const state = getContract(ctx, id);
    expect(state).toMatchObject({ status: 'none', saved: false, versions: [], inForceVersion: null });
    expect(state.terms.parties).toMatchObject({ brandName: 'Lumen Skincare', brandRepresentative: 'Ana', creatorName: 'Mia Chen', creatorHandle: '@miachen' });
    expect(state.terms.fee).toMatchObject({ feeMinor: 100_000, currency: 'EUR', productValueMinor: 4_500 });
    expect(state.terms.brief.platforms).toEqual(['youtube']);
  });

  it('finalizing stores terms, HTML and its SHA-256 as an event; the stored HTML still hashes the same', () => {
    saveContract(ctx, { collaborationId: id, terms: paidVideo() });
    const state = finalizeContract(ctx, { collaborationId: id });
    expect(state).toMatchObject({ status: 'finalized', inForceVersion: 1 });
    expect(state.versions).toHaveLength(1);
    const v1 = renderContractFor(ctx, { collaborationId: id, version: 1 });
    expect(v1.sha256).toBe(state.versions[0]!.sha256);
    expect(sha256(v1.html)).toBe(v1.sha256);
    expect(v1.html).toContain('Version 1');
    const event = listEvents(ctx, { collaborationId: id, limit: 10 }).find((e) => e.type === 'contract.finalized');
    expect(event?.data).toMatchObject({ version: 1, sha256: v1.sha256 });
  });

  it('a finalized version cannot be changed through any procedure', () => {
    finalizeContract(ctx, { collaborationId: id, terms: paidVideo() });
    const v1 = renderContractFor(ctx, { collaborationId: id, version: 1 });
    const changed = { ...paidVideo(), replySlaHours: 12 };
    saveContract(ctx, { collaborationId: id, terms: changed });
    expect(getContract(ctx, id).status).toBe('draft');
    expect(renderContractFor(ctx, { collaborationId: id, version: 1 })).toEqual(v1);

    // Try every mutating procedure with inputs aimed at version 1: none may change it.
    const dispatch = createDispatcher(ctx);
    for (const name of PROCEDURE_NAMES) {
      dispatch(name, { collaborationId: id, version: 1, terms: changed, id, html: '<p>forged</p>' });
    }
    expect(renderContractFor(ctx, { collaborationId: id, version: 1 })).toEqual(v1);
    expect(() => ctx.db.$client.prepare(`UPDATE events SET data = '{}' WHERE type = 'contract.finalized'`).run()).toThrow(/append-only/);
  });

  it('refuses to finalize nothing, or the same terms twice', () => {
    expectAppError(() => finalizeContract(ctx, { collaborationId: id }), 'CONFLICT');
    finalizeContract(ctx, { collaborationId: id, terms: paidVideo() });
    expectAppError(() => finalizeContract(ctx, { collaborationId: id }), 'CONFLICT');
    expect(getContract(ctx, id).versions).toHaveLength(1);
  });

  it('later edits start a new version; old versions stay printable', () => {
    finalizeContract(ctx, { collaborationId: id, terms: paidVideo() });
    const state = finalizeContract(ctx, { collaborationId: id, terms: { ...paidVideo(), replySlaHours: 12 } });
    expect(state.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(renderContractFor(ctx, { collaborationId: id, version: 1 }).html).toContain('within 24 hours');
    expect(renderContractFor(ctx, { collaborationId: id, version: 2 }).html).toContain('within 12 hours');
    expectAppError(() => renderContractFor(ctx, { collaborationId: id, version: 3 }), 'NOT_FOUND');
  });

  it('exports the draft and each version as a Word file named after the creator', async () => {
    finalizeContract(ctx, { collaborationId: id, terms: paidVideo() });
    saveContract(ctx, { collaborationId: id, terms: { ...paidVideo(), replySlaHours: 12, parties: { ...paidVideo().parties, creatorName: 'Mia / Chén <x>' } } });
    const v1 = await contractDocxFor(ctx, { collaborationId: id, version: 1 });
    const draft = await contractDocxFor(ctx, { collaborationId: id });
    expect(v1.filename).toBe('contract-mia-chen-v1.docx');
    expect(draft.filename).toBe('contract-mia-chén-x-draft.docx');
    for (const file of [v1, draft]) expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    await expect(contractDocxFor(ctx, { collaborationId: id, version: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the contract’s language', () => {
  it('writes a new draft in the creator’s language, and in English when the creator has none the contract can be in', () => {
    const creatorId = getCollaboration(ctx, id).creator.id;
    expect(getContract(ctx, id).terms).toMatchObject({ language: 'en', secondLanguage: null, prevailing: 'first' });
    updateCreator(ctx, { id: creatorId, language: 'zh' });
    const zh = getContract(ctx, id).terms;
    expect(zh.language).toBe('zh');
    expect(zh.milestones.map((m) => m.name)).toContain('成片发布');
    expect(renderContractFor(ctx, { collaborationId: id }).html).toContain('<span class="num">第1条</span> 合同双方');
    updateCreator(ctx, { id: creatorId, language: 'fr' });
    expect(getContract(ctx, id).terms.language).toBe('en');
  });

  it('fills a preset in the language asked for, and stores a bilingual draft as it was given', () => {
    const nl = presetForCollaboration(ctx, { collaborationId: id, preset: 'paid_video', language: 'nl' });
    expect(nl).toMatchObject({ language: 'nl', legal: { governingLaw: expect.stringContaining('recht') } });
    saveContract(ctx, { collaborationId: id, terms: { ...nl, secondLanguage: 'en', prevailing: 'second' } });
    expect(getContract(ctx, id).terms).toMatchObject({ language: 'nl', secondLanguage: 'en', prevailing: 'second' });
    expect(renderContractFor(ctx, { collaborationId: id }).html).toContain('the English version prevails');
  });

  it('refuses a second language equal to the first with a sentence at that field, saving nothing', async () => {
    const terms = paidVideo();
    const result = await createDispatcher(ctx)('contracts.save', { collaborationId: id, terms: { ...terms, secondLanguage: terms.language } });
    if (result.ok) throw new Error('saved a second language equal to the first');
    expect(result.error.code).toBe('BAD_INPUT');
    const issue = result.error.issues?.find((i) => i.path.join('.') === 'terms.secondLanguage');
    expect(issue?.message).toBe('Choose a second language other than the contract’s language, or none');
    expect(getContract(ctx, id).saved).toBe(false);
  });
});

describe('deadlines from a finalized contract', () => {
  beforeEach(() => {
    finalizeContract(ctx, { collaborationId: id, terms: paidVideo() });
  });

  it('waits for the product, then dates the four milestones (the DOMAIN example)', () => {
    expect(deadlines().deadlines.filter((d) => d.party === 'creator').every((d) => d.status === 'waiting')).toBe(true);
    updateCollaboration(ctx, { id, productReceivedOn: '2026-03-02' });
    const due = byKey('2026-03-25T12:00:00Z');
    expect([due.product_feedback, due.script, due.first_draft, due.publish].map((d) => d!.dueDate)).toEqual(['2026-03-05', '2026-03-09', '2026-03-17', '2026-03-22']);
    // Due at the end of the day in Amsterdam (UTC+1 in March before the DST change).
    expect(due.publish!.dueAt).toBe('2026-03-22T22:59:59.999Z');
    expect(due.publish).toMatchObject({ status: 'overdue', daysLate: 3 });
  });

  it('computes the penalty exactly as in the DOMAIN example', () => {
    updateCollaboration(ctx, { id, productReceivedOn: '2026-03-02' });
    // Everything but publishing delivered on time.
    for (const key of ['product_feedback', 'script', 'first_draft']) {
      ctx.clock.set(`${byKey()[key]!.dueDate}T10:00:00Z`);
      deliverMilestone(ctx, { id: byKey()[key]!.id });
    }
    ctx.clock.set('2026-04-02T09:00:00Z');
    expect(deadlines('2026-03-25T12:00:00Z').penalties[0]).toMatchObject({ daysLate: 3, deductionMinor: 15_000, capReached: false, terminationAvailable: false });
    expect(deadlines('2026-04-01T12:00:00Z').penalties[0]).toMatchObject({ daysLate: 10, deductionMinor: 50_000, capReached: true, terminationAvailable: true });
  });

  it('open-only and penalties worked out in SQL agree with the counting rules over the full list', () => {
    updateCollaboration(ctx, { id, productReceivedOn: '2026-03-02' });
    ctx.clock.set('2026-03-30T09:00:00Z');
    deliverMilestone(ctx, { id: byKey().script!.id, at: '2026-03-12T10:00:00Z' });
    deliverMilestone(ctx, { id: byKey().publish!.id, at: '2026-03-27T10:00:00Z' });
    for (const asOf of ['2026-03-01T12:00:00Z', '2026-03-25T12:00:00Z', '2026-06-25T12:00:00Z']) {
      const all = listDeadlines(ctx, { collaborationId: id, asOf, openOnly: false });
      const open = listDeadlines(ctx, { collaborationId: id, asOf, openOnly: true });
      expect(open.deadlines.map((d) => d.key)).toEqual(all.deadlines.filter((d) => OPEN_STATUSES.has(d.status)).map((d) => d.key));
      const rule = { enabled: true, feeMinor: 100_000, deductionBpPerDay: 500, capBp: 5_000, graceDays: 0, terminationDays: 10 };
      expect(all.penalties[0]).toMatchObject(computePenalty(rule, all.deadlines, all.asOfDate));
    }
    // The first draft, due 17 March and never delivered, is the most delayed: the post published on
    // 27 March superseded it, so its lateness stops there (10 days) and does not grow in June.
    expect(listDeadlines(ctx, { collaborationId: id, asOf: '2026-06-25T12:00:00Z', openOnly: false }).penalties[0]!.daysLate).toBe(10);
  });

  it('moving the card to Product received dates it in the brand zone', () => {
    ctx.clock.set('2026-03-01T23:30:00Z'); // already 2 March in Amsterdam
    moveCollaboration(ctx, { id, to: 'product_received' });
    expect(byKey().publish!.dueDate).toBe('2026-03-22');
  });

  it('delivery on the due date is on time; after midnight in the brand zone is a day late', () => {
    updateCollaboration(ctx, { id, productReceivedOn: '2026-03-02' });
    const publish = byKey().publish!;
    ctx.clock.set('2026-03-30T09:00:00Z');
    expect(deliverMilestone(ctx, { id: publish.id, at: '2026-03-22T22:30:00Z' })).toMatchObject({ status: 'done_on_time', daysLate: 0, deliveredOn: '2026-03-22' });
    expectAppError(() => deliverMilestone(ctx, { id: publish.id }), 'CONFLICT');
    reopenMilestone(ctx, { id: publish.id, reason: 'Wrong date' });
    expect(deliverMilestone(ctx, { id: publish.id, at: '2026-03-22T23:30:00Z' })).toMatchObject({ status: 'done_late', daysLate: 1 });
    const types = listEvents(ctx, { collaborationId: id, limit: 50 }).map((e) => e.type);
    expect(types.filter((t) => t === 'milestone.delivered')).toHaveLength(2);
    expect(types).toContain('milestone.reopened');
    // Publication dates the balance, the licence expiry and the end of the minimum live time.
    expect(byKey()).toMatchObject({
      brand_balance: { dueDate: '2026-04-06' },
      post_licence_expiry: { dueDate: '2026-06-21' },
      post_min_live_end: { dueDate: '2026-06-21' },
    });
  });

  it('dragging the card to Published delivers the publish milestone', () => {
    updateCollaboration(ctx, { id, productReceivedOn: '2026-03-02' });
    ctx.clock.set('2026-03-21T12:00:00Z');
    moveCollaboration(ctx, { id, to: 'published' });
    expect(byKey().publish).toMatchObject({ status: 'done_on_time', deliveredOn: '2026-03-21' });
  });

  it('refuses deliveries in the future and of reminders', () => {
    updateCollaboration(ctx, { id, productReceivedOn: '2026-02-25' });
    expectAppError(() => deliverMilestone(ctx, { id: byKey().script!.id, at: '2027-01-01T00:00:00Z' }), 'BAD_INPUT');
    expectAppError(() => deliverMilestone(ctx, { id: byKey().post_min_live_end!.id }), 'CONFLICT');
  });

  it('recounts working-day deadlines when the brand holidays change', () => {
    const terms = paidVideo();
    finalizeContract(ctx, { collaborationId: id, terms: { ...terms, milestones: terms.milestones.map((m) => ({ ...m, dayCount: 'working' as const })) } });
    updateCollaboration(ctx, { id, productReceivedOn: '2026-03-02' });
    expect(byKey().product_feedback!.dueDate).toBe('2026-03-05');
    updateSettings(ctx, { holidays: ['2026-03-04'] });
    expect(byKey().product_feedback!.dueDate).toBe('2026-03-06');
  });
});
