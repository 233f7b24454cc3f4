import { and, desc, eq, sql } from 'drizzle-orm';
import { type OpenObligation, STRIKE_LIMIT, type Standing } from '../../../shared/accountability/schemas';
import { ENDED_STAGES_SQL, OPEN_DELIVERABLE } from '../../db/sqlFragments';
import { creators, events, strikes } from '../../db/schema';
import { type Ctx, nowIso, type Tx } from '../context';
import { AppError, notFound } from '../errors';
import type { ReactivationReason } from '../../../shared/events/schemas';
import { appendEvent } from '../events';
import { recordOf } from '../eventRecord';
import { problem } from '../../../shared/i18n/problems';
import { listed } from '../../../shared/i18n/wording';

/*
 * A creator's standing (DOMAIN "Strikes, ratings, reliability"): at 3 active strikes they become
 * inactive and may not join new collaborations until the obligations they had open are completed;
 * then they are active again and those strikes count as served. Each change is an event.
 */

type Db = Ctx['db'] | Tx;

/** The creator's deliverables still owed in collaborations that have not ended, soonest first. */
export function openObligations(db: Db, creatorId: number): OpenObligation[] {
  return db.all<OpenObligation>(sql`
    SELECT m.id AS milestoneId, m.collaboration_id AS collaborationId, m.name, ca.name AS campaignName, m.due_date AS dueDate
    FROM milestones m
    JOIN collaborations c ON c.id = m.collaboration_id
    LEFT JOIN campaigns ca ON ca.id = c.campaign_id
    WHERE c.creator_id = ${creatorId} AND m.party = 'creator' AND ${sql.raw(OPEN_DELIVERABLE)}
      AND c.stage NOT IN ${sql.raw(ENDED_STAGES_SQL)}
    ORDER BY m.due_at IS NULL, m.due_at, m.id`);
}

export function activeStrikes(db: Db, creatorId: number): number {
  return db.select({ n: sql<number>`count(*)` }).from(strikes).where(and(eq(strikes.creatorId, creatorId), eq(strikes.status, 'active'))).get()?.n ?? 0;
}

export function getStanding(ctx: Ctx, creatorId: number, db: Db = ctx.db): Standing {
  const creator = db.select({ active: creators.active, since: creators.inactiveByStrikesSince }).from(creators).where(eq(creators.id, creatorId)).get();
  if (!creator) throw notFound('Creator', creatorId);
  return {
    creatorId,
    active: creator.active,
    activeStrikes: activeStrikes(db, creatorId),
    inactiveByStrikes: creator.since !== null,
    openObligations: openObligations(db, creatorId),
  };
}

/** What happened that may change the standing: a strike, a withdrawal, or work completed. */
export type StandingCause = 'strike' | 'withdrawal' | 'progress';

/** Call inside the transaction of the change, after it. */
export function reconcileStanding(ctx: Ctx, tx: Tx, creatorId: number, cause: StandingCause): void {
  const creator = tx.select().from(creators).where(eq(creators.id, creatorId)).get();
  if (!creator) return;
  const strikeCount = activeStrikes(tx, creatorId);
  if (creator.inactiveByStrikesSince === null) {
    if (cause === 'strike' && strikeCount >= STRIKE_LIMIT && creator.active) {
      const owed = openObligations(tx, creatorId);
      tx.update(creators).set({ active: false, inactiveByStrikesSince: nowIso(ctx), updatedAt: nowIso(ctx) }).where(eq(creators.id, creatorId)).run();
      appendEvent(ctx, tx, {
        type: 'creator.deactivated',
        creatorId,
        data: { activeStrikes: strikeCount, openObligations: owed.map((o) => ({ milestoneId: o.milestoneId, collaborationId: o.collaborationId, name: o.name })) },
      });
    }
    return;
  }
  if (strikeCount < STRIKE_LIMIT) {
    // Below the limit again: the strikes left still count towards the next time.
    reactivate(ctx, tx, creatorId, 'withdrawn', `A strike was withdrawn: ${strikeCount} active strike${strikeCount === 1 ? '' : 's'} left.`, false);
    return;
  }
  // Completing what was owed when they became inactive brings them back; with nothing owed then,
  // only the brand can (by hand), or a strike could be undone by moving a card.
  if (cause === 'progress' && owedWhenDeactivated(tx, creatorId) > 0 && openObligations(tx, creatorId).length === 0) {
    reactivate(ctx, tx, creatorId, 'obligations_completed', 'Their open obligations are completed.', true);
  }
}

/** The brand makes a creator active again by hand; strikes that made them inactive count as served. */
export function reactivateByHand(ctx: Ctx, tx: Tx, creatorId: number): void {
  const creator = tx.select({ since: creators.inactiveByStrikesSince }).from(creators).where(eq(creators.id, creatorId)).get();
  if (creator?.since) reactivate(ctx, tx, creatorId, 'by_hand', 'Made active again by hand.', true);
}

function reactivate(ctx: Ctx, tx: Tx, creatorId: number, reason: ReactivationReason, words: string, serveStrikes: boolean): void {
  const served = serveStrikes
    ? tx.update(strikes).set({ status: 'served' }).where(and(eq(strikes.creatorId, creatorId), eq(strikes.status, 'active'))).returning({ id: strikes.id }).all()
    : [];
  tx.update(creators).set({ active: true, inactiveByStrikesSince: null, updatedAt: nowIso(ctx) }).where(eq(creators.id, creatorId)).run();
  appendEvent(ctx, tx, { type: 'creator.reactivated', creatorId, data: { reason, text: words, servedStrikeIds: served.map((s) => s.id) } });
}

function owedWhenDeactivated(tx: Tx, creatorId: number): number {
  const last = tx
    .select()
    .from(events)
    .where(and(eq(events.creatorId, creatorId), eq(events.type, 'creator.deactivated')))
    .orderBy(desc(events.id))
    .limit(1)
    .get();
  return last ? recordOf(last, 'creator.deactivated').data.openObligations.length : 0;
}

/** Refuses a new collaboration with an inactive creator, saying what would make them active. */
export function assertMayJoin(ctx: Ctx, creator: { id: number; name: string; active: boolean }): void {
  if (creator.active) return;
  const standing = getStanding(ctx, creator.id);
  if (!standing.inactiveByStrikes) {
    throw new AppError('FORBIDDEN', problem('service.inactiveOwes', { name: creator.name }));
  }
  if (standing.openObligations.length === 0) {
    throw new AppError('FORBIDDEN', problem('service.inactiveStrikes', { name: creator.name, strikes: standing.activeStrikes }));
  }
  const owed = listed('owed', 'service.obligation', standing.openObligations.map(obligationValues));
  throw new AppError('FORBIDDEN', problem('service.inactiveStrikesOwes', { name: creator.name, strikes: standing.activeStrikes, ...owed }));
}

// Every value is there whichever way the obligation is said; a due day goes as an ISO date, which reads the same in every language.
function obligationValues(o: OpenObligation): Record<string, string> {
  const has = o.campaignName && o.dueDate ? 'both' : o.campaignName ? 'campaign' : o.dueDate ? 'due' : 'none';
  return { has, name: o.name, campaign: o.campaignName ?? '', due: o.dueDate ?? '' };
}
