import { describe, expect, it } from 'vitest';
import { guessDateOrder, readDay } from './dateOrder';

describe('date order', () => {
  it('reads a day only in the order given', () => {
    expect(readDay('30/11/2026', 'dd/mm/yyyy')).toBe('2026-11-30');
    expect(readDay('11/30/2026', 'm/d/yyyy')).toBe('2026-11-30');
    expect(readDay('30/11/2026', 'm/d/yyyy')).toBeNull();
    expect(readDay('2026-13-45', 'yyyy-mm-dd')).toBeNull();
    expect(readDay('31/02/2026', 'dd/mm/yyyy')).toBeNull();
  });
  it('guesses only when the file’s dates fit one order', () => {
    expect(guessDateOrder(['01/02/2026', '30/11/2026'])).toBe('dd/mm/yyyy');
    expect(guessDateOrder(['11/30/2026'])).toBe('m/d/yyyy');
    expect(guessDateOrder(['01/02/2026', '03/04/2026'])).toBeNull();
    expect(guessDateOrder(['30/11/2026', '11/30/2026'])).toBeNull();
    expect(guessDateOrder(['2026-11-30'])).toBe('yyyy-mm-dd');
  });
});
