import { describe, expect, it } from 'vitest';
import { spelled } from '../i18n/spelled';
import { isQuietAt, LeadHours, NotifySettings, QuietHours } from './settings';

const said = (result: { error?: { issues: { message: string }[] } }) => spelled(result.error?.issues[0]?.message ?? '').message;

describe('quiet hours', () => {
  it.each([
    ['20:59', false],
    ['21:00', true],
    ['23:59', true],
    ['00:00', true],
    ['07:59', true],
    ['08:00', false],
    ['12:00', false],
  ])('21:00–08:00 spans midnight: %s quiet = %s', (time, quiet) => {
    expect(isQuietAt(time, { from: '21:00', to: '08:00' })).toBe(quiet);
  });

  it.each([
    ['12:59', false],
    ['13:00', true],
    ['13:59', true],
    ['14:00', false],
  ])('13:00–14:00 within a day: %s quiet = %s', (time, quiet) => {
    expect(isQuietAt(time, { from: '13:00', to: '14:00' })).toBe(quiet);
  });

  it('never quiet when switched off', () => {
    expect(isQuietAt('03:00', null)).toBe(false);
  });

  it('refuses times that are not HH:mm, or the same start and end, with a sentence', () => {
    expect(said(QuietHours.safeParse({ from: '9pm', to: '08:00' }))).toBe('Use a 24-hour time like 21:00');
    expect(QuietHours.safeParse({ from: '24:00', to: '08:00' }).success).toBe(false);
    expect(said(QuietHours.safeParse({ from: '08:00', to: '08:00' }))).toBe('Quiet hours need a different start and end');
  });
});

describe('lead times', () => {
  it('keeps each once, longest first, within 1 hour and 14 days', () => {
    expect(LeadHours.parse([24, 48, 24])).toEqual([48, 24]);
    expect(LeadHours.safeParse([0]).success).toBe(false);
    expect(LeadHours.safeParse([337]).success).toBe(false);
    expect(said(LeadHours.safeParse([1, 2, 3, 4, 5]))).toBe('At most 4 early reminders per deadline');
  });
});

describe('reminder groups', () => {
  it('switches on a group added after the settings were saved, and keeps the others as they were', () => {
    const saved = { groups: { creatorDeadlines: true, brandDuties: false, replySla: true, usageDates: true, gifting: false }, leadHours: [48], quietHours: null, closeToTray: true, openAtLogin: false };
    expect(NotifySettings.parse(saved).groups).toEqual({ creatorDeadlines: true, brandDuties: false, replySla: true, usageDates: true, gifting: false, checkIns: true });
    expect(NotifySettings.parse({ ...saved, groups: { ...saved.groups, checkIns: false } }).groups.checkIns).toBe(false);
    expect(NotifySettings.safeParse({ ...saved, groups: { ...saved.groups, checkIns: 'yes' } }).success).toBe(false);
  });
});
