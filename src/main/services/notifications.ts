import { and, desc, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  DueInput,
  NotificationAckInput,
  NotificationList,
  NotificationListInput,
  NotificationSnoozeInput,
  ReminderCounts,
} from '../../shared/reminders/schemas';
import { dateInZone, endOfDateInZone } from '../../shared/dates';
import { dueWeekEnd } from '../../shared/rules/dueWeek';
import type { DueItem, NextDeadline, ReminderKind } from '../../shared/reminders/schemas';
import { notifications } from '../db/schema';
import { statementCache } from '../db/statements';
import { ENDED_STAGES_SQL, OPEN_DELIVERABLE, SHOWN_COLLABORATION } from '../db/sqlFragments';
import type { Ctx } from './context';
import { badField } from './errors';
import { findDue } from './reminders/findDue';
import { getSettings } from './settings';
import { problem } from '../../shared/i18n/problems';

const asOfDate = (ctx: Ctx, asOf?: string) => (asOf ? new Date(asOf) : ctx.clock.now());

/** In the bell: open, not acknowledged, and not snoozed (or the snooze has run out). */
const unreadAt = (at: string): SQL =>
  and(
    isNull(notifications.closedAt),
    isNull(notifications.acknowledgedAt),
    or(isNull(notifications.snoozedUntil), sql`${notifications.snoozedUntil} <= ${at}`),
  )!;

export function listNotifications(ctx: Ctx, input: z.output<typeof NotificationListInput>): NotificationList {
  const at = asOfDate(ctx, input.asOf).toISOString();
  const unread = ctx.db.select({ n: sql<number>`count(*)` }).from(notifications).where(unreadAt(at)).get()?.n ?? 0;
  const rows = ctx.db
    .select()
    .from(notifications)
    .where(input.all ? undefined : unreadAt(at))
    .orderBy(desc(notifications.firedAt), desc(notifications.id))
    .limit(input.limit)
    .all();
  return { unread, items: rows.map((r) => ({ ...r, kind: r.kind as ReminderKind })) };
}

function existing(ctx: Ctx, ids: number[]): number[] {
  const found = new Set(ctx.db.select({ id: notifications.id }).from(notifications).where(inArray(notifications.id, ids)).all().map((r) => r.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw badField(['ids'], problem('service.noNotification', { ids: missing.join(', ') }));
  return ids;
}

export function ackNotifications(ctx: Ctx, input: z.output<typeof NotificationAckInput>): { changed: number } {
  return ctx.db.transaction(() => {
    const ids = existing(ctx, input.ids);
    const result = ctx.db
      .update(notifications)
      .set({ acknowledgedAt: ctx.clock.now().toISOString(), snoozedUntil: null })
      .where(and(inArray(notifications.id, ids), isNull(notifications.acknowledgedAt)))
      .run();
    return { changed: result.changes };
  });
}

const SNOOZE_MS = 24 * 3_600_000;

function snoozeUntil(now: Date, until?: string): string {
  return until ? new Date(until).toISOString() : new Date(now.getTime() + SNOOZE_MS).toISOString();
}

export function snoozeNotifications(ctx: Ctx, input: z.output<typeof NotificationSnoozeInput>): { changed: number } {
  const now = ctx.clock.now();
  const until = snoozeUntil(now, input.until);
  if (until <= now.toISOString()) throw badField(['until'], problem('service.snoozeFuture'));
  return ctx.db.transaction(() => {
    const ids = existing(ctx, input.ids);
    const result = ctx.db
      .update(notifications)
      .set({ snoozedUntil: until })
      .where(and(inArray(notifications.id, ids), isNull(notifications.acknowledgedAt), isNull(notifications.closedAt)))
      .run();
    return { changed: result.changes };
  });
}

/** What is due at an instant, without recording anything. */
export function dueNow(ctx: Ctx, input: z.output<typeof DueInput>): DueItem[] {
  const settings = getSettings(ctx);
  return findDue(ctx.db, asOfDate(ctx, input.asOf), settings);
}

export function ackAllNotifications(ctx: Ctx): { changed: number } {
  const at = ctx.clock.now().toISOString();
  const result = ctx.db.update(notifications).set({ acknowledgedAt: at, snoozedUntil: null }).where(unreadAt(at)).run();
  return { changed: result.changes };
}

const ACTIVE = `${OPEN_DELIVERABLE} AND c.stage NOT IN ${ENDED_STAGES_SQL} AND ${SHOWN_COLLABORATION}`;
const statementsFor = statementCache((sqlite) => ({
  counts: sqlite.prepare(`
    SELECT COUNT(*) FILTER (WHERE m.due_at < @at) AS overdue,
           COUNT(*) FILTER (WHERE m.due_at >= @at AND m.due_at <= @endOfToday) AS dueToday,
           COUNT(*) FILTER (WHERE m.due_at >= @at) AS dueThisWeek
    FROM milestones m JOIN collaborations c ON c.id = m.collaboration_id
    WHERE ${ACTIVE} AND m.due_at <= @endOfWeek`),
  next: sqlite.prepare(`
    SELECT m.collaboration_id AS collaborationId, cr.name AS creatorName, m.key, m.name, m.party, m.due_date AS dueDate,
           m.due_at AS dueAt, m.due_at < @at AS overdue
    FROM milestones m JOIN collaborations c ON c.id = m.collaboration_id JOIN creators cr ON cr.id = c.creator_id
    WHERE ${ACTIVE} AND m.due_at IS NOT NULL
    ORDER BY m.due_at, m.id LIMIT @limit`),
}));

/** Open deadlines overdue, due today and due this week, for the tray and the header. */
export function reminderCounts(ctx: Ctx, input: z.output<typeof DueInput>): ReminderCounts {
  const now = asOfDate(ctx, input.asOf);
  const { timeZone } = getSettings(ctx);
  const at = now.toISOString();
  const today = dateInZone(now, timeZone);
  const q = statementsFor(ctx.db.$client);
  const counts = q.counts.get({ at, endOfToday: endOfDateInZone(today, timeZone), endOfWeek: endOfDateInZone(dueWeekEnd(today), timeZone) }) as Omit<ReminderCounts, 'unread' | 'next'>;
  const next = (q.next.all({ at, limit: 5 }) as (Omit<NextDeadline, 'overdue'> & { overdue: number })[]).map((n) => ({ ...n, overdue: Boolean(n.overdue) }));
  const unread = ctx.db.select({ n: sql<number>`count(*)` }).from(notifications).where(unreadAt(at)).get()?.n ?? 0;
  return { ...counts, unread, next };
}
