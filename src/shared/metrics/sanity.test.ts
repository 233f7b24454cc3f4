import { describe, expect, it } from 'vitest';
import { beyondViews, wentDown } from './sanity';

describe('readings that went down', () => {
  it('names the counts lower than the reading before, and ignores unknown ones', () => {
    expect(wentDown({ views: 900, likes: 50, clicks: null }, { views: 1_000, likes: 40, clicks: 9 })).toEqual(['views']);
    expect(wentDown({ views: 900 }, null)).toEqual([]);
  });
  it('judges nothing against unknown views', () => {
    expect(beyondViews({ views: null, likes: 5 })).toEqual([]);
  });
});
