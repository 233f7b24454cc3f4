import { and, eq, inArray, isNull, lte } from 'drizzle-orm';
import { clockTimeInZone, dateInZone } from '../../../shared/dates';
import type { DueItem, TickResult } from '../../../shared/reminders/schemas';
import { isQuietAt, type NotifySettings } from '../../../shared/reminders/settings';
import type { Db } from '../../db/client';
import { notifications, schedulerState } from '../../db/schema';
import { statementCache } from '../../db/statements';
import type { Ctx, Tx } from '../context';
import { appendEvent } from '../events';
import { getSettings } from '../settings';
import { dueItem } from './dueItem';
import { findDueFacts } from './findDue';
import { popsFor } from './pops';
import { isDateToNotice } from '../../../shared/reminders/items';

/** Ticks further apart than this mean the app was closed or the laptop slept. */
export const MISSED_TICK_MS = 5 * 60_000;

export interface TickSettings {
  timeZone: string;
  notify: NotifySettings;
}

/** One look at the app's clock with the stored settings: what the reminder worker and `notifications.check` run. */
export function checkReminders(ctx: Ctx): TickResult {
  return runTick(ctx, ctx.clock.now(), getSettings(ctx));
}

/**
 * One look at the clock: records each reminder that became due (once, ever), closes the ones whose
 * obligation was met, and says what to pop up. Everything in one transaction, so a crash halfway
 * neither loses a reminder nor fires one twice; begun IMMEDIATE, so a write elsewhere makes it
 * wait rather than fail (it reads first, and a deferred one could not then take the write lock).
 */
export function runTick(ctx: Ctx, now: Date, settings: TickSettings): TickResult {
  const at = now.toISOString();
  return ctx.db.transaction((tx) => {
    const due = findDueFacts(ctx.db, now, settings);
    const open = openReminders(ctx.db);
    const known = new Set(open.map((n) => `${n.item}|${n.kind}|${n.occurrence}`));
    // Most ticks find nothing new: only reminders not already open are written.
    const today = dateInZone(now, settings.timeZone);
    const fired = due.filter((d) => !known.has(`${d.item}|${d.kind}|${d.occurrence}`) && recordFired(ctx, tx, dueItem(d, today), at)).length;
    const stillDue = new Set(due.map((d) => d.item));
    // Dates to notice (licence end, minimum live time) are never met: they stay until read.
    const met = open.filter((n) => !stillDue.has(n.item) && !isDateToNotice(n.item));
    const closed = closeMet(tx, met.map((n) => n.id), at);
    // A snooze that ran out pops up again.
    tx.update(notifications)
      .set({ snoozedUntil: null, shownAt: null })
      .where(and(lte(notifications.snoozedUntil, at), isNull(notifications.closedAt), isNull(notifications.acknowledgedAt)))
      .run();

    const last = tx.select().from(schedulerState).where(eq(schedulerState.id, 1)).get();
    tx.insert(schedulerState).values({ id: 1, lastTickAt: at }).onConflictDoUpdate({ target: schedulerState.id, set: { lastTickAt: at } }).run();
    const caughtUp = last === undefined || now.getTime() - Date.parse(last.lastTickAt) > MISSED_TICK_MS;

    const quiet = isQuietAt(clockTimeInZone(now, settings.timeZone), settings.notify.quietHours);
    if (quiet) return { at, fired, closed, quiet, pops: [] };

    const pending = tx
      .select()
      .from(notifications)
      .where(and(isNull(notifications.closedAt), isNull(notifications.acknowledgedAt), isNull(notifications.snoozedUntil), isNull(notifications.shownAt)))
      .orderBy(notifications.dueAt)
      .all();
    if (pending.length > 0) {
      tx.update(notifications).set({ shownAt: at }).where(inArray(notifications.id, pending.map((p) => p.id))).run();
    }
    return { at, fired, closed, quiet, pops: popsFor(pending, caughtUp, settings.timeZone, now) };
  }, { behavior: 'immediate' });
}

function recordFired(ctx: Ctx, tx: Tx, d: DueItem, at: string): boolean {
  const earlier = tx
    .select({ id: notifications.id, snoozedUntil: notifications.snoozedUntil })
    .from(notifications)
    .where(and(eq(notifications.item, d.item), isNull(notifications.closedAt)))
    .all();
  // A snooze holds for the obligation: tomorrow's "5 days late" does not cut short a snooze of today's.
  const snoozedUntil = earlier.map((e) => e.snoozedUntil).filter((u): u is string => u !== null && u > at).sort().pop() ?? null;
  const inserted = tx
    .insert(notifications)
    .values({ item: d.item, kind: d.kind, occurrence: d.occurrence, collaborationId: d.collaborationId, party: d.party, facts: d.facts, dueAt: d.dueAt, firedAt: at, snoozedUntil })
    .onConflictDoNothing()
    .returning({ id: notifications.id })
    .all()[0];
  if (!inserted) return false;
  // The newest reminder of an obligation replaces the earlier ones ("due tomorrow" → "due today").
  if (earlier.length > 0) {
    tx.update(notifications).set({ closedAt: at }).where(inArray(notifications.id, earlier.map((e) => e.id))).run();
  }
  appendEvent(ctx, tx, {
    type: 'notification.fired',
    collaborationId: d.collaborationId,
    at,
    data: { notificationId: inserted.id, kind: d.kind, occurrence: d.occurrence, party: d.party, facts: d.facts, dueAt: d.dueAt },
  });
  return true;
}

/** Reminders whose obligation is no longer due (delivered, replied, stage ended) close themselves. */
function closeMet(tx: Tx, ids: number[], at: string): number {
  for (let i = 0; i < ids.length; i += 500) {
    tx.update(notifications).set({ closedAt: at }).where(inArray(notifications.id, ids.slice(i, i + 500))).run();
  }
  return ids.length;
}

interface OpenReminder {
  id: number;
  item: string;
  kind: string;
  occurrence: number;
}

/** Through the partial index on open reminders: the table itself keeps every reminder ever fired. */
const openReminderStatement = statementCache((sqlite) =>
  sqlite.prepare<[], OpenReminder>('SELECT id, item, kind, occurrence FROM notifications WHERE closed_at IS NULL'),
);

function openReminders(db: Db): OpenReminder[] {
  return openReminderStatement(db.$client).all();
}
