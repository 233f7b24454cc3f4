import { describe, expect, it } from 'vitest';
import { campaignOverlaps, campaignPhase } from './campaignPhase';

describe('campaign phase', () => {
  it('has none without dates', () => {
    expect(campaignPhase(null, null, '2026-03-25')).toBeNull();
  });

  it('counts down to the start, then to the end, then since the end, both days included', () => {
    expect(campaignPhase('2026-04-01', '2026-04-30', '2026-03-25')).toEqual({ phase: 'upcoming', startsInDays: 7 });
    expect(campaignPhase('2026-04-01', '2026-04-30', '2026-04-01')).toEqual({ phase: 'running', endsInDays: 29 });
    expect(campaignPhase('2026-04-01', '2026-04-30', '2026-04-30')).toEqual({ phase: 'running', endsInDays: 0 });
    expect(campaignPhase('2026-04-01', '2026-04-30', '2026-05-02')).toEqual({ phase: 'ended', endedDaysAgo: 2 });
  });

  it('runs open-ended with only a start, and has run since ever with only an end', () => {
    expect(campaignPhase('2026-03-01', null, '2026-03-25')).toEqual({ phase: 'running', endsInDays: null });
    expect(campaignPhase(null, '2026-03-31', '2026-03-25')).toEqual({ phase: 'running', endsInDays: 6 });
    expect(campaignPhase(null, '2026-03-31', '2026-04-01')).toEqual({ phase: 'ended', endedDaysAgo: 1 });
  });

  it('overlaps a range that shares a day with it, open ends reaching everywhere', () => {
    expect(campaignOverlaps('2026-03-01', '2026-03-31', '2026-03-31', '2026-04-30')).toBe(true);
    expect(campaignOverlaps('2026-03-01', '2026-03-31', '2026-04-01', '2026-04-30')).toBe(false);
    expect(campaignOverlaps(null, '2026-02-28', '2026-03-01', '2026-03-31')).toBe(false);
    expect(campaignOverlaps('2026-02-01', null, '2026-03-01', '2026-03-31')).toBe(true);
    expect(campaignOverlaps(null, null, '2026-03-01', '2026-03-31')).toBe(true);
  });
});
