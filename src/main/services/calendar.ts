import { and, eq, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import ical, { ICalAlarmType, type ICalCalendar } from 'ical-generator';
import type { z } from 'zod';
import type { CalendarEntry, CalendarIcs, CalendarIcsInput, CalendarInput } from '../../shared/calendar';
import { addCalendarDays, dateInZone, endOfDateInZone } from '../../shared/dates';
import { sayIn, translator } from '../../shared/i18n/createI18n';
import { deadlineName } from '../../shared/deadlines/names';
import type { Words } from '../../shared/reminders/words';
import { icsText } from '../../shared/plainText';
import { ENDED_EARLY_STAGES } from '../../shared/rules/stageGroups';
import { aliased } from '../db/aliases';
import { campaigns } from '../db/schema';
import { SHOWN_COLLABORATION, sqlList } from '../db/sqlFragments';
import { brandLocale } from './brandLocale';
import type { Ctx } from './context';
import { toDeadline } from './deadlines';
import { getSettings } from './settings';

/** Every dated obligation across collaborations: the Calendar page and the .ics export. */

const { m, c, cr, ca } = aliased;

const ENDED_EARLY = sql.raw(sqlList(ENDED_EARLY_STAGES));

function readEntries(ctx: Ctx, where: SQL[], asOf: Date): CalendarEntry[] {
  const { timeZone } = getSettings(ctx);
  const rows = ctx.db
    .select({ milestone: m, creatorId: c.creatorId, creatorName: cr.name, campaignId: c.campaignId, campaignName: ca.name })
    .from(m)
    .innerJoin(c, eq(c.id, m.collaborationId))
    .innerJoin(cr, eq(cr.id, c.creatorId))
    .leftJoin(ca, eq(ca.id, c.campaignId))
    .where(sql`m.due_at IS NOT NULL AND c.stage NOT IN ${ENDED_EARLY} AND ${sql.raw(SHOWN_COLLABORATION)} AND ${sql.join(where, sql` AND `)}`)
    .orderBy(m.dueAt, cr.name, m.sort)
    .all();
  const asOfDate = dateInZone(asOf, timeZone);
  return rows.map((row) => {
    const d = toDeadline(row.milestone, asOf.getTime(), asOfDate);
    return {
      id: d.id,
      collaborationId: d.collaborationId,
      creatorId: row.creatorId,
      creatorName: row.creatorName,
      campaignId: row.campaignId,
      campaignName: row.campaignName,
      key: d.key,
      name: d.name,
      party: d.party,
      kind: d.kind,
      dueDate: d.dueDate!,
      dueAt: d.dueAt!,
      originalDueDate: d.originalDueDate,
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

const ns = 'reminders';

/** What the live feed adds to each event: an alarm, and a link that opens the card in the app. */
export interface FeedExtras {
  openUrl(collaborationId: number): string;
}

// An all-day event starts at midnight: 15 hours before is 09:00 on the day before.
const ALARM_BEFORE_SECONDS = 15 * 3600;

/** Every deadline as an all-day event on its due date, for the user's own calendar app. */
export function exportCalendar(ctx: Ctx, input: z.output<typeof CalendarIcsInput>, extras?: FeedExtras): CalendarIcs {
  const { brandName, timeZone } = getSettings(ctx);
  // The brand reads its calendar in its own language; dates stay as the calendar app shows them.
  const locale = brandLocale(ctx);
  const t: Words = translator(locale);
  const say = sayIn(locale);
  const asOf = input.asOf ? new Date(input.asOf) : ctx.clock.now();
  const where = filters(input);
  const entries = readEntries(ctx, where.length > 0 ? where : [sql`1`], asOf);
  // No calendar time zone: with one, ical-generator writes all-day dates in the computer's own zone, a day early west of UTC.
  // ical-generator escapes commas, semicolons and line breaks but passes control characters through.
  const name = brandName ? t('ics.calendarName', { ns, brand: brandName }) : t('ics.calendarNameDefault', { ns });
  const calendar = ical({ name: icsText(name), prodId: { company: 'Followthrough', product: 'Deadlines' } });
  // Subscribed calendar apps look again every hour.
  if (extras) calendar.ttl(3600);
  for (const e of entries) {
    const who = { ns, party: e.party, creator: e.creatorName, name: deadlineName(e, say) };
    const withStatus = e.status === 'done_on_time' || e.status === 'done_late' || e.status === 'overdue';
    const event = calendar.createEvent({
      id: `deadline-${e.id}@followthrough`,
      stamp: asOf,
      start: e.dueDate,
      allDay: true,
      summary: icsText(withStatus ? t('ics.summaryStatus', { ...who, status: e.status }) : t('ics.summary', who)),
      description: icsText(
        [
          e.campaignName ? t('ics.campaign', { ns, name: e.campaignName }) : null,
          e.deliveredOn ? t('ics.delivered', { ns, date: e.deliveredOn }) : t('ics.due', { ns, date: e.dueDate }),
          e.originalDueDate ? t('ics.moved', { ns, date: e.originalDueDate }) : null,
        ]
          .filter(Boolean)
          .join('\n'),
      ),
      ...(extras ? { url: extras.openUrl(e.collaborationId) } : {}),
    });
    // Only what is still to be done rings; a delivered deadline stays in the calendar quietly.
    if (extras && !e.deliveredOn) {
      event.createAlarm({ type: ICalAlarmType.display, trigger: ALARM_BEFORE_SECONDS, description: icsText(t('ics.alarm', who)) });
    }
  }
  if (input.creatorId === undefined) addCampaignDays(ctx, calendar, asOf, input.campaignId, t);
  const stamp = dateInZone(asOf, timeZone);
  return { filename: `followthrough-deadlines-${stamp}.ics`, content: calendar.toString() };
}

/**
 * A dated campaign as one all-day event over the days it runs (an .ics end date is the day after),
 * or as its one known day when only the start or the end is set.
 */
function addCampaignDays(ctx: Ctx, calendar: ICalCalendar, asOf: Date, campaignId: number | undefined, t: Words) {
  const dated = ctx.db
    .select({ id: campaigns.id, name: campaigns.name, startDate: campaigns.startDate, endDate: campaigns.endDate })
    .from(campaigns)
    .where(and(eq(campaigns.visibility, 'shown'), or(isNotNull(campaigns.startDate), isNotNull(campaigns.endDate)), campaignId === undefined ? undefined : eq(campaigns.id, campaignId)))
    .orderBy(campaigns.id)
    .all();
  for (const c of dated) {
    const [start, end, summary] =
      c.startDate && c.endDate
        ? [c.startDate, c.endDate, t('ics.campaign', { ns, name: c.name })]
        : c.startDate
          ? [c.startDate, c.startDate, t('ics.campaignStarts', { ns, name: c.name })]
          : [c.endDate!, c.endDate!, t('ics.campaignEnds', { ns, name: c.name })];
    calendar.createEvent({ id: `campaign-${c.id}@followthrough`, stamp: asOf, start, end: addCalendarDays(end, 1), allDay: true, summary: icsText(summary) });
  }
}
