import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { feeShare, toBasisPoints } from '../../shared/contract/penalty';
import { dateInZone, endOfDateInZone } from '../../shared/dates';
import { FEE_PAYMENT_KINDS, type Ledger, type LedgerInput, type Payment, type PaymentAddInput, type PaymentListInput } from '../../shared/payments/schemas';
import type { EventRecordOf } from '../../shared/events/schemas';
import { isPaid } from '../../shared/rules/deal';
import { events, milestones } from '../db/schema';
import { getCollaboration } from './collaborations';
import type { Ctx, Tx } from './context';
import { listDeadlines } from './deadlineList';
import { inForceTerms, markDelivered, syncMilestones } from './deadlines';
import { badField } from './errors';
import { appendEvent } from './events';
import { recordOf } from './eventRecord';
import { getSettings } from './settings';
import { problem } from '../../shared/i18n/problems';

type Db = Ctx['db'] | Tx;

function toPayment(event: EventRecordOf<'payment.recorded'>): Payment {
  const { kind, paidOn, amountMinor, currency, method, reference } = event.data;
  return { eventId: event.id, recordedAt: event.recordedAt, collaborationId: event.collaborationId!, kind, paidOn, amountMinor, currency, method, reference };
}

/**
 * Records money paid to the creator as an event of the collaboration's history, in its currency.
 * Once the deposit, or everything owed after the deduction, is paid, the brand's duty to pay it is
 * done and stops reminding.
 */
export function addPayment(ctx: Ctx, input: z.output<typeof PaymentAddInput>): Payment {
  const collab = getCollaboration(ctx, input.collaborationId);
  const zone = getSettings(ctx).timeZone;
  const today = dateInZone(ctx.clock.now(), zone);
  if (input.paidOn > today) throw badField(['paidOn'], problem('service.paymentFuture'));
  if (FEE_PAYMENT_KINDS.includes(input.kind) && !isPaid(collab.feeMinor)) {
    throw badField(['kind'], problem('service.giftNoDeposit'));
  }
  return ctx.db.transaction((tx) => {
    const { event } = appendEvent(ctx, tx, {
      type: 'payment.recorded',
      collaborationId: collab.id,
      creatorId: collab.creator.id,
      data: { kind: input.kind, paidOn: input.paidOn, amountMinor: input.amountMinor, currency: collab.currency, method: input.method, reference: input.reference },
    });
    settlePaidDuties(ctx, tx, collab.id);
    return toPayment(event);
  });
}

export function listPayments(ctx: Ctx, input: z.output<typeof PaymentListInput>): Payment[] {
  getCollaboration(ctx, input.collaborationId);
  return paymentsOf(ctx.db, input.collaborationId);
}

function paymentsOf(db: Db, collaborationId: number): Payment[] {
  return db
    .select()
    .from(events)
    .where(and(eq(events.collaborationId, collaborationId), eq(events.type, 'payment.recorded')))
    .orderBy(asc(events.id))
    .all()
    .map((row) => toPayment(recordOf(row, 'payment.recorded')))
    .sort((a, b) => (a.paidOn === b.paidOn ? a.eventId - b.eventId : a.paidOn < b.paidOn ? -1 : 1));
}

/** What the collaboration costs, what the deduction takes off, what was paid and what is still owed. */
export function ledgerOf(ctx: Ctx, input: z.output<typeof LedgerInput>): Ledger {
  const collab = getCollaboration(ctx, input.collaborationId);
  return ledger(ctx, ctx.db, collab.id, collab.feeMinor, collab.currency);
}

function ledger(ctx: Ctx, db: Db, collaborationId: number, feeMinor: number, currency: string): Ledger {
  const payments = paymentsOf(db, collaborationId);
  const penalty = listDeadlines(ctx, { collaborationId, openOnly: true }).penalties.find((p) => p.collaborationId === collaborationId);
  const deductionMinor = penalty?.deductionMinor ?? 0;
  const waivedMinor = penalty?.waivedMinor ?? 0;
  const sum = (fee: boolean) => payments.filter((p) => FEE_PAYMENT_KINDS.includes(p.kind) === fee).reduce((n, p) => n + p.amountMinor, 0);
  const owed = Math.max(0, feeMinor - deductionMinor);
  const feePaidMinor = sum(true);
  return {
    collaborationId,
    currency,
    feeMinor,
    deductionMinor,
    waivedMinor,
    feePaidMinor,
    otherPaidMinor: sum(false),
    stillToPayMinor: Math.max(0, owed - feePaidMinor),
    overpaidMinor: Math.max(0, feePaidMinor - owed),
    payments,
  };
}

/**
 * Marks the brand's deposit and balance duties done once what they call for is paid, on the day
 * of the payment that completed it: after a payment, and when a contract comes into force over
 * payments recorded before it.
 */
export function settlePaidDuties(ctx: Ctx, tx: Db, collaborationId: number): void {
  const inForce = inForceTerms(tx, collaborationId);
  if (!inForce) return;
  const collab = getCollaboration(ctx, collaborationId);
  const { feeMinor, deductionMinor, payments } = ledger(ctx, tx, collaborationId, collab.feeMinor, collab.currency);
  // The deposit is a share of the fee as amended.
  const depositDue = feeShare(feeMinor, toBasisPoints(inForce.terms.fee.depositPct));
  const paidOn = {
    deposit: completedOn(payments.filter((p) => p.kind === 'deposit'), depositDue),
    balance: completedOn(payments.filter((p) => FEE_PAYMENT_KINDS.includes(p.kind)), Math.max(0, feeMinor - deductionMinor)),
  };
  const zone = getSettings(ctx).timeZone;
  const today = dateInZone(ctx.clock.now(), zone);
  const open = tx
    .select()
    .from(milestones)
    .where(and(eq(milestones.collaborationId, collaborationId), eq(milestones.party, 'brand'), isNull(milestones.deliveredAt)))
    .all();
  let settled = false;
  for (const row of open) {
    const day = row.kind === 'deposit' || row.kind === 'balance' ? paidOn[row.kind] : null;
    if (day === null) continue;
    markDelivered(ctx, tx, row, day === today ? ctx.clock.now().toISOString() : endOfDateInZone(day, zone), undefined, true);
    settled = true;
  }
  if (settled) syncMilestones(ctx, tx, collaborationId);
}

/** The day the payments, in the order paid, first added up to the amount; null while they do not. */
function completedOn(payments: Payment[], amountMinor: number): string | null {
  let sum = 0;
  for (const p of payments) {
    sum += p.amountMinor;
    if (sum >= amountMinor) return p.paidOn;
  }
  return null;
}

