import { describe, expect, it } from 'vitest';
import { byScore, meetsMinimum, pickerOrder, scoreColor, sortCreators } from './reliability';

const scores = new Map<number, number | null>([
  [1, 55],
  [2, null],
  [3, 91],
  [4, 60],
  [5, 91],
]);
const scoreOf = (id: number) => scores.get(id) ?? null;

describe('reliability in the renderer', () => {
  it.each([
    [100, 'teal'],
    [80, 'teal'],
    [79, 'yellow'],
    [60, 'yellow'],
    [59, 'red'],
    [0, 'red'],
    [null, 'gray'],
  ] as const)('score %j is %s', (score, color) => {
    expect(scoreColor(score)).toBe(color);
  });

  it('orders best first and puts creators without a score last', () => {
    expect([55, null, 91, 0, null, 60].sort(byScore)).toEqual([91, 60, 55, 0, null, null]);
  });

  it('a minimum hides lower scores and creators without one', () => {
    expect([55, 60, 80, null].filter((s) => meetsMinimum(s, '60'))).toEqual([60, 80]);
    expect([55, 60, 80, null].filter((s) => meetsMinimum(s, 'any'))).toEqual([55, 60, 80, null]);
  });

  it('sorting by reliability keeps the name order among equal scores', () => {
    const rows = [1, 2, 3, 4, 5].map((id) => ({ id }));
    expect(sortCreators(rows, 'reliability', scoreOf).map((r) => r.id)).toEqual([3, 5, 4, 1, 2]);
    expect(sortCreators(rows, 'name', scoreOf).map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('the picker lists inactive creators after every active one, whatever their score', () => {
    const creators = [
      { id: 1, active: true },
      { id: 2, active: true },
      { id: 3, active: false },
      { id: 4, active: true },
    ];
    expect(pickerOrder(creators, scoreOf).map((c) => c.id)).toEqual([4, 1, 2, 3]);
  });
});
