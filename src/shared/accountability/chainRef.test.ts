import { describe, expect, it } from 'vitest';
import { parseReference, referenceLine, sealTime } from './chainRef';

const HASH = '3f9a2c1d5e7b0a44c0ffee00112233445566778899aabbccddeeff0011223344';

describe('references to the history’s seal', () => {
  it('print the first 16 characters of the seal and the minute in UTC, in the message’s language', () => {
    expect(sealTime('2026-03-25T15:02:59.999+01:00')).toBe('2026-03-25 14:02 UTC');
    expect(referenceLine('en', HASH, '2026-03-25T14:02:31.000Z')).toBe('Ref. 3f9a2c1d5e7b0a44 · 2026-03-25 14:02 UTC');
    expect(referenceLine('nl', HASH, '2026-03-25T14:02:31.000Z')).toBe('Kenmerk 3f9a2c1d5e7b0a44 · 2026-03-25 14:02 UTC');
    expect(referenceLine('zh', HASH, '2026-03-25T14:02:31.000Z')).toBe('参考编号 3f9a2c1d5e7b0a44 · 2026-03-25 14:02 UTC');
  });

  it('read back as pasted, from any language, with or without the time', () => {
    for (const language of ['en', 'nl', 'zh'] as const) {
      expect(parseReference(`Best,\nSam\n\n${referenceLine(language, HASH, '2026-03-25T14:02:31.000Z')}`)).toEqual({ seal: '3f9a2c1d5e7b0a44', at: '2026-03-25T14:02:00.000Z' });
    }
    expect(parseReference(HASH.toUpperCase())).toEqual({ seal: HASH });
    expect(parseReference('Ref. 3f9a2c1d')).toBeNull();
    expect(parseReference('no seal here, 2026-03-25 14:02 UTC')).toBeNull();
  });
});
