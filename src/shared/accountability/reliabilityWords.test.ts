import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/createI18n';
import { Reliability } from './schemas';
import { reliabilityOf, type ReliabilityFacts } from './reliability';
import { reliabilityText, type Say } from './reliabilityWords';

const facts = (f: Partial<ReliabilityFacts>): ReliabilityFacts => ({ creatorId: 1, onTime: 0, deliverables: 0, medianReplyHours: null, strikes: 0, averageRating: null, ratings: 0, ...f });
const say = (locale: 'en' | 'zh' | 'nl') => translator(locale) as unknown as Say;

describe('the reliability score as data', () => {
  it('carries its parts as numbers, beside the English sentence for scripts', () => {
    const r = reliabilityOf(facts({ onTime: 4, deliverables: 5, medianReplyHours: 9, strikes: 1, averageRating: 4.3, ratings: 3 }));
    expect(Reliability.parse(r)).toEqual(r);
    expect(r).toMatchObject({ score: 70, onTime: 4, deliverables: 5, medianReplyHours: 9, strikes: 1, averageRating: 4.3, ratings: 3, history: 10 });
    expect(r.explanation).toBe(reliabilityText(r, say('en'), 'en-GB'));
  });
});

describe('the reliability sentence in the page’s language', () => {
  const full = reliabilityOf(facts({ onTime: 4, deliverables: 5, medianReplyHours: 9, strikes: 1, averageRating: 4.3, ratings: 3 }));
  const thin = reliabilityOf(facts({ deliverables: 1, medianReplyHours: 0.5 }));
  const slow = reliabilityOf(facts({ onTime: 1, deliverables: 1, medianReplyHours: 72, strikes: 2, averageRating: 2, ratings: 1 }));

  it('reads in English as it always has', () => {
    expect(reliabilityText(full, say('en'), 'en-GB')).toBe('On time 4 of 5 deliverables, median reply 9 h, 1 strike, avg rating 4.3');
    expect(reliabilityText(thin, say('en'), 'en-GB')).toBe('Not enough history yet (2 of 3): on time 0 of 1 deliverable, median reply 30 min, no strikes, not rated yet');
    expect(reliabilityText(slow, say('en'), 'en-GB')).toBe('On time 1 of 1 deliverable, median reply 3 d, 2 strikes, avg rating 2.0');
  });

  it('reads in Chinese', () => {
    expect(reliabilityText(full, say('zh'), 'zh-CN')).toBe('5 项交付中按时 4 项，回复时间中位数 9 小时，警告 1 次，平均评分 4.3');
    expect(reliabilityText(thin, say('zh'), 'zh-CN')).toBe('历史记录还不够（2/3）：1 项交付中按时 0 项，回复时间中位数 30 分钟，无警告，暂无评价');
  });

  it('reads in Dutch, with a decimal comma', () => {
    expect(reliabilityText(full, say('nl'), 'nl-NL')).toBe('4 van 5 leveringen op tijd, mediane reactietijd 9 uur, 1 waarschuwing, gem. beoordeling 4,3');
    expect(reliabilityText(slow, say('nl'), 'nl-NL')).toBe('1 van 1 levering op tijd, mediane reactietijd 3 d, 2 waarschuwingen, gem. beoordeling 2,0');
  });
});
