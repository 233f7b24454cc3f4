import { createServer, type Server } from 'node:http';
import { translator } from '../../shared/i18n/createI18n';
import { brandLocale } from '../services/brandLocale';
import type { Ctx } from '../services/context';
import { feedContent, routeFeedRequest } from '../services/calendarFeed';
import type { BackgroundWorker } from './worker';

export interface CalendarFeedDeps {
  ctx: Ctx;
  /** 0 picks any free port (tests). */
  port: number;
  /** A calendar app's link was followed: show that card in the app. */
  openCard(collaborationId: number): void;
  onError?: (error: unknown) => void;
}

const openedPage = (lang: string, text: string) => `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>Followthrough</title>
<body style="font-family:system-ui,sans-serif;margin:3rem">${text}</body></html>`;

/** What the feed says to a person, in the brand's language (the words are the catalog's own, so nothing to escape). */
function feedWords(ctx: Ctx) {
  const locale = brandLocale(ctx);
  const t = translator(locale);
  return {
    opened: () => openedPage(locale, t('ics.feedOpened', { ns: 'reminders' })),
    notFound: () => t('ics.feedNotFound', { ns: 'reminders' }),
    unreadable: () => t('ics.feedUnreadable', { ns: 'reminders' }),
  };
}

/** Said even when the database cannot be read: then in English rather than not at all. */
function unreadable(ctx: Ctx): string {
  try {
    return feedWords(ctx).unreadable();
  } catch {
    return 'The calendar could not be read just now.';
  }
}

/**
 * Serves the live calendar feed on the loopback: the calendar (GET) and the links back to cards.
 * A port another program holds is reported (calendar.feed says so), not swapped for another one,
 * since the calendars subscribed to this address would stop hearing from it.
 */
export class CalendarFeedWorker implements BackgroundWorker {
  readonly name = 'Calendar feed';
  private server: Server | null = null;

  constructor(private readonly deps: CalendarFeedDeps) {}

  get running(): boolean {
    return this.server !== null;
  }

  start(): void {
    if (this.server) return;
    const { ctx } = this.deps;
    const state = { port: this.deps.port, problem: 'not_running' as 'port_in_use' | 'not_running' | null };
    ctx.calendarFeed = state;
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      try {
        const route = routeFeedRequest(ctx, path);
        if (route.kind === 'feed') {
          res.writeHead(200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'no-store' }).end(feedContent(ctx));
        } else if (route.kind === 'open') {
          this.deps.openCard(route.collaborationId);
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(feedWords(ctx).opened());
        } else {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(feedWords(ctx).notFound());
        }
      } catch (error) {
        this.deps.onError?.(error);
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(unreadable(ctx));
      }
    });
    server.on('error', (error: NodeJS.ErrnoException) => {
      state.problem = error.code === 'EADDRINUSE' ? 'port_in_use' : 'not_running';
      if (error.code !== 'EADDRINUSE') this.deps.onError?.(error);
    });
    server.listen(this.deps.port, '127.0.0.1', () => {
      const address = server.address();
      if (address && typeof address === 'object') state.port = address.port;
      state.problem = null;
    });
    this.server = server;
  }

  stop(): void {
    const server = this.server;
    if (!server) return;
    this.server = null;
    server.close();
    server.closeAllConnections();
    if (this.deps.ctx.calendarFeed) this.deps.ctx.calendarFeed.problem = 'not_running';
  }
}
