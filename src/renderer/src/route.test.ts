import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from './route';

describe('routes', () => {
  it.each([
    ['', { page: 'board', id: null, tab: null }],
    ['#/calendar', { page: 'calendar', id: null, tab: null }],
    ['#/board/12', { page: 'board', id: 12, tab: null }],
    ['#/board/12/messages', { page: 'board', id: 12, tab: 'messages' }],
    ['#/board/12/nonsense', { page: 'board', id: 12, tab: null }],
    ['#/board//messages', { page: 'board', id: null, tab: null }],
    ['#/nowhere/3', { page: 'board', id: 3, tab: null }],
    ['#/board/-4', { page: 'board', id: null, tab: null }],
  ])('reads %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes what it reads', () => {
    for (const href of [hrefOf('board'), hrefOf('board', 7), hrefOf('board', 7, 'messages'), hrefOf('creators', 3)]) {
      const r = parseRoute(href);
      expect(hrefOf(r.page, r.id, r.tab)).toBe(href);
    }
    expect(hrefOf('board', null, 'messages')).toBe('#/board');
  });
});
