import { and, eq, gt, inArray, isNull, notInArray, or, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { FieldIssue } from '../../../shared/result';
import { describeEvent } from '../../../shared/eventWords';
import { translator } from '../../../shared/i18n/createI18n';
import type { EventType } from '../../../shared/events/schemas';
import { collaborations, creators, events, materials } from '../../db/schema';
import type { Ctx, Tx } from '../context';
import { AppError } from '../errors';
import { toEventRecord } from '../eventRecord';
import { digestOf, forgetSample, sampleRowsOf, type SampleKind } from './sampleRows';
import { setVisibility } from './visibility';
import { problem } from '../../../shared/i18n/problems';
import { spelled } from '../../../shared/i18n/spelled';
import { carried } from '../../../shared/i18n/wording';

/*
 * "Remove sample data" deletes exactly the rows the sample load made, as emptying the trash does
 * (their history stays, marked). Trying the board on them is not work worth keeping: moves, a
 * delivery ticked, reminders fired and archiving. Anything else the user recorded or typed on them
 * is, and the removal is refused, naming it: a note or message, an edit of a creator, campaign,
 * collaboration or contract draft, a contract version, a strike, rating, dispute, post or number,
 * or a collaboration of their own with a sample creator or in a sample campaign.
 */

/** Events that trying the sample out leaves behind, which removing it may take along. */
const TRYING_OUT: EventType[] = ['collaboration.moved', 'milestone.delivered', 'notification.fired', 'visibility.changed', 'creator.deactivated', 'creator.reactivated'];

const KIND_ORDER: SampleKind[] = ['collaboration', 'creator', 'campaign'];

export function removeSampleData(ctx: Ctx): { creators: number; campaigns: number; collaborations: number } {
  return ctx.db.transaction((tx) => {
    const rows = sampleRowsOf(tx);
    if (rows.length === 0) throw new AppError('CONFLICT', problem('service.noSample'));
    const ids = (kind: SampleKind) => rows.filter((r) => r.kind === kind).map((r) => r.rowId);
    const work = userWork(tx, rows, { collaborations: ids('collaboration'), creators: ids('creator'), campaigns: ids('campaign') });
    if (work.length > 0) {
      throw new AppError(
        'CONFLICT',
        problem('service.sampleHasWork', { more: work.length - 1, ...carried('because', spelled(work[0]!.message)) }),
        work,
      );
    }
    const removed = { creators: 0, campaigns: 0, collaborations: 0 };
    for (const kind of KIND_ORDER) {
      for (const id of ids(kind)) {
        if (visibilityOf(tx, kind, id) === 'deleted') continue;
        setVisibility(ctx, tx, kind as 'collaboration' | 'creator' | 'campaign', id, 'deleted', { sample: true });
        removed[kind === 'creator' ? 'creators' : kind === 'campaign' ? 'campaigns' : 'collaborations'] += 1;
      }
    }
    forgetSample(tx);
    return removed;
  });
}

function visibilityOf(tx: Tx, kind: SampleKind, id: number) {
  const table = kind === 'creator' ? creators : kind === 'collaboration' ? collaborations : null;
  if (table === null) return tx.get<{ v: string } | undefined>(sql`SELECT visibility AS v FROM campaigns WHERE id = ${id}`)?.v;
  return tx.select({ v: table.visibility }).from(table).where(eq(table.id, id)).get()?.v;
}

interface Made {
  collaborations: number[];
  creators: number[];
  campaigns: number[];
}

/** What the user did on the sample that removing it would lose, each as a problem naming it. */
function userWork(tx: Tx, rows: ReturnType<typeof sampleRowsOf>, made: Made): FieldIssue[] {
  const work: FieldIssue[] = [];
  const names = new Map(tx.select({ id: creators.id, name: creators.name }).from(creators).all().map((c) => [c.id, c.name]));
  for (const row of rows) {
    const now = digestOf(tx, row.kind, row.rowId);
    if (now !== null && now !== row.digest) {
      const name = row.kind === 'creator' ? (names.get(row.rowId) ?? '') : row.kind === 'campaign' ? campaignName(tx, row.rowId) : '';
      work.push({ path: [row.kind, row.rowId], message: problem('service.sampleChanged', { kind: row.kind, id: row.rowId, name }) });
    }
  }
  const lastEventId = Math.max(...rows.map((r) => r.lastEventId));
  const mine = (column: SQLiteColumn, ids: number[]) => (ids.length === 0 ? sql`0` : inArray(column, ids));
  const later = tx
    .select()
    .from(events)
    .where(and(gt(events.id, lastEventId), notInArray(events.type, TRYING_OUT), or(mine(events.collaborationId, made.collaborations), and(isNull(events.collaborationId), mine(events.creatorId, made.creators)))))
    .orderBy(events.id)
    .all();
  for (const event of later) {
    const { title } = describeEvent(toEventRecord(event), translator('en'));
    work.push({ path: ['event', event.id], message: `"${title}" on ${event.at.slice(0, 10)}` });
  }
  const own = tx
    .select({ id: collaborations.id, creatorId: collaborations.creatorId })
    .from(collaborations)
    .where(
      and(
        made.collaborations.length === 0 ? sql`1` : notInArray(collaborations.id, made.collaborations),
        or(mine(collaborations.creatorId, made.creators), made.campaigns.length === 0 ? sql`0` : inArray(collaborations.campaignId, made.campaigns)),
        notInArray(collaborations.visibility, ['deleted']),
      ),
    )
    .all();
  for (const c of own) work.push({ path: ['collaboration', c.id], message: problem('service.sampleOwn', { id: c.id, name: names.get(c.creatorId) ?? '' }) });
  // Files in a sample campaign's kit are the user's own: removing the campaign would take them along.
  const kit =
    made.campaigns.length === 0
      ? []
      : tx
          .select({ id: materials.id, name: materials.name, campaignId: materials.campaignId })
          .from(materials)
          .where(and(inArray(materials.campaignId, made.campaigns), isNull(materials.removedAt)))
          .all();
  for (const m of kit) work.push({ path: ['material', m.id], message: problem('service.sampleKit', { name: m.name, campaign: campaignName(tx, m.campaignId) }) });
  return work;
}

const campaignName = (tx: Tx, id: number) => tx.get<{ name: string } | undefined>(sql`SELECT name FROM campaigns WHERE id = ${id}`)?.name ?? `#${id}`;

