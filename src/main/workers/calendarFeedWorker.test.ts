import { createServer } from 'node:net';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calendarFeed, renewCalendarFeed } from '../services/calendarFeed';
import { contracted } from '../testing/contracted';
import { testContext } from '../testing/context';
import { deliverMilestone } from '../services/deadlines';
import { CalendarFeedWorker } from './calendarFeedWorker';

let ctx: ReturnType<typeof testContext>;
let worker: CalendarFeedWorker | null = null;
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
});
afterEach(() => {
  worker?.stop();
  worker = null;
  ctx.cleanup();
});

async function started(port = 0, openCard = vi.fn()) {
  worker = new CalendarFeedWorker({ ctx, port, openCard });
  worker.start();
  await vi.waitFor(() => expect(calendarFeed(ctx).problem).not.toBe('not_running'));
  return { openCard };
}

const eventsOf = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');

describe('the live calendar feed', () => {
  it('serves every deadline at its webcal address, with an alarm the day before for what is open and a link back to the card', async () => {
    const mia = contracted(ctx, { creatorName: 'Mia Chen', productReceivedOn: '2026-03-02' });
    await started();
    const feed = calendarFeed(ctx);
    expect(feed.problem).toBeNull();
    expect(feed.webcalUrl).toMatch(/^webcal:\/\/127\.0\.0\.1:\d+\/calendar\/[A-Za-z0-9_-]{20,}\.ics$/);
    expect(feed.httpUrl).toBe(feed.webcalUrl.replace('webcal://', 'http://'));

    const answer = await fetch(feed.httpUrl);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/calendar/);
    const events = eventsOf(await answer.text());
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      expect(event.getFirstPropertyValue('url')).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${feed.port}/calendar/[^/]+/open/${mia.collaborationId}$`));
      const alarm = event.getFirstSubcomponent('valarm')!;
      expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
      expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-PT15H');
    }
  });

  it('keeps a delivered deadline in the feed without an alarm', async () => {
    const mia = contracted(ctx, { creatorName: 'Mia Chen', productReceivedOn: '2026-03-02' });
    const deadlines = ctx.db.$client.prepare('SELECT id, name FROM milestones WHERE collaboration_id = ? AND due_at IS NOT NULL ORDER BY sort').all(mia.collaborationId) as { id: number; name: string }[];
    const first = deadlines[0]!;
    deliverMilestone(ctx, { id: first.id, at: '2026-03-04T10:00:00.000Z' });
    await started();
    const events = eventsOf(await (await fetch(calendarFeed(ctx).httpUrl)).text());
    const delivered = events.find((e) => String(e.getFirstPropertyValue('summary')).includes(first.name))!;
    expect(delivered.getFirstSubcomponent('valarm')).toBeNull();
    expect(events.filter((e) => e.getFirstSubcomponent('valarm'))).toHaveLength(events.length - 1);
  });

  it('opens the card when a calendar app follows the link, and answers nothing to a wrong or renewed address', async () => {
    const mia = contracted(ctx, { creatorName: 'Mia Chen', productReceivedOn: '2026-03-02' });
    const { openCard } = await started();
    const before = calendarFeed(ctx);
    const link = `${before.httpUrl.replace(/\.ics$/, '')}/open/${mia.collaborationId}`;
    const opened = await fetch(link);
    expect(opened.status).toBe(200);
    expect(openCard).toHaveBeenCalledWith(mia.collaborationId);

    expect((await fetch(before.httpUrl.replace(/\/calendar\/[^/]+\.ics$/, '/calendar/guessed-token-guessed-token.ics'))).status).toBe(404);
    const renewed = renewCalendarFeed(ctx);
    expect(renewed.httpUrl).not.toBe(before.httpUrl);
    expect((await fetch(before.httpUrl)).status).toBe(404);
    expect((await fetch(link)).status).toBe(404);
    expect(openCard).toHaveBeenCalledTimes(1);
    expect((await fetch(renewed.httpUrl)).status).toBe(200);
    expect(calendarFeed(ctx).httpUrl).toBe(renewed.httpUrl);
  });

  it('says so when another program holds its port, instead of moving to another address', async () => {
    const holder = createServer();
    await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
    const port = (holder.address() as { port: number }).port;
    try {
      worker = new CalendarFeedWorker({ ctx, port, openCard: vi.fn() });
      worker.start();
      await vi.waitFor(() => expect(calendarFeed(ctx).problem).toBe('port_in_use'));
      expect(calendarFeed(ctx).port).toBe(port);
    } finally {
      holder.close();
    }
  });

  it('is reported as not running before it starts and after it stops', async () => {
    expect(calendarFeed(ctx).problem).toBe('not_running');
    await started();
    worker!.stop();
    expect(calendarFeed(ctx).problem).toBe('not_running');
  });
});
