import { describe, expect, it } from 'vitest';
import { agreedSpend } from './creatorSpend';

describe('agreedSpend', () => {
  it('adds the fees of agreed collaborations per currency, leaving out gifts, talks and declined ones', () => {
    expect(
      agreedSpend([
        { stage: 'published', feeMinor: 150_000, currency: 'EUR' },
        { stage: 'terminated', feeMinor: 50_000, currency: 'EUR' },
        { stage: 'signed', feeMinor: 800_000, currency: 'CNY' },
        { stage: 'negotiating', feeMinor: 99_000, currency: 'EUR' },
        { stage: 'declined', feeMinor: 20_000, currency: 'EUR' },
        { stage: 'completed', feeMinor: 0, currency: 'USD' },
      ]),
    ).toEqual([
      { currency: 'CNY', feeMinor: 800_000 },
      { currency: 'EUR', feeMinor: 200_000 },
    ]);
  });
});
