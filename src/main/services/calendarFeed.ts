import { dirname } from 'node:path';
import type { CalendarFeed } from '../../shared/calendar';
import { feedTokenOf, renewFeedToken } from '../db/feedToken';
import { exportCalendar } from './calendar';
import type { Ctx } from './context';

/*
 * The live calendar feed. Calendar apps cannot send the app's token, so the feed has a secret of its
 * own in its address; it reads deadlines only, and its one other address asks the open app to show
 * a card. It is served on a fixed port of this computer (not the app's), so the address a calendar
 * app subscribed to keeps working from one start to the next.
 */

/** The feed's port unless FOLLOWTHROUGH_FEED_PORT says otherwise. */
export const DEFAULT_FEED_PORT = 5198;

const dataDirOf = (ctx: Ctx) => dirname(ctx.db.$client.name);

const feedPath = (token: string) => `/calendar/${token}.ics`;
/** Opens the card of a collaboration in the running app. */
export const openCardPath = (token: string, collaborationId: number) => `/calendar/${token}/open/${collaborationId}`;

function describe(ctx: Ctx, token: string): CalendarFeed {
  const port = ctx.calendarFeed?.port ?? DEFAULT_FEED_PORT;
  const where = `127.0.0.1:${port}${feedPath(token)}`;
  return { webcalUrl: `webcal://${where}`, httpUrl: `http://${where}`, port, problem: ctx.calendarFeed ? ctx.calendarFeed.problem : 'not_running' };
}

export function calendarFeed(ctx: Ctx): CalendarFeed {
  return describe(ctx, feedTokenOf(dataDirOf(ctx)));
}

/** A new address: calendars subscribed to the old one stop getting updates. */
export function renewCalendarFeed(ctx: Ctx): CalendarFeed {
  return describe(ctx, renewFeedToken(dataDirOf(ctx)));
}

/** What the feed's server answers for a path: the calendar, a card to open, or nothing (wrong or old token). */
export type FeedRequest = { kind: 'feed' } | { kind: 'open'; collaborationId: number } | { kind: 'unknown' };

export function routeFeedRequest(ctx: Ctx, path: string): FeedRequest {
  const token = feedTokenOf(dataDirOf(ctx));
  if (path === feedPath(token)) return { kind: 'feed' };
  const open = /^\/calendar\/([^/]+)\/open\/(\d{1,9})$/.exec(path);
  if (open && open[1] === token) return { kind: 'open', collaborationId: Number(open[2]) };
  return { kind: 'unknown' };
}

/** The feed itself: every deadline, with an alarm the day before and a link back to its card. */
export function feedContent(ctx: Ctx): string {
  const token = feedTokenOf(dataDirOf(ctx));
  const port = ctx.calendarFeed?.port ?? DEFAULT_FEED_PORT;
  return exportCalendar(ctx, {}, { openUrl: (id) => `http://127.0.0.1:${port}${openCardPath(token, id)}` }).content;
}
