import { describe, expect, it } from 'vitest';
import { formatFullInstantInZone, formatIsoDate } from '../../shared/dates';
import { formatDate, formatDateTime, initials, languageName, numberSeparators, timeAgo, timeUntil } from './format';
import { currentIntlTag } from './i18n';

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

describe('timeUntil', () => {
  const now = new Date('2026-03-25T10:00:00Z');
  const until = (ms: number) => timeUntil(new Date(now.getTime() + ms).toISOString(), now);
  const relative = new Intl.RelativeTimeFormat(currentIntlTag(), { numeric: 'auto' });

  it('counts whole minutes up, then hours, then calendar days', () => {
    expect(until(5 * 60_000)).toBe(relative.format(5, 'minute'));
    // Part of a minute left is still a minute to wait, not "now".
    expect(until(20_000)).toBe(relative.format(1, 'minute'));
    expect(until(3 * 3_600_000)).toBe(relative.format(3, 'hour'));
    expect(until(50 * 3_600_000)).toBe(relative.format(2, 'day'));
  });

  it('says now once the time has come or passed', () => {
    expect(until(0)).toBe(relative.format(0, 'second'));
    expect(until(-90_000)).toBe(relative.format(0, 'second'));
  });
});

describe('initials', () => {
  it('takes the first and last names’ first letters', () => {
    expect(initials('Mia Chen')).toBe('MC');
    expect(initials('  jordan   de la Reyes ')).toBe('JR');
    expect(initials('Lin')).toBe('LI');
  });

  it('keeps an emoji, a flag or a letter with its accent whole', () => {
    expect(initials('👩‍🍳 Cooks')).toBe('👩‍🍳C');
    expect(initials('🇫🇷')).toBe('🇫🇷');
    expect(initials('😀😀😀')).toBe('😀😀');
    expect(initials('e\u0301mile Zola')).toBe('E\u0301Z');
    expect(initials('李娜')).toBe('李娜');
  });

  it('says ? for an empty name', () => {
    expect(initials('   ')).toBe('?');
  });
});

describe('formatDate and formatDateTime', () => {
  it('write a date one way, the way reminders and printouts write it', () => {
    expect(formatDate('2026-11-21')).toBe('21 Nov 2026');
    expect(formatDate('2026-11-21')).toBe(formatIsoDate('2026-11-21'));
  });

  it('show an instant with its year in the computer’s zone, as the records do', () => {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(formatDateTime('2026-11-21T13:05:00Z')).toBe(formatFullInstantInZone('2026-11-21T13:05:00Z', zone));
    expect(formatDateTime('2026-11-21T13:05:00Z')).toMatch(/^2\d Nov 2026, \d\d:\d\d$/);
  });
});

describe('number fields', () => {
  it('group and split amounts as each language writes them', () => {
    expect(numberSeparators('nl-NL')).toEqual({ thousandSeparator: '.', decimalSeparator: ',' });
    expect(numberSeparators('en-GB')).toEqual({ thousandSeparator: ',', decimalSeparator: '.' });
    expect(numberSeparators('zh-CN')).toEqual({ thousandSeparator: ',', decimalSeparator: '.' });
  });
});

describe('a creator’s language', () => {
  it('is named in the interface’s language, and a tag Intl cannot read stays as typed', () => {
    expect(languageName('nl', 'zh-CN')).toBe('荷兰语');
    expect(languageName('ja', 'nl-NL')).toBe('Japans');
    expect(languageName('zh', 'en-GB')).toBe('Chinese');
    expect(languageName('not a tag', 'en-GB')).toBe('not a tag');
  });
});
