import { describe, expect, it } from 'vitest';
import { buildClauses } from '../contract/clauses';
import { SEED } from '../contract/fixtures';
import { presetTerms } from '../contract/presets';
import { PRESETS } from '../contract/terms';
import { clauseWords } from './noticeWords';

const everyClause = () =>
  PRESETS.flatMap((preset) => {
    const terms = presetTerms(preset, SEED);
    return buildClauses({ ...terms, killFee: { ...terms.killFee, enabled: true }, morals: { ...terms.morals, enabled: true } });
  });

describe('clause titles in a notice', () => {
  it('names a clause of an English contract in Chinese and Dutch, beside the title as printed', () => {
    const clauses = new Map(everyClause().map((c) => [c.key, c.title]));
    expect(clauses.size).toBeGreaterThanOrEqual(10);
    for (const [key, title] of clauses) {
      expect(clauseWords('en', 3, key, ['en'])).toBe(`clause 3 (${title})`);
      expect(clauseWords('zh', 3, key, ['en'])).toMatch(new RegExp(`^第 3 条（[^ -~]+ / ${title}）$`));
      expect(clauseWords('nl', 3, key, ['en'])).toMatch(new RegExp(`^artikel 3 \\(\\p{Lu}[\\p{Ll} ]+ / ${title}\\)$`, 'u'));
    }
  });

  it('gives only the title when the contract is printed in the notice’s language', () => {
    expect(clauseWords('zh', 6, 'lateDelivery', ['zh'])).toBe('第 6 条（逾期交付）');
    expect(clauseWords('nl', 6, 'lateDelivery', ['nl'])).toBe('artikel 6 (Te late levering)');
    expect(clauseWords('zh', 6, 'lateDelivery', ['en', 'zh'])).toBe('第 6 条（逾期交付）');
  });

  it('names the printed title of a Chinese or Dutch contract in a notice of another language', () => {
    expect(clauseWords('en', 6, 'lateDelivery', ['zh'])).toBe('clause 6 (Late delivery / 逾期交付)');
    expect(clauseWords('nl', 6, 'lateDelivery', ['zh', 'en'])).toBe('artikel 6 (Te late levering / 逾期交付)');
    expect(clauseWords('zh', 6, 'lateDelivery', ['nl'])).toBe('第 6 条（逾期交付 / Te late levering）');
  });
});
