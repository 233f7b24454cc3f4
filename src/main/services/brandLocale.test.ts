import { describe, expect, it } from 'vitest';
import { systemLanguages } from './brandLocale';

describe('the computer’s languages', () => {
  it('reads LANGUAGE before LANG and drops the encoding and the C locale', () => {
    const tags = systemLanguages({ LANGUAGE: 'nl_NL:en', LANG: 'C.UTF-8' });
    expect(tags.slice(0, 2)).toEqual(['nl_NL', 'en']);
    expect(tags).not.toContain('C');
  });
  it('falls back to what Intl says', () => {
    expect(systemLanguages({})).toEqual([Intl.DateTimeFormat().resolvedOptions().locale]);
  });
});
