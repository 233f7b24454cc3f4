import { GIFT_FOLLOW_UP_DAYS } from '../../../shared/rules/gifting';
import type { DeadlineKind } from '../../../shared/contract/schedule';
import { addCalendarDays, calendarDaysBetween, dateInZone, endOfDateInZone } from '../../../shared/dates';
import { HOUR_MS } from '../../../shared/rules/health';
import { DEFAULT_REPLY_SLA_HOURS, isReplyOverdue, replyDueMs } from '../../../shared/rules/replyState';
import { isDeliverable } from '../../../shared/rules/deadlineKinds';
import type { DueItem } from '../../../shared/reminders/schemas';
import type { NotifySettings } from '../../../shared/reminders/settings';
import type { Db } from '../../db/client';
import { statementCache } from '../../db/statements';
import { AWAITING_POST_STAGES } from '../../../shared/rules/stageGroups';
import { ENDED_STAGES_SQL, NEVER_STARTED_SQL, OPEN_DELIVERABLE, REMINDER_ONLY_KINDS_SQL, REPLY_SLA_HOURS_SQL, SHOWN_COLLABORATION, sqlList } from '../../db/sqlFragments';
import { dueItem } from './dueItem';
import type { DueFact } from './dueFact';
import { deadlineItem } from '../../../shared/reminders/items';
import { dueCheckIns } from './checkIns';

/*
 * What needs attention at an instant: for each dated obligation only its most urgent reminder
 * (overdue > due today > the shortest lead time reached), so a laptop that slept through
 * "due in 48 h" and "due today" wakes up to "overdue" alone.
 */

export interface DueOptions {
  timeZone: string;
  notify: Pick<NotifySettings, 'groups' | 'leadHours'>;
}

const LICENCE_STEPS = [0, 3, 14] as const;
/** A date that has passed still reminds for this long, for a laptop that slept through it. */
const PASSED_DATE_CATCH_UP_DAYS = 7;

interface DeadlineRow {
  id: number;
  collaborationId: number;
  key: string;
  name: string;
  party: 'creator' | 'brand';
  kind: DeadlineKind;
  dueDate: string;
  dueAt: string;
  creatorName: string;
}

const statementsFor = statementCache((sqlite) => {
  const deadlineColumns = `m.id, m.collaboration_id AS collaborationId, m.key, m.name, m.party, m.kind, m.due_date AS dueDate,
    m.due_at AS dueAt, cr.name AS creatorName`;
  const joins = `JOIN collaborations c ON c.id = m.collaboration_id JOIN creators cr ON cr.id = c.creator_id`;
  return {
    // Open deliverables up to the horizon, through the partial index on their due time.
    openDeadlines: sqlite.prepare<[string], DeadlineRow>(`
      SELECT ${deadlineColumns} FROM milestones m ${joins}
      WHERE ${OPEN_DELIVERABLE} AND m.due_at <= ? AND c.stage NOT IN ${ENDED_STAGES_SQL} AND ${SHOWN_COLLABORATION}`),
    datedReminders: sqlite.prepare<[string, string], DeadlineRow>(`
      SELECT ${deadlineColumns} FROM milestones m ${joins}
      WHERE m.kind IN ${REMINDER_ONLY_KINDS_SQL} AND m.due_at BETWEEN ? AND ? AND c.stage NOT IN ${NEVER_STARTED_SQL} AND ${SHOWN_COLLABORATION}`),
    awaitingReply: sqlite.prepare<[], { collaborationId: number; since: string; hours: number | null; creatorName: string }>(`
      SELECT c.id AS collaborationId, c.awaiting_reply_since AS since, ${REPLY_SLA_HOURS_SQL} AS hours, cr.name AS creatorName
      FROM collaborations c JOIN creators cr ON cr.id = c.creator_id
      LEFT JOIN contracts k ON k.collaboration_id = c.id AND k.in_force_version IS NOT NULL
      WHERE c.awaiting_reply_since IS NOT NULL AND c.stage NOT IN ${ENDED_STAGES_SQL} AND ${SHOWN_COLLABORATION}`),
    // Gifts: no fee, product arrived, nothing published yet.
    gifts: sqlite.prepare<[], { collaborationId: number; receivedOn: string; creatorName: string }>(`
      SELECT c.id AS collaborationId, c.product_received_on AS receivedOn, cr.name AS creatorName
      FROM collaborations c JOIN creators cr ON cr.id = c.creator_id
      WHERE c.stage IN ${sqlList(AWAITING_POST_STAGES)} AND c.fee_minor = 0
        AND c.product_received_on IS NOT NULL AND c.expects_post = 1 AND ${SHOWN_COLLABORATION}`),
  };
});

export function findDue(db: Db, now: Date, options: DueOptions): DueItem[] {
  const today = dateInZone(now, options.timeZone);
  return findDueFacts(db, now, options).map((fact) => dueItem(fact, today));
}

