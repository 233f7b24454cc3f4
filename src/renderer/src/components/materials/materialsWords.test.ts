import { describe, expect, it } from 'vitest';
import { fileSize } from './fileSize';
import { guessKind } from './guessKind';

describe('a material as the page shows it', () => {
  it('gives sizes in decimal units in the interface’s language', () => {
    expect(fileSize(820, 'en-GB')).toBe('820 byte');
    expect(fileSize(14_230, 'en-GB')).toBe('14 kB');
    expect(fileSize(3_250_000, 'nl-NL')).toBe('3,3 MB');
    expect(fileSize(50_000_000, 'zh-CN')).toBe('50 MB');
  });

  it('guesses the kind from the media type', () => {
    expect(['image/heic', 'video/quicktime', 'application/pdf', 'application/zip', ''].map(guessKind)).toEqual(['photos', 'reference_video', 'manual', 'other', 'other']);
  });
});
