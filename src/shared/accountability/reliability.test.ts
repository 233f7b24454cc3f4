import { describe, expect, it } from 'vitest';
import { type ReliabilityFacts, reliabilityOf, scoreOf } from './reliability';

const facts = (f: Partial<ReliabilityFacts>): ReliabilityFacts => ({
  creatorId: 1,
  onTime: 0,
  deliverables: 0,
  medianReplyHours: null,
  strikes: 0,
  averageRating: null,
  ratings: 0,
  ...f,
});

describe('the reliability score', () => {
  it.each([
    ['no history at all', {}, null, 'Not enough history yet (0 of 3): no deliverables due yet, no replies yet, no strikes, not rated yet'],
    ['one late feedback is not enough to judge by', { deliverables: 1 }, null, 'Not enough history yet (1 of 3): on time 0 of 1 deliverable, no replies yet, no strikes, not rated yet'],
    ['two facts are not enough either', { deliverables: 1, medianReplyHours: 5 }, null, 'Not enough history yet (2 of 3): on time 0 of 1 deliverable, median reply 5 h, no strikes, not rated yet'],
    ['three facts give a score', { onTime: 0, deliverables: 2, medianReplyHours: 5 }, 33, 'On time 0 of 2 deliverables, median reply 5 h, no strikes, not rated yet'],
    // 0.4 × 4/5 + 0.2 × 1 + 0.4 × (4.3 − 1)/4 = 0.85 → 85, minus 15 for the strike.
    ['the issue’s example', { onTime: 4, deliverables: 5, medianReplyHours: 9, strikes: 1, averageRating: 4.3, ratings: 3 }, 70, 'On time 4 of 5 deliverables, median reply 9 h, 1 strike, avg rating 4.3'],
    ['everything perfect', { onTime: 3, deliverables: 3, medianReplyHours: 2, averageRating: 5, ratings: 1 }, 100, 'On time 3 of 3 deliverables, median reply 2 h, no strikes, avg rating 5.0'],
    ['only deliveries, half on time', { onTime: 2, deliverables: 4 }, 50, 'On time 2 of 4 deliverables, no replies yet, no strikes, not rated yet'],
    ['strikes alone start from 100', { strikes: 3 }, 55, 'No deliverables due yet, no replies yet, 3 strikes, not rated yet'],
    ['never below 0', { onTime: 0, deliverables: 4, strikes: 3 }, 0, 'On time 0 of 4 deliverables, no replies yet, 3 strikes, not rated yet'],
    ['the lowest rating counts nothing', { averageRating: 1, ratings: 3 }, 0, 'No deliverables due yet, no replies yet, no strikes, avg rating 1.0'],
  ] as const)('%s', (_name, input, score, explanation) => {
    const r = reliabilityOf(facts(input));
    expect(r.score).toBe(score);
    expect(r.explanation).toBe(explanation);
  });

  // The weighting on its own, whatever the amount of history.
  it.each([
    ['replies at the slow end count nothing', { medianReplyHours: 168 }, 0],
    ['a reply in 96 h is half way', { medianReplyHours: 96 }, 50],
    ['a quick reply in minutes', { medianReplyHours: 0.5 }, 100],
    ['one deliverable on time', { onTime: 1, deliverables: 1 }, 100],
    ['strikes alone start from 100', { strikes: 2 }, 70],
  ] as const)('weighs %s', (_name, input, score) => {
    expect(scoreOf(facts(input))).toBe(score);
  });
});
