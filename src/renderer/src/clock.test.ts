import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptClock, appNow } from './clock';

describe('the page clock', () => {
  afterEach(() => vi.useRealTimers());

  it('stands still at a pinned instant whatever this computer says', () => {
    vi.useFakeTimers({ now: new Date('2026-12-24T10:00:00Z') });
    adoptClock({ now: '2026-03-25T11:00:00.000Z', pinned: true }, Date.now(), Date.now());
    expect(appNow().toISOString()).toBe('2026-03-25T11:00:00.000Z');
    vi.advanceTimersByTime(3_600_000);
    expect(appNow().toISOString()).toBe('2026-03-25T11:00:00.000Z');
  });

  it('follows the app when it keeps other time than this computer, and runs on', () => {
    vi.useFakeTimers({ now: new Date('2027-02-10T09:00:00Z') });
    const sent = Date.now();
    adoptClock({ now: '2027-02-10T09:05:00.100Z', pinned: false }, sent, sent + 200);
    expect(appNow().toISOString()).toBe('2027-02-10T09:05:00.000Z');
    vi.advanceTimersByTime(60_000);
    expect(appNow().toISOString()).toBe('2027-02-10T09:06:00.000Z');
  });
});
