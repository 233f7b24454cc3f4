import { describe, expect, it } from 'vitest';
import { expectedPosts, type PostPlan } from './expectedPosts';

const plan = (over: Partial<PostPlan>): PostPlan => ({
  stage: 'in_production',
  expectsPost: true,
  contractPosts: null,
  ownPosts: null,
  firstDueOn: null,
  // 25 March in Amsterdam, though not yet in London.
  stageSince: '2026-03-24T23:30:00.000Z',
  timeZone: 'Europe/Amsterdam',
  ...over,
});

describe('the posts a collaboration is meant to publish', () => {
  it('is one without a contract, and as many as the contract in force has publish milestones', () => {
    expect(expectedPosts(plan({}))).toBe(1);
    expect(expectedPosts(plan({ stage: 'prospect' }))).toBe(1);
    expect(expectedPosts(plan({ contractPosts: 3 }))).toBe(3);
    // A contract with no publish milestone still asks for the post the deal is about.
    expect(expectedPosts(plan({ contractPosts: 0 }))).toBe(1);
  });

  it('is none for a gift sent with no post asked for, and none for one that never started', () => {
    expect(expectedPosts(plan({ expectsPost: false, contractPosts: 2 }))).toBe(0);
    expect(expectedPosts(plan({ stage: 'declined' }))).toBe(0);
  });

  it('is none for one that ended before anything was due; one that ended after a due day still counts', () => {
    expect(expectedPosts(plan({ stage: 'terminated' }))).toBe(0);
    expect(expectedPosts(plan({ stage: 'terminated', firstDueOn: '2026-04-01' }))).toBe(0);
    // Due at the end of its day: ending on it is before it was due.
    expect(expectedPosts(plan({ stage: 'terminated', firstDueOn: '2026-03-25' }))).toBe(0);
    expect(expectedPosts(plan({ stage: 'terminated', firstDueOn: '2026-03-24', contractPosts: 2 }))).toBe(2);
    // The day it ended is the brand's.
    expect(expectedPosts(plan({ stage: 'terminated', firstDueOn: '2026-03-24', timeZone: 'Europe/London' }))).toBe(0);
    // Completed is not ended early: it counts whatever its dates.
    expect(expectedPosts(plan({ stage: 'completed' }))).toBe(1);
  });

  it('is what the brand set by hand, over the contract and the gift mark', () => {
    expect(expectedPosts(plan({ ownPosts: 2, contractPosts: 3 }))).toBe(2);
    expect(expectedPosts(plan({ ownPosts: 1, expectsPost: false }))).toBe(1);
    expect(expectedPosts(plan({ ownPosts: 0 }))).toBe(0);
    expect(expectedPosts(plan({ ownPosts: 2, stage: 'terminated' }))).toBe(0);
  });
});
