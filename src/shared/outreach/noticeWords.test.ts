import { describe, expect, it } from 'vitest';
import { buildClauses } from '../contract/clauses';
import { SEED } from '../contract/fixtures';
import { presetTerms } from '../contract/presets';
import { PRESETS } from '../contract/terms';
import { clauseWords } from './noticeWords';

describe('clause titles in a notice', () => {
  it('has every title a contract can print in Chinese and Dutch, beside the title as printed', () => {
    const titles = new Set(
      PRESETS.flatMap((preset) => {
        const terms = presetTerms(preset, SEED);
        return buildClauses({ ...terms, killFee: { ...terms.killFee, enabled: true }, morals: { ...terms.morals, enabled: true } }).map((c) => c.title);
      }),
    );
    expect(titles.size).toBeGreaterThanOrEqual(10);
    for (const title of titles) {
      expect(clauseWords('en', 3, title)).toBe(`clause 3 (${title})`);
      expect(clauseWords('zh', 3, title)).toMatch(new RegExp(`^第 3 条（[^ -~]+ / ${title}）$`));
      expect(clauseWords('nl', 3, title)).toMatch(new RegExp(`^artikel 3 \\(\\p{Lu}[\\p{Ll} ]+ / ${title}\\)$`, 'u'));
    }
  });
});