export function findDueFacts(db: Db, now: Date, options: DueOptions): DueFact[] {
  const { groups, leadHours } = options.notify;
  const nowMs = now.getTime();
  const today = dateInZone(now, options.timeZone);
  const q = statementsFor(db.$client);
  const out: DueFact[] = [];
  const push = (fact: DueFact) => out.push(fact);

  if (groups.creatorDeadlines || groups.brandDuties) {
    const horizon = endOfDateInZone(addCalendarDays(today, Math.max(0, ...leadHours.map(leadDays))), options.timeZone);
    for (const d of q.openDeadlines.all(horizon)) {
      const group = d.party === 'brand' ? 'brandDuties' : 'creatorDeadlines';
      if (!groups[group]) continue;
      const reminder = deadlineReminder(d, nowMs, today, leadHours);
      if (reminder) push({ ...base(d, 'milestone'), group, ...reminder });
    }
  }

  if (groups.usageDates) {
    const from = new Date(nowMs - (PASSED_DATE_CATCH_UP_DAYS + 1) * 24 * HOUR_MS).toISOString();
    const to = new Date(nowMs + (LICENCE_STEPS[2] + 1) * 24 * HOUR_MS).toISOString();
    for (const d of q.datedReminders.all(from, to)) {
      const left = calendarDaysBetween(today, d.dueDate);
      if (left < -PASSED_DATE_CATCH_UP_DAYS) continue;
      if (d.kind === 'licence_expiry') {
        const step = LICENCE_STEPS.find((s) => left <= s);
        if (step !== undefined) push({ ...base(d, 'date'), group: 'usageDates', kind: 'licence_expiring', occurrence: step });
      } else if (left <= 0) {
        push({ ...base(d, 'date'), group: 'usageDates', kind: 'min_live_end', occurrence: 0 });
      }
    }
  }

  if (groups.replySla) {
    for (const r of q.awaitingReply.all()) {
      const clock = { awaitingReplySince: r.since, replySlaHours: r.hours ?? DEFAULT_REPLY_SLA_HOURS };
      if (!isReplyOverdue(clock, nowMs)) continue;
      const dueAt = new Date(replyDueMs(r.since, clock.replySlaHours)).toISOString();
      push({
        item: `sla:${r.collaborationId}:${r.since}`,
        kind: 'sla_breached',
        occurrence: 0,
        group: 'replySla',
        collaborationId: r.collaborationId,
        creatorName: r.creatorName,
        subject: null,
        since: r.since,
        party: 'creator',
        dueAt,
        dueDate: dateInZone(dueAt, options.timeZone),
      });
    }
  }

  if (groups.gifting) {
    for (const g of q.gifts.all()) {
      const days = calendarDaysBetween(g.receivedOn, today);
      const step = GIFT_FOLLOW_UP_DAYS.find((s) => days >= s);
      if (step === undefined) continue;
      push({
        item: `gifting:${g.collaborationId}`,
        kind: 'gifting_followup',
        occurrence: step,
        group: 'gifting',
        collaborationId: g.collaborationId,
        creatorName: g.creatorName,
        subject: null,
        since: g.receivedOn,
        party: 'creator',
        dueAt: endOfDateInZone(addCalendarDays(g.receivedOn, step), options.timeZone),
        dueDate: addCalendarDays(g.receivedOn, step),
      });
    }
  }

  if (groups.checkIns) out.push(...dueCheckIns(db, today, options.timeZone));
  return out;
}

/**
 * The obligation a reminder is about, with its date: when a deadline moves (a corrected date, a
 * new contract version) it is a new obligation and its reminders start again. `date:` items are
 * dates to notice, never "met", so they are not closed when they age out of view.
 */
function base(d: DeadlineRow, prefix: 'milestone' | 'date') {
  return {
    item: deadlineItem(prefix, d.id, d.dueDate),
    collaborationId: d.collaborationId,
    creatorName: d.creatorName,
    subject: d.name,
    subjectKey: d.key,
    party: d.party,
    dueAt: d.dueAt,
    dueDate: d.dueDate,
  };
}

/** A lead of a day or more reminds from the start of a calendar day; a shorter one by the hour. */
const leadDays = (hours: number) => (hours >= 24 ? Math.ceil(hours / 24) : 0);

/**
 * Most urgent first: overdue; on the due date, a lead of hours once reached, else "due today";
 * before it, the nearest lead of days reached, counted in calendar days of the brand's zone (so a
 * reminder never says "in 2 days" of a deadline due tomorrow, DST or not).
 */
function deadlineReminder(d: DeadlineRow, nowMs: number, today: string, leadHours: readonly number[]) {
  if (!isDeliverable(d.kind)) return null;
  const left = Date.parse(d.dueAt) - nowMs;
  if (left < 0) return { kind: 'overdue' as const, occurrence: calendarDaysBetween(d.dueDate, today) };
  const ascending = [...leadHours].sort((a, b) => a - b);
  if (today === d.dueDate) {
    const hours = ascending.find((h) => h < 24 && left <= h * HOUR_MS);
    return hours === undefined ? { kind: 'due_today' as const, occurrence: 0 } : { kind: 'due_soon' as const, occurrence: hours };
  }
  const daysLeft = calendarDaysBetween(today, d.dueDate);
  const lead = ascending.find((h) => h >= 24 && daysLeft <= leadDays(h));
  return lead === undefined ? null : { kind: 'due_soon' as const, occurrence: lead };
}
