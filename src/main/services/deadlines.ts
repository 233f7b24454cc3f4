import { OWN_DEADLINE_VERSION, type OwnDeadlineRow, ownDeadlines } from '../../shared/rules/ownDeadlines';
import { MilestoneKind } from '../../shared/contract/terms';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { toBasisPoints } from '../../shared/contract/penalty';
import { scheduleDeadlines, type DeadlineKind, Party } from '../../shared/contract/schedule';
import { isDeliverable } from '../../shared/rules/deadlineKinds';
import { supersededBy } from '../../shared/rules/supersede';
import type { Deadline, DeliverInput, ReopenInput } from '../../shared/contract/schemas';
import { deadlineStatus } from '../../shared/contract/status';
import { ContractTerms } from '../../shared/contract/terms';
import { dateInZone, daysLate, endOfDateInZone } from '../../shared/dates';
import { collaborations, contracts, events, milestones, ownDeadlines as ownDeadlineRows } from '../db/schema';
import { type Ctx, nowIso, type Tx } from './context';
import { AppError, badField, notFound } from './errors';
import { appendEvent } from './events';
import { recordOf } from './eventRecord';
import { getSettings } from './settings';
import { reconcileStanding } from './accountability/standing';
import { amendmentsTo } from './amendmentFacts';
import { amendedFee, extendedDates } from '../../shared/amendments/apply';
import { problem } from '../../shared/i18n/problems';

type Db = Ctx['db'] | Tx;
export type MilestoneRow = typeof milestones.$inferSelect;

/** The terms of the newest finalized version, or null when no contract is in force. */
export function inForceTerms(db: Db, collaborationId: number): { version: number; terms: ContractTerms } | null {
  const row = db
    .select()
    .from(events)
    .where(and(eq(events.collaborationId, collaborationId), eq(events.type, 'contract.finalized')))
    .orderBy(desc(events.id))
    .limit(1)
    .get();
  if (!row) return null;
  const { version, terms } = recordOf(row, 'contract.finalized').data;
  return { version, terms };
}

/** The version in force, or null before any contract was finalized. */
export function inForceVersion(db: Db, collaborationId: number): number | null {
  return db.select({ v: contracts.inForceVersion }).from(contracts).where(eq(contracts.collaborationId, collaborationId)).get()?.v ?? null;
}

/**
 * Brings the stored deadlines of one collaboration in line with its contract in force (or, without
 * one, its own dates) and what has happened (signing, product received, deliveries). Deliveries are
 * kept; dates are recomputed.
 */
export function syncMilestones(ctx: Ctx, tx: Db, collaborationId: number): void {
  const inForce = inForceTerms(tx, collaborationId);
  const collab = tx
    .select({ signedOn: collaborations.signedOn, productReceivedOn: collaborations.productReceivedOn, publishBy: collaborations.publishBy })
    .from(collaborations)
    .where(eq(collaborations.id, collaborationId))
    .get();
  if (!collab) throw notFound('Collaboration', collaborationId);
  const { timeZone, holidays } = getSettings(ctx, tx);
  const existing = tx.select().from(milestones).where(eq(milestones.collaborationId, collaborationId)).all();
  const deliveredOn = new Map(existing.filter((m) => m.deliveredOn !== null).map((m) => [m.key, m.deliveredOn!]));

  const amendments = inForce ? amendmentsTo(tx, collaborationId, inForce.version) : [];
  const terms = inForce && { ...inForce.terms, fee: { ...inForce.terms.fee, feeMinor: amendedFee(amendments, inForce.terms.fee.feeMinor) } };
  const schedule = terms ? scheduleDeadlines(terms, { ...collab, deliveredOn, holidays: new Set(holidays) }) : ownDeadlines(collab, ownRows(tx, collaborationId));
  // A date moved by agreement is the date; the contract's stays beside it.
  const moved = extendedDates(amendments);
  schedule.forEach((d, sort) => {
    const dueDate = moved.get(d.key) ?? d.dueDate;
    const fields = {
      name: d.name,
      party: d.party,
      kind: d.kind,
      deductible: d.deductible,
      basis: d.basis,
      sort,
      contractVersion: inForce?.version ?? OWN_DEADLINE_VERSION,
      dueDate,
      dueAt: dueDate === null ? null : endOfDateInZone(dueDate, timeZone),
      originalDueDate: moved.has(d.key) ? d.dueDate : null,
    };
    tx.insert(milestones)
      .values({ collaborationId, key: d.key, ...fields })
      .onConflictDoUpdate({ target: [milestones.collaborationId, milestones.key], set: fields })
      .run();
  });
  // A milestone the new version dropped goes, unless it was delivered: that stays on record.
  const wanted = new Set(schedule.map((d) => d.key));
  for (const m of existing) {
    if (!wanted.has(m.key) && m.deliveredAt === null) tx.delete(milestones).where(eq(milestones.id, m.id)).run();
  }
}

