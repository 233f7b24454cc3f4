import { describe, expect, it } from 'vitest';
import { heldTo, shareTargets } from './targetShares';

describe('a campaign’s targets shared by what each collaboration is meant to deliver', () => {
  it('gives each the part of the counts its posts stand for; rates, costs and the margin hold for each', () => {
    const shares = shareTargets({ posts: 8, views: 90_000, clicks: 300, engagementRatePct: 3, cpmMaxMinor: 900, marginPct: 25 }, [
      { id: 1, posts: 2, own: null },
      { id: 2, posts: 1, own: null },
      { id: 3, posts: 0, own: null },
    ]);
    expect(shares.get(1)).toEqual({ posts: 2, targets: { views: 60_000, clicks: 200, engagementRatePct: 3, cpmMaxMinor: 900, marginPct: 25 } });
    expect(shares.get(2)).toEqual({ posts: 1, targets: { views: 30_000, clicks: 100, engagementRatePct: 3, cpmMaxMinor: 900, marginPct: 25 } });
    // Meant to post nothing: no part of a count to fall short of.
    expect(shares.get(3)).toEqual({ posts: 0, targets: { engagementRatePct: 3, cpmMaxMinor: 900, marginPct: 25 } });
  });

  it('holds one with counts set by hand to them, and shares the rest of the campaign’s among the others', () => {
    const shares = shareTargets({ views: 100_000, engagementRatePct: 3 }, [
      { id: 1, posts: 1, own: { views: 60_000, engagementRatePct: 5 } },
      { id: 2, posts: 1, own: null },
      { id: 3, posts: 3, own: null },
    ]);
    expect(shares.get(1)!.targets).toEqual({ views: 60_000, engagementRatePct: 5 });
    expect(shares.get(2)!.targets).toEqual({ views: 10_000, engagementRatePct: 3 });
    expect(shares.get(3)!.targets).toEqual({ views: 30_000, engagementRatePct: 3 });
    // More set by hand than the campaign asks: nothing is left to share.
    const over = shareTargets({ views: 50_000 }, [
      { id: 1, posts: 1, own: { views: 80_000 } },
      { id: 2, posts: 1, own: null },
    ]);
    expect(over.get(2)!.targets).toEqual({ views: 0 });
    // A count the campaign has no target for is still one set by hand.
    expect(shareTargets({}, [{ id: 1, posts: 1, own: { clicks: 400 } }]).get(1)!.targets).toEqual({ clicks: 400 });
  });

  it('holds the posts out so far to their part only, never to more than the whole', () => {
    const expectation = { posts: 3, targets: { views: 90_000, engagementRatePct: 3 } };
    expect(heldTo(expectation, 1)).toEqual({ views: 30_000, engagementRatePct: 3 });
    expect(heldTo(expectation, 3)).toEqual(expectation.targets);
    expect(heldTo(expectation, 5)).toEqual(expectation.targets);
    // Counts set by hand for one meant to post nothing hold as they are.
    expect(heldTo({ posts: 0, targets: { views: 10_000 } }, 1)).toEqual({ views: 10_000 });
  });
});
