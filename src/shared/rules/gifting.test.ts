import { describe, expect, it } from 'vitest';
import { daysWithoutPost, giftWithoutPost, isGhosted } from './gifting';

const gift = { feeMinor: 0, stage: 'product_received' as const, productReceivedOn: '2026-03-01', expectsPost: true };

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
    // Sent with no post asked for.
    expect(isGhosted({ ...gift, expectsPost: false }, '2026-04-01')).toBe(false);
    expect(giftWithoutPost({ feeMinor: 0, stage: 'product_shipped', expectsPost: false })).toBe(false);
  });

  it('is "shipped, no post" from the moment it ships until the post comes', () => {
    expect(giftWithoutPost({ feeMinor: 0, stage: 'product_shipped', expectsPost: true })).toBe(true);
    expect(giftWithoutPost({ feeMinor: 0, stage: 'in_review', expectsPost: true })).toBe(true);
    expect(giftWithoutPost({ feeMinor: 0, stage: 'published', expectsPost: true })).toBe(false);
    expect(giftWithoutPost({ feeMinor: 0, stage: 'signed', expectsPost: true })).toBe(false);
    expect(giftWithoutPost({ feeMinor: 20_000, stage: 'product_shipped', expectsPost: true })).toBe(false);
  });
});