/** The own dates added to a collaboration (besides its publish-by date). */
function ownRows(tx: Db, collaborationId: number): OwnDeadlineRow[] {
  return tx
    .select({ id: ownDeadlineRows.id, kind: ownDeadlineRows.kind, name: ownDeadlineRows.name, dueDate: ownDeadlineRows.dueDate })
    .from(ownDeadlineRows)
    .where(eq(ownDeadlineRows.collaborationId, collaborationId))
    .all()
    .map((r) => ({ ...r, kind: MilestoneKind.parse(r.kind) }));
}

/** Every collaboration with deadlines (a contract in force, or its own dates), e.g. after the holidays or time zone changed. */
export function syncAllMilestones(ctx: Ctx, tx: Db): void {
  const contracted = tx.select({ id: contracts.collaborationId }).from(contracts).where(sql`${contracts.inForceVersion} IS NOT NULL`).all();
  const dated = tx.select({ id: collaborations.id }).from(collaborations).where(sql`${collaborations.publishBy} IS NOT NULL`).all();
  const added = tx.selectDistinct({ id: ownDeadlineRows.collaborationId }).from(ownDeadlineRows).all();
  for (const id of new Set([...contracted, ...dated, ...added].map((r) => r.id))) syncMilestones(ctx, tx, id);
}

/** A stored deadline with its status as of a moment. */
export function toDeadline(row: MilestoneRow, asOfMs: number, asOfDate: string): Deadline {
  const kind = row.kind as DeadlineKind;
  return {
    ...row,
    party: row.party as Party,
    kind,
    ...deadlineStatus({ ...row, kind }, asOfMs, asOfDate),
  };
}

/** The late-delivery and reply terms of a version, stored beside the draft for fast reads over many contracts. */
export function inForceColumns(terms: ContractTerms) {
  const late = terms.lateDelivery;
  return {
    lateEnabled: late.enabled,
    feeMinor: terms.fee.feeMinor,
    currency: terms.fee.currency,
    deductionBp: toBasisPoints(late.deductionPctPerDay),
    capBp: toBasisPoints(late.capPct),
    graceDays: late.graceDays,
    terminationDays: late.terminationDays,
    replySlaHours: terms.replySlaHours,
    // A new version is the whole agreement again: what was waived of the last one does not carry over.
    waivedMinor: 0,
    waivedBp: 0,
  };
}

function getMilestone(db: Db, id: number): MilestoneRow {
  const row = db.select().from(milestones).where(eq(milestones.id, id)).get();
  if (!row) throw notFound('Deadline', id);
  return row;
}

/** One deadline with its status as of `asOf` (now when left out). */
export function oneDeadline(ctx: Ctx, id: number, asOf: Date = ctx.clock.now()): Deadline {
  return toDeadline(getMilestone(ctx.db, id), asOf.getTime(), dateInZone(asOf, getSettings(ctx).timeZone));
}

function creatorOf(db: Db, collaborationId: number): number | null {
  return db.select({ id: collaborations.creatorId }).from(collaborations).where(eq(collaborations.id, collaborationId)).get()?.id ?? null;
}

