import { sql, type SQL } from 'drizzle-orm';
import { SHOWN_COLLABORATION } from '../db/sqlFragments';
import ical from 'ical-generator';
import type { z } from 'zod';
import type { CalendarEntry, CalendarIcs, CalendarIcsInput, CalendarInput } from '../../shared/calendar';
import { addCalendarDays, dateInZone, endOfDateInZone } from '../../shared/dates';
import { icsText } from '../../shared/plainText';
import type { Ctx } from './context';
import { type DeadlineRow, toDeadline } from './deadlines';
import { getSettings } from './settings';

/** Every dated obligation across collaborations: the Calendar page and the .ics export. */

type Row = DeadlineRow & { creatorId: number; creatorName: string; campaignId: number | null; campaignName: string | null };

const ENDED_STAGES = sql`('terminated', 'declined')`;

function readEntries(ctx: Ctx, where: SQL[], asOf: Date): CalendarEntry[] {
  const { timeZone } = getSettings(ctx);
  const rows = ctx.db.all<Row>(sql`
    SELECT m.id, m.collaboration_id AS collaborationId, m.key, m.name, m.party, m.kind, m.deductible, m.basis, m.sort,
           m.contract_version AS contractVersion, m.due_date AS dueDate, m.due_at AS dueAt,
           m.delivered_at AS deliveredAt, m.delivered_on AS deliveredOn,
           c.creator_id AS creatorId, cr.name AS creatorName, c.campaign_id AS campaignId, ca.name AS campaignName
    FROM milestones m
    JOIN collaborations c ON c.id = m.collaboration_id
    JOIN creators cr ON cr.id = c.creator_id
    LEFT JOIN campaigns ca ON ca.id = c.campaign_id
    WHERE m.due_at IS NOT NULL AND c.stage NOT IN ${ENDED_STAGES} AND ${sql.raw(SHOWN_COLLABORATION)} AND ${sql.join(where, sql` AND `)}
    ORDER BY m.due_at, cr.name, m.sort`);
  const asOfDate = dateInZone(asOf, timeZone);
  return rows.map((row) => {
    const d = toDeadline(row, asOf.getTime(), asOfDate);
    return {
      id: d.id,
      collaborationId: d.collaborationId,
      creatorId: row.creatorId,
      creatorName: row.creatorName,
      campaignId: row.campaignId,
      campaignName: row.campaignName,
      name: d.name,
      party: d.party,
      kind: d.kind,
      dueDate: d.dueDate!,
      dueAt: d.dueAt!,
      deliveredOn: d.deliveredOn,
      status: d.status,
      daysLate: d.daysLate,
    };
  });
}

function filters(input: { campaignId?: number; creatorId?: number }): SQL[] {
  const where: SQL[] = [];
  if (input.campaignId !== undefined) where.push(sql`c.campaign_id = ${input.campaignId}`);
  if (input.creatorId !== undefined) where.push(sql`c.creator_id = ${input.creatorId}`);
  return where;
}

export function listCalendar(ctx: Ctx, input: z.output<typeof CalendarInput>): CalendarEntry[] {
  const { timeZone } = getSettings(ctx);
  const asOf = input.asOf ? new Date(input.asOf) : ctx.clock.now();
  // Through the index on the due instant: a date range in the brand's zone is a range of instants.
  const where = [
    sql`m.due_at > ${endOfDateInZone(addCalendarDays(input.from, -1), timeZone)}`,
    sql`m.due_at <= ${endOfDateInZone(input.to, timeZone)}`,
    ...filters(input),
  ];
  if (input.openOnly) where.push(sql`m.delivered_at IS NULL`);
  return readEntries(ctx, where, asOf);
}

const STATUS_WORDS: Partial<Record<CalendarEntry['status'], string>> = {
  done_on_time: 'done',
  done_late: 'done late',
  overdue: 'overdue',
};

/** Every deadline as an all-day event on its due date, for the user's own calendar app. */
export function exportCalendar(ctx: Ctx, input: z.output<typeof CalendarIcsInput>): CalendarIcs {
  const { brandName, timeZone } = getSettings(ctx);
  const asOf = input.asOf ? new Date(input.asOf) : ctx.clock.now();
  const where = filters(input);
  const entries = readEntries(ctx, where.length > 0 ? where : [sql`1`], asOf);
  // No calendar time zone: with one, ical-generator writes all-day dates in the computer's own zone, a day early west of UTC.
  // ical-generator escapes commas, semicolons and line breaks but passes control characters through.
  const calendar = ical({ name: icsText(`${brandName || 'Followthrough'} deadlines`), prodId: { company: 'Followthrough', product: 'Deadlines' } });
  for (const e of entries) {
    const status = STATUS_WORDS[e.status];
    const who = e.party === 'brand' ? `You (with ${e.creatorName})` : e.creatorName;
    calendar.createEvent({
      id: `deadline-${e.id}@followthrough`,
      stamp: asOf,
      start: e.dueDate,
      allDay: true,
      summary: icsText(`${who}: ${e.name}${status ? ` (${status})` : ''}`),
      description: icsText(
        [e.campaignName ? `Campaign: ${e.campaignName}` : null, e.deliveredOn ? `Delivered ${e.deliveredOn}` : `Due ${e.dueDate}`].filter(Boolean).join('\n'),
      ),
    });
  }
  const stamp = dateInZone(asOf, timeZone);
  return { filename: `followthrough-deadlines-${stamp}.ics`, content: calendar.toString() };
}
