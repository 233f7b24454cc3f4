import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { waiverTotals } from '../../shared/amendments/apply';
import { renderAmendmentLetter } from '../../shared/amendments/letterHtml';
import type { Amendment, AmendmentAddInput, AmendmentFacts, AmendmentLetter, AmendmentLetterInput, AmendmentListInput } from '../../shared/amendments/schemas';
import { toBasisPoints } from '../../shared/contract/penalty';
import { dateInZone } from '../../shared/dates';
import type { EventRecordOf } from '../../shared/events/schemas';
import { formatMoney } from '../../shared/money';
import { collaborations, contracts, disputes, events, milestones } from '../db/schema';
import { amendmentEvents, amendmentsTo } from './amendmentFacts';
import type { CollaborationDetail } from '../../shared/schemas';
import { getCollaboration } from './collaborations';
import { type Ctx, nowIso, type Tx } from './context';
import { versionData } from './contracts';
import { listDeadlines } from './deadlineList';
import { inForceTerms, syncMilestones } from './deadlines';
import { AppError, badField, notFound } from './errors';
import { appendEvent } from './events';
import { recordOf } from './eventRecord';
import { settlePaidDuties } from './payments';
import { getSettings } from './settings';
import { problem } from '../../shared/i18n/problems';

type Input = z.output<typeof AmendmentAddInput>;
type Of<K extends Input['kind']> = Extract<Input, { kind: K }>;
type InForce = NonNullable<ReturnType<typeof inForceTerms>>;

/**
 * Records a change agreed after the contract as a dated fact of its history: a milestone moved to
 * a later date, a deduction waived in part or whole, the fee changed. The deadlines, reminders,
 * deduction, ledger and evidence pack follow at once; the contract's own terms stay as signed.
 */
export function addAmendment(ctx: Ctx, input: Input): Amendment {
  const collab = getCollaboration(ctx, input.collaborationId);
  const today = dateInZone(ctx.clock.now(), getSettings(ctx).timeZone);
  const agreedOn = input.agreedOn ?? today;
  if (agreedOn > today) throw badField(['agreedOn'], problem('service.agreementFuture'));
  return ctx.db.transaction((tx) => {
    const inForce = inForceTerms(tx, collab.id);
    if (!inForce) {
      throw new AppError('CONFLICT', problem('service.noContractToAmend'));
    }
    const base = { contractVersion: inForce.version, agreedOn, reason: input.reason };
    const facts: AmendmentFacts =
      input.kind === 'extension'
        ? { ...base, ...extensionFacts(tx, collab, inForce, input) }
        : input.kind === 'waiver'
          ? { ...base, ...waiverFacts(ctx, tx, collab, input) }
          : { ...base, ...feeFacts(collab, inForce, input) };
    const { event } = appendEvent(ctx, tx, { type: 'amendment.recorded', collaborationId: collab.id, creatorId: collab.creatorId, data: facts });
    if (facts.kind === 'waiver') {
      tx.update(contracts).set(waiverTotals(amendmentsTo(tx, collab.id, inForce.version))).where(eq(contracts.collaborationId, collab.id)).run();
    }
    if (facts.kind === 'fee_change') {
      tx.update(contracts).set({ feeMinor: facts.toMinor }).where(eq(contracts.collaborationId, collab.id)).run();
      tx.update(collaborations).set({ feeMinor: facts.toMinor, updatedAt: nowIso(ctx) }).where(eq(collaborations.id, collab.id)).run();
    }
    syncMilestones(ctx, tx, collab.id);
    // A lower fee, or a larger waiver, may mean what was paid now covers the balance.
    settlePaidDuties(ctx, tx, collab.id);
    return toAmendment(event, inForce.version);
  });
}

function extensionFacts(tx: Tx, collab: CollaborationDetail, inForce: InForce, input: Of<'extension'>) {
  const row = tx.select().from(milestones).where(eq(milestones.id, input.deadlineId)).get();
  if (!row || row.collaborationId !== collab.id) throw badField(['deadlineId'], problem('service.chooseDeadline'));
  if (row.party !== 'creator' || row.contractVersion !== inForce.version) {
    throw badField(['deadlineId'], problem('service.notMilestone', { name: row.name }));
  }
  if (row.deliveredAt !== null) throw badField(['deadlineId'], problem('service.alreadyDelivered', { name: row.name, on: row.deliveredOn ?? '' }));
  // Only a date counted from an event can be unknown yet; the event is named by code.
  if (row.dueDate === null) throw badField(['deadlineId'], problem('service.noDateYet', { name: row.name, from: row.basis.from }));
  if (input.newDate <= row.dueDate) throw badField(['newDate'], problem('service.dayAfter', { date: row.dueDate }));
  if (input.messageEventId !== null) assertMessageOf(tx, collab.id, input.messageEventId);
  return {
    kind: 'extension' as const,
    milestoneKey: row.key,
    milestoneName: row.name,
    fromDate: row.dueDate,
    toDate: input.newDate,
    requestedBy: input.requestedBy,
    messageEventId: input.messageEventId,
  };
}

