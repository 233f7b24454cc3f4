import { describe, expect, it } from 'vitest';
import { publishes, supersededBy, supersededWords } from './supersede';

const m = (id: number, kind: string, sort: number, party = 'creator', deliveredAt: string | null = null) => ({ id, kind, sort, party, deliveredAt });
const post = m(4, 'publish', 4);
const all = [m(1, 'feedback', 1, 'creator', '2026-03-04T10:00:00Z'), m(2, 'script', 2), m(3, 'draft', 3), post, m(5, 'deposit', 0, 'brand'), m(6, 'other', 6), m(7, 'licence_expiry', 7, 'brand')];

describe('what publishing the post supersedes', () => {
  it('closes the creator’s earlier deliverables still open, and nothing else', () => {
    expect(supersededBy(post, all).map((x) => x.id)).toEqual([2, 3]);
  });

  it('only the creator’s post supersedes', () => {
    expect(publishes(post)).toBe(true);
    expect(supersededBy(m(3, 'draft', 3), all)).toEqual([]);
    expect(supersededBy(m(9, 'publish', 9, 'brand'), all)).toEqual([]);
  });

  it('says how late it was by then', () => {
    expect(supersededWords(0)).toBe('Superseded by the post');
    expect(supersededWords(1)).toBe('Superseded by the post (1 day late by then)');
    expect(supersededWords(3)).toBe('Superseded by the post (3 days late by then)');
  });
});
