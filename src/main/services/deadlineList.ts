import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { penaltyFor } from '../../shared/contract/penalty';
import type { DeadlineList, DeadlineListInput, Penalty } from '../../shared/contract/schemas';
import { dateInZone, daysLate } from '../../shared/dates';
import { aliased } from '../db/aliases';
import { REMINDER_ONLY_KINDS_SQL } from '../db/sqlFragments';
import type { Ctx } from './context';
import { toDeadline } from './deadlines';
import { getSettings } from './settings';

/*
 * The read side of deadlines. It may cover every contract in the workspace (calendar, scheduler),
 * so open-only filtering and the worst lateness per contract happen in SQLite, in SQL conditions
 * over the aliased tables; rows come back through drizzle's own column mapping.
 */

type Filter = z.output<typeof DeadlineListInput>;

const { m } = aliased;

function scope(column: SQL, input: Filter): SQL[] {
  const where: SQL[] = [];
  if (input.collaborationId !== undefined) where.push(sql`${column} = ${input.collaborationId}`);
  if (input.campaignId !== undefined) where.push(sql`${column} IN (SELECT id FROM collaborations WHERE campaign_id = ${input.campaignId})`);
  // Across the workspace, trashed and deleted drafts do not count; archived collaborations did happen.
  if (input.collaborationId === undefined) where.push(sql`${column} IN (SELECT id FROM collaborations WHERE visibility IN ('shown', 'archived'))`);
  return where;
}

const whereAll = (conditions: SQL[]) => (conditions.length === 0 ? sql`1` : sql.join(conditions, sql` AND `));

export function listDeadlines(ctx: Ctx, input: Filter): DeadlineList {
  const asOf = input.asOf ? new Date(input.asOf) : ctx.clock.now();
  const asOfIso = asOf.toISOString();
  const asOfDate = dateInZone(asOf, getSettings(ctx).timeZone);

  const where = scope(sql`m.collaboration_id`, input);
  if (input.openOnly) {
    where.push(sql`m.delivered_at IS NULL AND NOT (m.kind IN ${sql.raw(REMINDER_ONLY_KINDS_SQL)} AND m.due_at < ${asOfIso})`);
  }
  const rows = ctx.db.select().from(m).where(whereAll(where)).orderBy(m.collaborationId, m.sort).all();
  const asOfMs = asOf.getTime();
  const deadlines = rows.map((row) => toDeadline(row, asOfMs, asOfDate));
  return { asOf: asOfIso, asOfDate, deadlines, penalties: listPenalties(ctx, input, asOfDate) };
}

interface PenaltyRow {
  collaborationId: number;
  feeMinor: number;
  currency: string;
  lateEnabled: number;
  deductionBp: number;
  capBp: number;
  graceDays: number;
  terminationDays: number;
  waivedMinor: number;
  waivedBp: number;
}

/** The late-delivery clause of every contract in force, applied as of a date. */
function listPenalties(ctx: Ctx, input: Filter, asOfDate: string): Penalty[] {
  const worst = worstLateness(ctx, input, asOfDate);
  const rows = ctx.db.all<PenaltyRow>(sql`
    SELECT c.collaboration_id AS collaborationId, c.fee_minor AS feeMinor, c.currency, c.late_enabled AS lateEnabled,
           c.deduction_bp AS deductionBp, c.cap_bp AS capBp, c.grace_days AS graceDays, c.termination_days AS terminationDays,
           c.waived_minor AS waivedMinor, c.waived_bp AS waivedBp
    FROM contracts c
    WHERE c.in_force_version IS NOT NULL AND ${whereAll(scope(sql`c.collaboration_id`, input))}
    ORDER BY c.collaboration_id`);
  return rows.map((r) => ({
    collaborationId: r.collaborationId,
    feeMinor: r.feeMinor,
    currency: r.currency,
    ...penaltyFor(
      {
        enabled: r.lateEnabled === 1,
        feeMinor: r.feeMinor,
        deductionBpPerDay: r.deductionBp,
        capBp: r.capBp,
        graceDays: r.graceDays,
        terminationDays: r.terminationDays,
        waivedMinor: r.waivedMinor,
        waivedBp: r.waivedBp,
      },
      worst.get(r.collaborationId) ?? 0,
    ),
  }));
}

/**
 * The most days late of each contract's deductible milestones, counted by the one lateness rule
 * (shared/dates). Only late ones are read: ISO dates compare as strings, so SQLite picks them.
 */
function worstLateness(ctx: Ctx, input: Filter, asOfDate: string): Map<number, number> {
  const late = ctx.db.all<{ collaborationId: number; dueDate: string; doneOn: string }>(sql`
    SELECT collaboration_id AS collaborationId, due_date AS dueDate, COALESCE(delivered_on, ${asOfDate}) AS doneOn
    FROM milestones
    WHERE deductible = 1 AND due_date IS NOT NULL AND COALESCE(delivered_on, ${asOfDate}) > due_date
      AND ${whereAll(scope(sql`collaboration_id`, input))}`);
  const worst = new Map<number, number>();
  for (const m of late) worst.set(m.collaborationId, Math.max(worst.get(m.collaborationId) ?? 0, daysLate(m.dueDate, m.doneOn)));
  return worst;
}