function assertMessageOf(tx: Tx, collaborationId: number, eventId: number): void {
  const row = tx.select().from(events).where(and(eq(events.id, eventId), eq(events.collaborationId, collaborationId), eq(events.type, 'message'))).get();
  if (!row) throw badField(['messageEventId'], problem('service.chooseMessage'));
}

function waiverFacts(ctx: Ctx, tx: Tx, collab: CollaborationDetail, input: Of<'waiver'>) {
  const clause = tx.select().from(contracts).where(eq(contracts.collaborationId, collab.id)).get();
  if (!clause?.lateEnabled) throw new AppError('CONFLICT', problem('service.noLateClause'));
  if (clause.waivedBp >= 10_000) throw new AppError('CONFLICT', problem('service.waivedInFull'));
  const penalty = listDeadlines(ctx, { collaborationId: collab.id, openOnly: true }).penalties[0];
  const capMinor = penalty?.capMinor ?? 0;
  if (input.amountMinor !== undefined && clause.waivedMinor + input.amountMinor > capMinor) {
    const left = Math.max(0, capMinor - clause.waivedMinor);
    throw badField(['amountMinor'], problem('service.capExceeded', { cap: formatMoney(capMinor, collab.currency), left: formatMoney(left, collab.currency) }));
  }
  if (input.disputeId !== null) {
    const dispute = tx.select({ id: disputes.id }).from(disputes).where(and(eq(disputes.id, input.disputeId), eq(disputes.collaborationId, collab.id))).get();
    if (!dispute) throw badField(['disputeId'], problem('service.chooseDispute'));
  }
  return {
    kind: 'waiver' as const,
    amountMinor: input.amountMinor ?? null,
    waivedBp: input.percent === undefined ? null : toBasisPoints(input.percent),
    currency: collab.currency,
    disputeId: input.disputeId,
  };
}

function feeFacts(collab: CollaborationDetail, inForce: InForce, input: Of<'fee_change'>) {
  if (inForce.terms.fee.feeMinor === 0) {
    throw new AppError('CONFLICT', problem('service.giftNoFeeChange'));
  }
  if (input.feeMinor === collab.feeMinor) throw badField(['feeMinor'], problem('service.feeAlready', { fee: formatMoney(collab.feeMinor, collab.currency) }));
  return { kind: 'fee_change' as const, fromMinor: collab.feeMinor, toMinor: input.feeMinor, currency: collab.currency };
}

function toAmendment(event: EventRecordOf<'amendment.recorded'>, inForceVersion: number | null): Amendment {
  return { eventId: event.id, recordedAt: event.recordedAt, collaborationId: event.collaborationId!, inForce: event.data.contractVersion === inForceVersion, facts: event.data };
}

/** Every amendment of a collaboration, oldest first; those to an earlier version are kept, marked not in force. */
export function listAmendments(ctx: Ctx, input: z.output<typeof AmendmentListInput>): Amendment[] {
  getCollaboration(ctx, input.collaborationId);
  const version = inForceTerms(ctx.db, input.collaborationId)?.version ?? null;
  return amendmentEvents(ctx.db, input.collaborationId).map((e) => toAmendment(e, version));
}

/**
 * The printable letter for one amendment, naming the contract version it amends by its hash. The
 * creator signs it, so unless a language is asked for it is written in the contract's, never the
 * brand's: every finalized contract names one (those from before contracts had a language were
 * printed in English, and parse as that).
 */
export function amendmentLetter(ctx: Ctx, input: z.output<typeof AmendmentLetterInput>): AmendmentLetter {
  const row = ctx.db.select().from(events).where(and(eq(events.id, input.eventId), eq(events.type, 'amendment.recorded'))).get();
  if (!row || row.collaborationId === null) throw notFound('Amendment', input.eventId);
  const amendment = recordOf(row, 'amendment.recorded').data;
  const version = versionData(ctx.db, row.collaborationId, amendment.contractVersion);
  const originalDueDate =
    amendment.kind === 'extension'
      ? (ctx.db.select({ d: milestones.originalDueDate }).from(milestones).where(and(eq(milestones.collaborationId, row.collaborationId), eq(milestones.key, amendment.milestoneKey))).get()?.d ?? null)
      : null;
  const html = renderAmendmentLetter({ amendment, terms: version.terms, contract: version, originalDueDate, paper: getSettings(ctx).paper, language: input.language });
  return { filename: `amendment-${row.collaborationId}-${amendment.agreedOn}-${row.id}.pdf`, html };
}
