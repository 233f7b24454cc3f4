import { createHash } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { campaigns, collaborations, contracts, creators, sampleRows } from '../../db/schema';
import type { Ctx, Tx } from '../context';

/*
 * What "Load sample data" made, remembered so "Remove sample data" removes exactly that: each row
 * with a digest of what the user can edit in it (edits of creators, campaigns and contract drafts
 * leave no event), and the last event of the load (later events on the sample are the user's).
 */

type Db = Ctx['db'] | Tx;
export type SampleKind = (typeof sampleRows.$inferSelect)['kind'];

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** The fields a user edits by hand; counters and dates the app keeps itself stay out. */
export function digestOf(db: Db, kind: SampleKind, id: number): string | null {
  if (kind === 'creator') {
    const row = db.select().from(creators).where(eq(creators.id, id)).get();
    return row ? digest([row.name, row.handles, row.followers, row.region, row.timeZone, row.language, row.email, row.notes]) : null;
  }
  if (kind === 'campaign') {
    const row = db.select().from(campaigns).where(eq(campaigns.id, id)).get();
    if (!row) return null;
    // Dates came later: a row without them keeps the digest it was stored with.
    const dates = row.startDate === null && row.endDate === null ? [] : [row.startDate, row.endDate];
    return digest([row.name, row.product, row.goals, row.targets, row.budgetMinor, row.currency, ...dates]);
  }
  if (kind === 'collaboration') {
    const row = db.select().from(collaborations).where(eq(collaborations.id, id)).get();
    return row ? digest([row.creatorId, row.campaignId, row.feeMinor, row.currency, row.product, row.productValueMinor, row.startDate, row.publishBy, row.notes]) : null;
  }
  const row = db.select({ draft: contracts.draft }).from(contracts).where(eq(contracts.collaborationId, id)).get();
  return row ? digest(row.draft) : null;
}

/** Called at the end of the sample load, inside its transaction. */
export function rememberSample(tx: Tx, made: { creators: number[]; campaigns: number[]; collaborations: number[] }): void {
  const lastEventId = tx.get<{ id: number | null }>(sql`SELECT MAX(id) AS id FROM events`).id ?? 0;
  const withContract = new Set(
    made.collaborations.length === 0
      ? []
      : tx.select({ id: contracts.collaborationId }).from(contracts).where(inArray(contracts.collaborationId, made.collaborations)).all().map((r) => r.id),
  );
  const rows: (typeof sampleRows.$inferInsert)[] = [];
  const add = (kind: SampleKind, ids: number[]) => {
    for (const rowId of ids) rows.push({ kind, rowId, digest: digestOf(tx, kind, rowId)!, lastEventId });
  };
  add('creator', made.creators);
  add('campaign', made.campaigns);
  add('collaboration', made.collaborations);
  add('contract', [...withContract]);
  if (rows.length > 0) tx.insert(sampleRows).values(rows).run();
}

export function sampleRowsOf(db: Db) {
  return db.select().from(sampleRows).all();
}

export function forgetSample(tx: Tx): void {
  tx.delete(sampleRows).run();
}
