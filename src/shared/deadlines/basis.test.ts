import { describe, expect, it } from 'vitest';
import { formatLongDate } from '../dates';
import { sayIn } from '../i18n/createI18n';
import { type DueBasis, basisWords } from './basis';

const iso = (d: string) => d;

describe('what a deadline is counted from, in words', () => {
  it('says in English what earlier versions stored as the sentence', () => {
    const en = sayIn('en');
    const said = (b: DueBasis) => basisWords(b, en, formatLongDate);
    expect(said({ from: 'product_received', days: 20, dayCount: 'calendar' })).toBe('20 calendar days after the product is received');
    expect(said({ from: 'signed', days: 1, dayCount: 'working' })).toBe('1 working day after signing');
    expect(said({ from: 'draft_delivered', days: 3, dayCount: 'working' })).toBe('3 working days after the draft is delivered');
    expect(said({ from: 'publication', days: 90, dayCount: 'calendar' })).toBe('90 calendar days after publication');
    expect(said({ from: 'fixed', onDate: '2026-04-15' })).toBe('on 15 April 2026');
    expect(said({ from: 'own' })).toBe('agreed with the creator, without a contract');
    expect(said({ from: 'publish_by' })).toBe('the publish-by date agreed on the collaboration');
  });

  it('says it in Chinese and in Dutch, with the date as the caller writes it', () => {
    const draft: DueBasis = { from: 'draft_delivered', days: 3, dayCount: 'working' };
    expect(basisWords(draft, sayIn('zh'), iso)).toBe('收到稿件后3个工作日内');
    expect(basisWords(draft, sayIn('nl'), iso)).toBe('3 werkdagen na levering van het concept');
    expect(basisWords({ from: 'signed', days: 1, dayCount: 'calendar' }, sayIn('nl'), iso)).toBe('1 kalenderdag na ondertekening');
    expect(basisWords({ from: 'fixed', onDate: '2026-04-15' }, sayIn('zh'), () => '2026年4月15日')).toBe('2026年4月15日当日');
    expect(basisWords({ from: 'own' }, sayIn('zh'), iso)).toBe('与达人约定（未签合同）');
  });

  it('shows a sentence it could not read back as it was written', () => {
    expect(basisWords({ from: 'text', text: 'when the moon is full' }, sayIn('zh'), iso)).toBe('when the moon is full');
  });
});
