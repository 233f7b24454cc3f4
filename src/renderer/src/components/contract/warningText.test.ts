import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { warningText } from './warningText';

describe('a contract warning in words', () => {
  beforeEach(() => void i18n.changeLanguage('en'));
  afterEach(() => void i18n.changeLanguage('en'));

  it('names the milestone, the holiday and its dates in the day-month-year form', () => {
    const text = warningText({ section: 'milestones', code: 'due_in_holidays', milestone: 'Final video published', dueDate: '2026-12-30', holiday: 'christmas_new_year', start: '2026-12-20', end: '2027-01-02' });
    expect(text).toBe('“Final video published” would be due on 30 Dec 2026, during the Christmas and New Year holidays in the creator’s region (20 Dec 2026 – 2 Jan 2027). Creators answer slowly then; consider moving it.');
  });

  it('counts days in words that agree with the number', () => {
    const late = (days: number) => warningText({ section: 'milestones', code: 'publish_after_publish_by', publishBy: '2026-03-20', publishDue: '2026-03-22', days });
    expect(late(1)).toContain('due 1 day after');
    expect(late(2)).toContain('due 2 days after the collaboration’s publish-by date (20 Mar 2026)');
  });

  it('speaks the interface language, dates included', () => {
    void i18n.changeLanguage('nl');
    const text = warningText({ section: 'milestones', code: 'publish_after_publish_by', publishBy: '2026-03-20', publishDue: '2026-03-22', days: 1 });
    expect(text).toBe('De publicatie zou 1 dag na de uiterste publicatiedatum van de samenwerking (20 mrt 2026) vallen.');
    void i18n.changeLanguage('zh');
    expect(warningText({ section: 'milestones', code: 'no_dates' })).toContain('至少加上发布日期');
  });
});
