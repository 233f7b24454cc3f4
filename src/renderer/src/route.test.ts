import { describe, expect, it } from 'vitest';
import { hrefOf, MAILBOX_SETTINGS_HREF, parseRoute, settingsTabOf } from './route';

describe('routes', () => {
  it.each([
    ['', { page: 'board', id: null, tab: null, followUp: null }],
    ['#/calendar', { page: 'calendar', id: null, tab: null, followUp: null }],
    ['#/board/12', { page: 'board', id: 12, tab: null, followUp: null }],
    ['#/board/12/messages', { page: 'board', id: 12, tab: 'messages', followUp: null }],
    ['#/board/12/nonsense', { page: 'board', id: 12, tab: null, followUp: null }],
    ['#/board//messages', { page: 'board', id: null, tab: null, followUp: null }],
    ['#/nowhere/3', { page: 'board', id: 3, tab: null, followUp: null }],
    ['#/board/-4', { page: 'board', id: null, tab: null, followUp: null }],
    ['#/board/12/messages/deadline_reminder@34', { page: 'board', id: 12, tab: 'messages', followUp: { template: 'deadline_reminder', milestoneId: 34 } }],
    ['#/board/12/messages/warm_checkin', { page: 'board', id: 12, tab: 'messages', followUp: { template: 'warm_checkin', milestoneId: null } }],
    ['#/board/12/timeline/warm_checkin', { page: 'board', id: 12, tab: 'timeline', followUp: null }],
    ['#/board/12/messages/nonsense@x', { page: 'board', id: 12, tab: 'messages', followUp: null }],
  ])('reads %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes what it reads', () => {
    for (const href of [hrefOf('board'), hrefOf('board', 7), hrefOf('board', 7, 'messages'), hrefOf('creators', 3), hrefOf('board', 7, 'messages', { template: 'gentle_pressure', milestoneId: 9 })]) {
      const r = parseRoute(href);
      expect(hrefOf(r.page, r.id, r.tab, r.followUp)).toBe(href);
    }
    expect(hrefOf('board', null, 'messages')).toBe('#/board');
  });

  it('opens Settings on its Mailbox tab from the link that asks for it, else on General', () => {
    expect(parseRoute(MAILBOX_SETTINGS_HREF)).toEqual({ page: 'settings', id: null, tab: null, followUp: null });
    expect(settingsTabOf(MAILBOX_SETTINGS_HREF)).toBe('mailbox');
    expect(settingsTabOf('#/settings')).toBe('general');
    expect(settingsTabOf('#/settings/nonsense')).toBe('general');
  });
});
