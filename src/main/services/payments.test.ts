import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contracted } from '../testing/contracted';
import { snapshot, testContext } from '../testing/context';
import { expectAppError } from '../testing/expectAppError';
import { createCollaboration } from './collaborations';
import { listDeadlines } from './deadlineList';
import { listEvents } from './events';
import { createCreator } from './influencers';
import { addPayment, ledgerOf, listPayments } from './payments';
import { updateSettings } from './settingsUpdate';
import { describeEvent } from '../../shared/eventWords';
import { translator } from '../../shared/i18n/createI18n';
import { exportCsv } from './csv/exportCsv';
import { finalizeContract } from './contracts';
import { presetTerms } from '../../shared/contract/presets';
import { SEED } from '../../shared/contract/fixtures';

let ctx: ReturnType<typeof testContext>;
let mia: { collaborationId: number; creatorId: number };
// €1,000 fee, 30 % deposit due 7 days after signing (20 Feb), publishing due 22 March; 5 % a day late.
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
  updateSettings(ctx, { timeZone: 'Europe/Amsterdam', brandName: 'Lumen', senderName: 'Ana' });
  mia = contracted(ctx, { signedOn: '2026-02-20', productReceivedOn: '2026-03-02', milestones: ['publish'] });
});
afterEach(() => ctx.cleanup());

const pay = (kind: 'deposit' | 'balance' | 'bonus' | 'shipping_refund' | 'other', amountMinor: number, paidOn = '2026-03-04') =>
  addPayment(ctx, { collaborationId: mia.collaborationId, kind, paidOn, amountMinor, method: 'Bank transfer', reference: '' });
const openDuties = () =>
  listDeadlines(ctx, { collaborationId: mia.collaborationId, openOnly: true })
    .deadlines.filter((d) => d.party === 'brand')
    .map((d) => d.key);

describe('payments and what is still to pay', () => {
  it('takes the deduction off the fee, then what was paid towards it; a bonus is paid beside it', () => {
    pay('deposit', 30_000);
    pay('bonus', 5_000, '2026-03-20');
    // Published 3 days late by 25 March: €150 off.
    expect(ledgerOf(ctx, { collaborationId: mia.collaborationId })).toMatchObject({
      currency: 'EUR',
      feeMinor: 100_000,
      deductionMinor: 15_000,
      feePaidMinor: 30_000,
      otherPaidMinor: 5_000,
      stillToPayMinor: 55_000,
      overpaidMinor: 0,
    });
    expect(listPayments(ctx, { collaborationId: mia.collaborationId }).map((p) => [p.kind, p.paidOn, p.amountMinor])).toEqual([
      ['deposit', '2026-03-04', 30_000],
      ['bonus', '2026-03-20', 5_000],
    ]);
  });

  it('marks the deposit paid once the payments towards it reach it, and the balance once nothing is owed', () => {
    expect(openDuties()).toContain('brand_deposit');
    pay('deposit', 10_000);
    expect(openDuties()).toContain('brand_deposit');
    pay('deposit', 20_000, '2026-03-05');
    expect(openDuties()).not.toContain('brand_deposit');
    const deposit = listDeadlines(ctx, { collaborationId: mia.collaborationId, openOnly: false }).deadlines.find((d) => d.key === 'brand_deposit')!;
    expect(deposit.deliveredOn).toBe('2026-03-05');
    pay('balance', 55_000, '2026-03-25');
    expect(ledgerOf(ctx, { collaborationId: mia.collaborationId }).stillToPayMinor).toBe(0);
    expect(openDuties()).not.toContain('brand_balance');
  });

  it('counts a deposit paid before the contract towards the duty the contract brings, on the day it was paid', () => {
    const creator = createCreator(ctx, { name: 'Lin', handles: [], followers: null, region: 'EU', timeZone: null, language: null, email: null, shippingAddress: '', notes: '', active: true });
    const early = createCollaboration(ctx, { creatorId: creator.id, campaignId: null, feeMinor: 100_000, currency: 'EUR', productValueMinor: null, startDate: null, publishBy: null, expectsPost: true, replyWithinHours: null, signedOn: '2026-03-02', productReceivedOn: null, notes: '', stage: 'signed' });
    addPayment(ctx, { collaborationId: early.id, kind: 'deposit', paidOn: '2026-03-03', amountMinor: 30_000, method: '', reference: '' });
    finalizeContract(ctx, { collaborationId: early.id, terms: presetTerms('paid_video', { ...SEED, creatorName: 'Lin' }) });
    const deposit = listDeadlines(ctx, { collaborationId: early.id, openOnly: false }).deadlines.find((d) => d.key === 'brand_deposit')!;
    expect(deposit).toMatchObject({ deliveredOn: '2026-03-03', status: 'done_on_time' });
  });

  it('goes to the bookkeeper as CSV, in the order paid', () => {
    pay('bonus', 5_000, '2026-03-20');
    pay('deposit', 30_000);
    const file = exportCsv(ctx, { kind: 'payments' });
    expect(file.rows).toBe(2);
    expect(file.csv.split('\r\n').slice(0, 3)).toEqual([
      'paid_on,collaboration_id,creator,campaign,for,amount,currency,method,reference,recorded_at',
      `2026-03-04,${mia.collaborationId},Mia Chen,,deposit,300,EUR,Bank transfer,,2026-03-25T10:00:00.000Z`,
      `2026-03-20,${mia.collaborationId},Mia Chen,,bonus,50,EUR,Bank transfer,,2026-03-25T10:00:00.000Z`,
    ]);
  });

  it('is part of the dated history, in words', () => {
    pay('deposit', 30_000);
    const event = listEvents(ctx, { collaborationId: mia.collaborationId, limit: 100 }).find((e) => e.type === 'payment.recorded')!;
    expect(describeEvent(event, translator('en'))).toEqual({ title: 'Paid €300: deposit, on 4 Mar 2026', detail: 'Bank transfer' });
  });

  it('refuses a payment dated in the future, of nothing, or towards the fee of a gift, changing nothing', () => {
    const before = snapshot(ctx);
    expect(expectAppError(() => pay('deposit', 30_000, '2026-03-26'), 'BAD_INPUT').issues).toMatchObject([{ path: ['paidOn'], message: 'A payment cannot be dated in the future.' }]);
    expect(snapshot(ctx)).toEqual(before);
    const creator = createCreator(ctx, { name: 'Lin', handles: [], followers: null, region: null, timeZone: null, language: null, email: null, shippingAddress: '', notes: '', active: true });
    const gift = createCollaboration(ctx, { creatorId: creator.id, campaignId: null, feeMinor: 0, currency: 'EUR', productValueMinor: null, startDate: null, publishBy: null, expectsPost: true, replyWithinHours: null, signedOn: null, productReceivedOn: null, notes: '', stage: 'product_shipped' });
    const giftBefore = snapshot(ctx);
    const refused = expectAppError(() => addPayment(ctx, { collaborationId: gift.id, kind: 'balance', paidOn: '2026-03-04', amountMinor: 100, method: '', reference: '' }), 'BAD_INPUT');
    expect(refused.issues?.[0]?.path).toEqual(['kind']);
    expect(snapshot(ctx)).toEqual(giftBefore);
    expect(addPayment(ctx, { collaborationId: gift.id, kind: 'shipping_refund', paidOn: '2026-03-04', amountMinor: 690, method: '', reference: '' }).currency).toBe('EUR');
    expectAppError(() => addPayment(ctx, { collaborationId: 999, kind: 'bonus', paidOn: '2026-03-04', amountMinor: 100, method: '', reference: '' }), 'NOT_FOUND');
  });
});
