import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type ArchivableKind, TRASH_DAYS, type TrashEmptyInput, type TrashInput, type TrashItem } from '../../../shared/archive';
import { contracts, events } from '../../db/schema';
import type { Ctx, Tx } from '../context';
import { AppError } from '../errors';
import { collaborationsOf, expectParentsShown, expectState, setVisibility, sighting } from './visibility';
import { problem } from '../../../shared/i18n/problems';

/*
 * The trash takes only what has no evidence value: a draft collaboration (nothing recorded beyond
 * its creation: no move, message, contract or delivery), a creator or a campaign without
 * collaborations. It keeps them TRASH_DAYS days, then emptying deletes them for good: they leave
 * every list, and the row stays only as the anchor the history's events point at.
 */

/** Days are counted as 24 hours, whatever the clocks of the computer's zone do in between. */
const DAY_MS = 86_400_000;

/** Event types that say nothing about the collaboration itself: its creation and its own archiving. */
const NO_EVIDENCE = ['collaboration.created', 'visibility.changed'];

export function putInTrash(ctx: Ctx, { kind, id }: z.output<typeof TrashInput>): TrashItem {
  return ctx.db.transaction((tx) => {
    const found = sighting(tx, kind, id);
    expectState(found, kind, id, ['shown', 'archived'], '');
    if (kind === 'collaboration') expectDraft(tx, id);
    else {
      const kept = collaborationsOf(tx, kind, id, ['shown', 'archived', 'trashed']);
      if (kept > 0) {
        throw new AppError(
          'CONFLICT',
          problem('service.trashHasCollabs', { name: found.name, count: kept, kind }),
        );
      }
    }
    setVisibility(ctx, tx, kind, id, 'trashed');
    return listTrash(ctx, tx).find((item) => item.kind === kind && item.id === id)!;
  });
}

function expectDraft(tx: Tx, id: number): void {
  const recorded = tx
    .select({ n: sql<number>`count(*)` })
    .from(events)
    .where(and(eq(events.collaborationId, id), notInArray(events.type, NO_EVIDENCE)))
    .get()!.n;
  const contract = tx.select({ id: contracts.collaborationId }).from(contracts).where(eq(contracts.collaborationId, id)).get();
  if (recorded > 0 || contract) {
    throw new AppError(
      'CONFLICT',
      problem('service.onlyDraft'),
    );
  }
}

export function restoreFromTrash(ctx: Ctx, { kind, id }: z.output<typeof TrashInput>): TrashItem {
  return ctx.db.transaction((tx) => {
    const item = listTrash(ctx, tx).find((i) => i.kind === kind && i.id === id);
    const found = sighting(tx, kind, id);
    expectState(found, kind, id, ['trashed'], '');
    if (kind === 'collaboration') expectParentsShown(tx, found);
    setVisibility(ctx, tx, kind, id, 'shown');
    return item!;
  });
}

interface TrashRow {
  kind: ArchivableKind;
  id: number;
  name: string;
  detail: string | null;
  trashedAt: string;
}

/** What is in the trash, most recently put there first. */
export function listTrash(ctx: Ctx, db: Ctx['db'] | Tx = ctx.db): TrashItem[] {
  const rows = db.all<TrashRow>(sql`
    SELECT 'collaboration' AS kind, c.id, cr.name, ca.name AS detail, c.visibility_since AS trashedAt
    FROM collaborations c JOIN creators cr ON cr.id = c.creator_id LEFT JOIN campaigns ca ON ca.id = c.campaign_id
    WHERE c.visibility = 'trashed'
    UNION ALL
    SELECT 'creator', id, name, NULL, visibility_since FROM creators WHERE visibility = 'trashed'
    UNION ALL
    SELECT 'campaign', id, name, NULL, visibility_since FROM campaigns WHERE visibility = 'trashed'
    ORDER BY trashedAt DESC, kind, id`);
  return rows.map((row) => ({ ...row, deletesAt: new Date(Date.parse(row.trashedAt) + TRASH_DAYS * DAY_MS).toISOString() }));
}

/** Deletes for good what is in the trash (only what has been there `olderThanDays`, when given). */
export function emptyTrash(ctx: Ctx, input: z.output<typeof TrashEmptyInput>): { deleted: number } {
  return ctx.db.transaction((tx) => {
    const cutoff = input.olderThanDays === undefined ? null : new Date(ctx.clock.now().getTime() - input.olderThanDays * DAY_MS).toISOString();
    // Collaborations first: they are the ones whose history points at a creator or a campaign.
    const due = listTrash(ctx, tx)
      .filter((item) => cutoff === null || item.trashedAt <= cutoff)
      .sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
    for (const item of due) setVisibility(ctx, tx, item.kind, item.id, 'deleted');
    return { deleted: due.length };
  });
}

const ORDER: Record<ArchivableKind, number> = { collaboration: 0, creator: 1, campaign: 2 };

/** What the start of the app does: the trash keeps things TRASH_DAYS days. */
export const emptyTrashByAge = (ctx: Ctx) => emptyTrash(ctx, { olderThanDays: TRASH_DAYS });