/** Records a delivery (or the brand doing its part); brand duties that follow from it get their dates. */
export function deliverMilestone(ctx: Ctx, input: z.output<typeof DeliverInput>): Deadline {
  const at = input.at ? new Date(input.at).toISOString() : nowIso(ctx);
  if (at > nowIso(ctx)) throw badField(['at'], problem('service.deliveryFuture'));
  ctx.db.transaction((tx) => {
    const row = getMilestone(tx, input.id);
    markDelivered(ctx, tx, row, at, input.note);
    syncMilestones(ctx, tx, row.collaborationId);
    // The last thing an inactive creator owed makes them active again.
    const creatorId = creatorOf(tx, row.collaborationId);
    if (row.party === 'creator' && creatorId !== null) reconcileStanding(ctx, tx, creatorId, 'progress');
  });
  return oneDeadline(ctx, input.id);
}

export function markDelivered(ctx: Ctx, tx: Db, row: MilestoneRow, at: string, note?: string, byPayment = false): void {
  if (!isDeliverable(row.kind)) {
    throw new AppError('CONFLICT', problem('service.reminderNotDeliverable', { name: row.name }));
  }
  if (row.deliveredAt !== null) {
    throw new AppError('CONFLICT', problem('service.alreadyDone', { name: row.name, on: row.deliveredOn ?? '' }));
  }
  const deliveredOn = dateInZone(at, getSettings(ctx, tx).timeZone);
  tx.update(milestones).set({ deliveredAt: at, deliveredOn }).where(eq(milestones.id, row.id)).run();
  appendEvent(ctx, tx, {
    type: 'milestone.delivered',
    collaborationId: row.collaborationId,
    creatorId: creatorOf(tx, row.collaborationId),
    at,
    data: { milestoneId: row.id, key: row.key, name: row.name, party: Party.parse(row.party), dueDate: row.dueDate, deliveredOn, daysLate: row.dueDate === null ? 0 : daysLate(row.dueDate, deliveredOn), ...(note ? { note } : {}), ...(byPayment ? { byPayment: true as const } : {}) },
  });
  supersedeEarlier(ctx, tx, row, at, deliveredOn);
}

/** The post being live closes the creator's earlier deliverables still open, on the same day (shared/rules/supersede). */
function supersedeEarlier(ctx: Ctx, tx: Db, post: MilestoneRow, at: string, closedOn: string): void {
  const all = tx.select().from(milestones).where(eq(milestones.collaborationId, post.collaborationId)).all();
  for (const m of supersededBy(post, all)) {
    tx.update(milestones).set({ deliveredAt: at, deliveredOn: closedOn, superseded: true }).where(eq(milestones.id, m.id)).run();
    appendEvent(ctx, tx, {
      type: 'milestone.superseded',
      collaborationId: m.collaborationId,
      creatorId: creatorOf(tx, m.collaborationId),
      at,
      data: { milestoneId: m.id, key: m.key, name: m.name, dueDate: m.dueDate, closedOn, daysLate: m.dueDate === null ? 0 : daysLate(m.dueDate, closedOn), byKey: post.key },
    });
  }
}

export function reopenMilestone(ctx: Ctx, input: z.output<typeof ReopenInput>): Deadline {
  ctx.db.transaction((tx) => {
    const row = getMilestone(tx, input.id);
    if (row.deliveredAt === null) throw new AppError('CONFLICT', problem('service.notDone', { name: row.name }));
    tx.update(milestones).set({ deliveredAt: null, deliveredOn: null, superseded: false }).where(eq(milestones.id, row.id)).run();
    appendEvent(ctx, tx, {
      type: 'milestone.reopened',
      collaborationId: row.collaborationId,
      creatorId: creatorOf(tx, row.collaborationId),
      data: { milestoneId: row.id, key: row.key, name: row.name, wasDeliveredOn: row.deliveredOn, reason: input.reason },
    });
    syncMilestones(ctx, tx, row.collaborationId);
  });
  return oneDeadline(ctx, input.id);
}
