import { describe, expect, it } from 'vitest';
import { insertAt } from './insertAt';

describe('insertAt', () => {
  it('inserts at the cursor', () => {
    expect(insertAt('Hi ,', 3, 3, '{creator_name}')).toEqual({ value: 'Hi {creator_name},', cursor: 17 });
  });

  it('replaces a selection', () => {
    expect(insertAt('Hi Mia,', 3, 6, '{creator_name}')).toEqual({ value: 'Hi {creator_name},', cursor: 17 });
  });

  it('appends when the cursor is unknown or past the end', () => {
    expect(insertAt('Hi', 99, 99, '!')).toEqual({ value: 'Hi!', cursor: 3 });
  });
});
