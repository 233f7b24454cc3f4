import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import { briefWarningText } from './warningText';

describe('a brief warning in words', () => {
  beforeEach(() => void i18n.changeLanguage('en'));
  afterEach(() => void i18n.changeLanguage('en'));

  it('says what is missing', () => {
    expect(briefWarningText({ code: 'no_dates' })).toMatch(/^No dates: the creator has no deadline yet/);
    expect(briefWarningText({ code: 'no_selling_points' })).toMatch(/^No selling points/);
  });

  it('names the deadline in the reader’s language, the holiday and its dates', () => {
    const w = { code: 'deadline_in_holidays', key: 'own_publish_by', name: 'Post published', dueDate: '2026-12-28', holiday: 'christmas_new_year', start: '2026-12-20', end: '2027-01-02' } as const;
    expect(briefWarningText(w)).toBe(
      '“Post published” is due on 28 Dec 2026, during the Christmas and New Year holidays where the creator lives (20 Dec 2026 – 2 Jan 2027): expect slow answers, or agree another date.',
    );
    void i18n.changeLanguage('nl');
    expect(briefWarningText(w)).toContain('“Post gepubliceerd” moet af zijn op 28 dec 2026');
  });
});
