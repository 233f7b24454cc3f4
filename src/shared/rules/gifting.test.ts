import { describe, expect, it } from 'vitest';
import { daysWithoutPost, giftWithoutPost, isGhosted } from './gifting';

const gift = { feeMinor: 0, stage: 'product_received' as const, productReceivedOn: '2026-03-01' };

describe('a gift waiting for its post', () => {
  it('is ghosted once the last follow-up day (14) has passed with no post', () => {
    expect(daysWithoutPost(gift, '2026-03-15')).toBe(14);
    expect(isGhosted(gift, '2026-03-15')).toBe(false);
    expect(isGhosted(gift, '2026-03-16')).toBe(true);
  });

  it('is not ghosted when paid, published, or not yet arrived', () => {
    expect(isGhosted({ ...gift, feeMinor: 50_000 }, '2026-04-01')).toBe(false);
    expect(isGhosted({ ...gift, stage: 'published' }, '2026-04-01')).toBe(false);
    expect(isGhosted({ ...gift, productReceivedOn: null }, '2026-04-01')).toBe(false);
  });

  it('is "shipped, no post" from the moment it ships until the post comes', () => {
    expect(giftWithoutPost({ feeMinor: 0, stage: 'product_shipped' })).toBe(true);
    expect(giftWithoutPost({ feeMinor: 0, stage: 'in_review' })).toBe(true);
    expect(giftWithoutPost({ feeMinor: 0, stage: 'published' })).toBe(false);
    expect(giftWithoutPost({ feeMinor: 0, stage: 'signed' })).toBe(false);
    expect(giftWithoutPost({ feeMinor: 20_000, stage: 'product_shipped' })).toBe(false);
  });
});
