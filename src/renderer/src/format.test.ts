import { describe, expect, it } from 'vitest';
import { timeAgo } from './format';

describe('timeAgo', () => {
  const now = new Date('2026-03-25T10:00:00Z');
  const ago = (ms: number) => timeAgo(new Date(now.getTime() - ms).toISOString(), now);
  const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

  it('counts minutes, then hours, then calendar days', () => {
    expect(ago(20_000)).toBe(relative.format(0, 'second'));
    expect(ago(5 * 60_000)).toBe(relative.format(-5, 'minute'));
    expect(ago(3 * 3_600_000)).toBe(relative.format(-3, 'hour'));
    expect(ago(30 * 3_600_000)).toBe(relative.format(-1, 'day'));
    expect(ago(80 * 86_400_000)).toBe(relative.format(-2, 'month'));
  });

  it('never speaks of the future when the page clock is behind the app', () => {
    expect(ago(-90_000)).toBe(relative.format(0, 'second'));
  });
});
