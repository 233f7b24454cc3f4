import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/createI18n';
import type { SuggestionWhy } from './schemas';
import { type Say, suggestionText } from './suggestWords';

const say = (locale: 'en' | 'zh' | 'nl') => translator(locale) as unknown as Say;
const ZONE = 'Europe/Amsterdam';
const overdue: SuggestionWhy = { code: 'warm_checkin', since: '2026-03-03T06:00:00.000Z', messages: 1, slaHours: 24, hours: 52, timeZone: ZONE };
const late: SuggestionWhy = { code: 'caring_inquiry', deadline: { name: 'Final video published', dueDate: '2026-03-03', daysLate: 2 }, timeZone: ZONE };
const lost: SuggestionWhy = { code: 'lost_days_try', since: '2026-02-26T10:00:00.000Z', days: 7, messages: 1, slaHours: 24, timeZone: ZONE };

describe('why the next message, in the page’s language', () => {
  it('reads in English as the API says it', () => {
    expect(suggestionText(overdue, say('en'), 'en-GB')).toBe('No reply for 52 h after your message of 3 Mar, 07:00; the reply time is 24 h.');
    expect(suggestionText(late, say('en'), 'en-GB')).toBe('They reply, but Final video published is 2 days late (due 3 Mar 2026).');
  });

  it('reads in Chinese, with Chinese dates', () => {
    expect(suggestionText(overdue, say('zh'), 'zh-CN')).toMatch(/^你 3月3日.*07:00 发出消息后 52 小时没有回复；约定的回复时间是 24 小时。$/);
    expect(suggestionText(late, say('zh'), 'zh-CN')).toBe('对方有回复，但Final video published已逾期 2 天（2026年3月3日 到期）。');
    expect(suggestionText(lost, say('zh'), 'zh-CN')).toContain('已 7 天没有回复');
  });

  it('reads in Dutch, with Dutch dates', () => {
    expect(suggestionText(overdue, say('nl'), 'nl-NL')).toBe('Al 52 uur geen reactie op je bericht van 3 mrt, 07:00; de afgesproken reactietijd is 24 uur.');
    expect(suggestionText(late, say('nl'), 'nl-NL')).toBe('Ze reageren wel, maar Final video published is 2 dagen te laat (deadline 3 mrt 2026).');
    expect(suggestionText(lost, say('nl'), 'nl-NL')).toBe('Al 7 dagen geen reactie op je bericht van 26 feb, 11:00: probeer het via een andere weg.');
  });
});
