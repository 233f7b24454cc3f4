import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contracted } from '../testing/contracted';
import { testContext } from '../testing/context';
import { exportCalendar, listCalendar } from './calendar';
import { createCampaign, updateCampaign } from './campaigns';
import { updateCollaboration } from './collaborations';
import { updateSettings } from './settingsUpdate';

let ctx: ReturnType<typeof testContext>;
let mia: { collaborationId: number; creatorId: number };
let campaignId: number;
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
  updateSettings(ctx, { timeZone: 'America/New_York', brandName: 'Lumen' });
  campaignId = createCampaign(ctx, { name: 'Spring glow', currency: 'EUR', product: 'Glow serum', goals: '', targets: {}, budgetMinor: null }).id;
  mia = contracted(ctx, { creatorName: 'Mia <b>Chen</b>', productReceivedOn: '2026-03-02' });
  updateCollaboration(ctx, { id: mia.collaborationId, campaignId });
  contracted(ctx, { creatorName: 'Liu Yang', productReceivedOn: '2026-04-20' });
});
afterEach(() => ctx.cleanup());

const march = { from: '2026-03-01', to: '2026-03-31', openOnly: false } as const;

describe('the calendar', () => {
  it('lists every dated obligation in a month, by due date, with its status as of now', () => {
    const entries = listCalendar(ctx, march);
    expect(entries.map((e) => [e.dueDate, e.name, e.status])).toEqual([
      ['2026-03-05', 'Product feedback', 'overdue'],
      ['2026-03-09', 'Script', 'overdue'],
      ['2026-03-17', 'First draft', 'overdue'],
      ['2026-03-22', 'Final video published', 'overdue'],
    ]);
    expect(entries[3]).toMatchObject({ daysLate: 3, creatorName: 'Mia <b>Chen</b>', campaignName: 'Spring glow', party: 'creator' });
  });

  it('keeps the edges of the range in the brand zone and filters by campaign and creator', () => {
    expect(listCalendar(ctx, { ...march, from: '2026-03-22', to: '2026-03-22' }).map((e) => e.name)).toEqual(['Final video published']);
    expect(listCalendar(ctx, { ...march, from: '2026-03-23', to: '2026-03-23' })).toEqual([]);
    expect(listCalendar(ctx, { from: '2026-04-01', to: '2026-05-31', openOnly: false, campaignId })).toEqual([]);
    expect(listCalendar(ctx, { from: '2026-04-01', to: '2026-05-31', openOnly: false }).map((e) => e.creatorName)).toContain('Liu Yang');
    expect(listCalendar(ctx, { ...march, creatorId: mia.creatorId })).toHaveLength(4);
  });

  it('exports an .ics that calendar apps read: one all-day event per deadline, text escaped', () => {
    const ics = exportCalendar(ctx, {});
    expect(ics.filename).toBe('followthrough-deadlines-2026-03-25.ics');
    const calendar = new ICAL.Component(ICAL.parse(ics.content));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(8);
    const publish = events.find((e) => e.summary.includes('Final video published') && e.summary.startsWith('Mia'))!;
    expect(publish.summary).toBe('Mia <b>Chen</b>: Final video published (overdue)');
    expect(publish.startDate.isDate).toBe(true);
    expect(publish.startDate.toString()).toBe('2026-03-22');
    expect(publish.description).toContain('Campaign: Spring glow');
    expect(new Set(events.map((e) => e.uid)).size).toBe(8);
  });

  it('adds a dated campaign as one event over the days it runs, or its one known day; not to a creator\'s calendar', () => {
    updateCampaign(ctx, { id: campaignId, startDate: '2026-03-01', endDate: '2026-04-30' });
    createCampaign(ctx, { name: 'Summer', currency: 'EUR', product: '', goals: '', targets: {}, budgetMinor: null, endDate: '2026-08-31' });
    const events = (input: Parameters<typeof exportCalendar>[1]) =>
      new ICAL.Component(ICAL.parse(exportCalendar(ctx, input).content))
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v))
        .filter((e) => e.uid.startsWith('campaign-'));
    const all = events({});
    expect(all.map((e) => [e.summary, e.startDate.toString(), e.endDate.toString()])).toEqual([
      ['Campaign: Spring glow', '2026-03-01', '2026-05-01'],
      ['Campaign ends: Summer', '2026-08-31', '2026-09-01'],
    ]);
    expect(all[0]!.startDate.isDate).toBe(true);
    expect(events({ campaignId }).map((e) => e.summary)).toEqual(['Campaign: Spring glow']);
    expect(events({ creatorId: mia.creatorId })).toEqual([]);
  });

  it('keeps control characters out of every text property, so strict calendar apps read the file', () => {
    updateSettings(ctx, { brandName: 'Lumen\u0007 Skincare' });
    const campaign = createCampaign(ctx, { name: 'Spring\u0001 glow\u001B', currency: 'EUR', product: '', goals: '', targets: {}, budgetMinor: null }).id;
    const bell = contracted(ctx, { creatorName: 'Zo\u0008ë\tMüller\uFFFF', productReceivedOn: '2026-03-02', milestones: ['publish'] });
    updateCollaboration(ctx, { id: bell.collaborationId, campaignId: campaign });
    const ics = exportCalendar(ctx, { creatorId: bell.creatorId });
    // RFC 5545 TEXT: no control characters but the line ends; line breaks inside text are escaped.
    expect(ics.content).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|\t/);
    const calendar = new ICAL.Component(ICAL.parse(ics.content));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Lumen Skincare deadlines');
    const [event] = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(event!.summary).toBe('Zoë Müller: Final video published (overdue)');
    expect(event!.description).toBe('Campaign: Spring glow\nDue 2026-03-22');
  });

  it("speaks the brand's language: summaries, descriptions and campaign days in Dutch", () => {
    updateSettings(ctx, { language: 'nl' });
    updateCampaign(ctx, { id: campaignId, startDate: '2026-03-01' });
    const calendar = new ICAL.Component(ICAL.parse(exportCalendar(ctx, {}, { openUrl: (id) => `http://127.0.0.1/open/${id}` }).content));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Deadlines van Lumen');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const publish = events.find((e) => e.summary.startsWith('Mia') && e.summary.includes('Final video published'))!;
    expect(publish.summary).toBe('Mia <b>Chen</b>: Final video published (te laat)');
    expect(publish.description).toBe('Campagne: Spring glow\nDeadline 2026-03-22');
    const later = events.find((e) => e.summary.startsWith('Liu Yang'))!;
    expect(later.summary).not.toContain('(');
    const alarm = events.find((e) => e.summary.startsWith('Liu Yang'))!.component.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('description')).toMatch(/^Liu Yang: .+ moet morgen klaar zijn$/);
    expect(events.filter((e) => e.uid.startsWith('campaign-')).map((e) => e.summary)).toEqual(['Start campagne: Spring glow']);
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])('writes each date as it is, whatever the computer zone (%s)', (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(exportCalendar(ctx, {}).content).toMatch(/DTSTART;VALUE=DATE:20260322\r?\n/);
    } finally {
      process.env.TZ = saved;
    }
  });
});
