import { and, desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Deliverable, DeliverableAddInput, DeliverableListInput, DeliverableUpdateInput, Snapshot, SnapshotListInput, SnapshotRecordInput } from '../../../shared/metrics/schemas';
import { collaborations, deliverables, metricSnapshots } from '../../db/schema';
import { type Ctx, nowIso } from '../context';
import { AppError, badField, notFound } from '../errors';
import { appendEvent } from '../events';
import { returnedRow } from '../../db/returned';
import { problem } from '../../../shared/i18n/problems';

/** A post of a collaboration; its numbers come later, by hand or from a platform's export. */
export function addDeliverable(ctx: Ctx, input: z.output<typeof DeliverableAddInput>): Deliverable {
  const collab = ctx.db.select({ id: collaborations.id, creatorId: collaborations.creatorId }).from(collaborations).where(eq(collaborations.id, input.collaborationId)).get();
  if (!collab) throw notFound('Collaboration', input.collaborationId);
  assertUrlFree(ctx, collab.id, input.url, null);
  return ctx.db.transaction((tx) => {
    const row = returnedRow(tx.insert(deliverables).values({ ...input, createdAt: nowIso(ctx) }).returning().all());
    appendEvent(ctx, tx, { type: 'deliverable.added', collaborationId: collab.id, creatorId: collab.creatorId, data: { deliverableId: row.id, platform: input.platform, url: row.url, title: row.title } });
    return toDeliverable(row, null);
  });
}

export function updateDeliverable(ctx: Ctx, input: z.output<typeof DeliverableUpdateInput>): Deliverable {
  const { id, ...changes } = input;
  const current = getDeliverableRow(ctx, id);
  if (changes.url !== undefined) assertUrlFree(ctx, current.collaborationId, changes.url, id);
  if (Object.values(changes).every((v) => v === undefined)) return toDeliverable(current, latestSnapshot(ctx, id));
  const row = returnedRow(ctx.db.update(deliverables).set(changes).where(eq(deliverables.id, id)).returning().all());
  return toDeliverable(row, latestSnapshot(ctx, id));
}

export function listDeliverables(ctx: Ctx, input: z.output<typeof DeliverableListInput>): Deliverable[] {
  return ctx.db
    .select()
    .from(deliverables)
    .where(eq(deliverables.collaborationId, input.collaborationId))
    .orderBy(deliverables.id)
    .all()
    .map((row) => toDeliverable(row, latestSnapshot(ctx, row.id)));
}

/** Numbers read by hand; a second reading at the same moment is refused as a duplicate. */
export function recordSnapshot(ctx: Ctx, input: z.output<typeof SnapshotRecordInput>): Snapshot {
  const { deliverableId, capturedAt: at, ...numbers } = input;
  const deliverable = getDeliverableRow(ctx, deliverableId);
  const capturedAt = at ? new Date(at).toISOString() : nowIso(ctx);
  if (capturedAt > nowIso(ctx)) throw badField(['capturedAt'], problem('service.readFuture'));
  if (Object.values(numbers).every((v) => v === null)) throw new AppError('BAD_INPUT', problem('service.oneNumber'));
  const taken = ctx.db.select({ id: metricSnapshots.id }).from(metricSnapshots).where(and(eq(metricSnapshots.deliverableId, deliverableId), eq(metricSnapshots.capturedAt, capturedAt))).get();
  if (taken) throw badField(['capturedAt'], problem('service.readTwice'));
  return ctx.db.transaction((tx) => {
    const row = returnedRow(tx.insert(metricSnapshots).values({ deliverableId, capturedAt, ...numbers, source: 'manual' }).returning().all());
    const creatorId = tx.select({ id: collaborations.creatorId }).from(collaborations).where(eq(collaborations.id, deliverable.collaborationId)).get()?.id ?? null;
    appendEvent(ctx, tx, { type: 'metrics.recorded', collaborationId: deliverable.collaborationId, creatorId, data: { deliverableId, snapshotId: row.id, capturedAt, ...numbers } });
    return row;
  });
}

export function listSnapshots(ctx: Ctx, input: z.output<typeof SnapshotListInput>): Snapshot[] {
  getDeliverableRow(ctx, input.deliverableId);
  return ctx.db.select().from(metricSnapshots).where(eq(metricSnapshots.deliverableId, input.deliverableId)).orderBy(metricSnapshots.capturedAt, metricSnapshots.id).all();
}

function getDeliverableRow(ctx: Ctx, id: number) {
  const row = ctx.db.select().from(deliverables).where(eq(deliverables.id, id)).get();
  if (!row) throw notFound('Post', id);
  return row;
}

function latestSnapshot(ctx: Ctx, deliverableId: number): Snapshot | null {
  return ctx.db.select().from(metricSnapshots).where(eq(metricSnapshots.deliverableId, deliverableId)).orderBy(desc(metricSnapshots.capturedAt), desc(metricSnapshots.id)).limit(1).get() ?? null;
}

/** One post per address within a collaboration, so an import finds the right one again. */
function assertUrlFree(ctx: Ctx, collaborationId: number, url: string, except: number | null) {
  if (url === '') return;
  const other = ctx.db.select({ id: deliverables.id }).from(deliverables).where(and(eq(deliverables.collaborationId, collaborationId), eq(deliverables.url, url))).get();
  if (other && other.id !== except) throw badField(['url'], problem('service.postUrlTaken'));
}

// Rows only ever come from validated input, so the platform column holds a valid value.
function toDeliverable(row: typeof deliverables.$inferSelect, latest: Snapshot | null): Deliverable {
  return { ...(row as Omit<Deliverable, 'latest'>), latest };
}
