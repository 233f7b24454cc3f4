import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Deadline } from '../../shared/contract/schemas';
import type { DeadlineAddInput, DeadlineRemoved, DeadlineRemoveInput, DeadlineUpdateInput } from '../../shared/deadlines/ownSchemas';
import { kindName } from '../../shared/deadlines/names';
import { OWN_PUBLISH_KEY, ownKey, ownRowId } from '../../shared/rules/ownDeadlines';
import { publishByIssue } from '../../shared/schemas';
import { collaborations, milestones, ownDeadlines } from '../db/schema';
import { getCollaboration } from './collaborations';
import { type Ctx, nowIso, type Tx } from './context';
import { inForceVersion, oneDeadline, syncMilestones, type MilestoneRow } from './deadlines';
import { AppError, badField, notFound } from './errors';
import { appendEvent } from './events';
import { returnedRow } from '../db/returned';
import { problem } from '../../shared/i18n/problems';

type Db = Ctx['db'] | Tx;

/*
 * The collaboration's own dates, agreed without a contract: each change is on record, and the
 * deadlines (reminders, lateness, card, calendar, ladder) follow at once.
 */

const CONTRACT_DECIDES = problem('service.contractDecides');

function refuseUnderContract(db: Db, collaborationId: number): void {
  if (inForceVersion(db, collaborationId) !== null) throw new AppError('CONFLICT', CONTRACT_DECIDES);
}

function ownMilestone(db: Db, id: number): MilestoneRow & { rowId: number | null } {
  const row = db.select().from(milestones).where(eq(milestones.id, id)).get();
  if (!row) throw notFound('Deadline', id);
  const rowId = ownRowId(row.key);
  if (rowId === undefined || row.contractVersion !== 0) throw new AppError('CONFLICT', problem('service.fromContract', { name: row.name }));
  if (row.deliveredAt !== null) throw new AppError('CONFLICT', problem('service.doneOnRecord', { name: row.name, on: row.deliveredOn ?? '' }));
  return { ...row, rowId };
}

/** A date the creator agreed to without a contract; a post-by date is the collaboration's publish-by date. */
export function addDeadline(ctx: Ctx, input: z.output<typeof DeadlineAddInput>): Deadline {
  const collab = getCollaboration(ctx, input.collaborationId);
  const name = input.name || kindName(input.kind);
  if (input.kind === 'publish') {
    if (collab.publishBy !== null) throw badField(['kind'], problem('service.postAlreadyDue', { date: collab.publishBy }));
    const issue = publishByIssue(collab.startDate, input.dueDate);
    if (issue) throw badField(['dueDate'], issue);
  }
  const id = ctx.db.transaction((tx) => {
    refuseUnderContract(tx, collab.id);
    let key = OWN_PUBLISH_KEY;
    if (input.kind === 'publish') {
      tx.update(collaborations).set({ publishBy: input.dueDate, updatedAt: nowIso(ctx) }).where(eq(collaborations.id, collab.id)).run();
    } else {
      const row = tx.insert(ownDeadlines).values({ collaborationId: collab.id, kind: input.kind, name, dueDate: input.dueDate, createdAt: nowIso(ctx) }).returning({ id: ownDeadlines.id }).all();
      key = ownKey(returnedRow(row).id);
    }
    appendEvent(ctx, tx, { type: 'deadline.changed', collaborationId: collab.id, creatorId: collab.creatorId, data: { change: 'added', key, name, fromDate: null, toDate: input.dueDate } });
    syncMilestones(ctx, tx, collab.id);
    return milestoneId(tx, collab.id, key);
  });
  return oneDeadline(ctx, id);
}

/** A new date, or a new name, for one of the collaboration's own deadlines. */
export function updateDeadline(ctx: Ctx, input: z.output<typeof DeadlineUpdateInput>): Deadline {
  ctx.db.transaction((tx) => {
    const m = ownMilestone(tx, input.id);
    refuseUnderContract(tx, m.collaborationId);
    const collab = getCollaboration(ctx, m.collaborationId);
    const moved = input.dueDate !== undefined && input.dueDate !== m.dueDate;
    const renamed = input.name !== undefined && input.name !== m.name;
    if (renamed && m.rowId === null) throw badField(['name'], problem('service.publishByForPost'));
    if (moved && m.rowId === null) {
      const issue = publishByIssue(collab.startDate, input.dueDate!);
      if (issue) throw badField(['dueDate'], issue);
      tx.update(collaborations).set({ publishBy: input.dueDate!, updatedAt: nowIso(ctx) }).where(eq(collaborations.id, collab.id)).run();
    }
    if (m.rowId !== null && (moved || renamed)) {
      tx.update(ownDeadlines).set({ ...(moved ? { dueDate: input.dueDate! } : {}), ...(renamed ? { name: input.name! } : {}) }).where(eq(ownDeadlines.id, m.rowId)).run();
    }
    const name = renamed ? input.name! : m.name;
    if (moved) appendEvent(ctx, tx, { type: 'deadline.changed', collaborationId: collab.id, creatorId: collab.creatorId, data: { change: 'moved', key: m.key, name, fromDate: m.dueDate, toDate: input.dueDate! } });
    if (renamed) appendEvent(ctx, tx, { type: 'deadline.changed', collaborationId: collab.id, creatorId: collab.creatorId, data: { change: 'renamed', key: m.key, name, fromDate: m.dueDate, toDate: moved ? input.dueDate! : m.dueDate } });
    syncMilestones(ctx, tx, collab.id);
  });
  return oneDeadline(ctx, input.id);
}

/** Drops one of the collaboration's own deadlines (no longer agreed); what was done stays on record. */
export function removeDeadline(ctx: Ctx, input: z.output<typeof DeadlineRemoveInput>): z.infer<typeof DeadlineRemoved> {
  return ctx.db.transaction((tx) => {
    const m = ownMilestone(tx, input.id);
    refuseUnderContract(tx, m.collaborationId);
    const collab = getCollaboration(ctx, m.collaborationId);
    if (m.rowId === null) tx.update(collaborations).set({ publishBy: null, updatedAt: nowIso(ctx) }).where(eq(collaborations.id, collab.id)).run();
    else tx.delete(ownDeadlines).where(eq(ownDeadlines.id, m.rowId)).run();
    appendEvent(ctx, tx, {
      type: 'deadline.changed',
      collaborationId: collab.id,
      creatorId: collab.creatorId,
      data: { change: 'removed', key: m.key, name: m.name, fromDate: m.dueDate, toDate: null, ...(input.reason ? { reason: input.reason } : {}) },
    });
    syncMilestones(ctx, tx, collab.id);
    return { id: m.id, collaborationId: collab.id };
  });
}

function milestoneId(tx: Db, collaborationId: number, key: string): number {
  return tx.select({ id: milestones.id }).from(milestones).where(and(eq(milestones.collaborationId, collaborationId), eq(milestones.key, key))).get()!.id;
}
