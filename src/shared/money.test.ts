import { describe, expect, it } from 'vitest';
import { currencyDigits, formatMoney, toMajor, toMinor } from './money';

describe('money', () => {
  it('converts typed amounts to integer minor units without float drift', () => {
    expect(toMinor(19.99, 'EUR')).toBe(1999);
    expect(toMinor(1000.1, 'USD')).toBe(100_010);
    expect(toMinor(0.29, 'EUR')).toBe(29);
    expect(toMinor(1500, 'JPY')).toBe(1500);
    expect(toMinor(1.234, 'BHD')).toBe(1234);
  });

  it('knows each currency’s precision', () => {
    expect([currencyDigits('EUR'), currencyDigits('JPY'), currencyDigits('BHD')]).toEqual([2, 0, 3]);
    expect(toMajor(125_050, 'EUR')).toBe(1250.5);
  });

  it('formats with the currency, dropping empty cents', () => {
    expect(formatMoney(125_000, 'EUR', 'en')).toBe('€1,250');
    expect(formatMoney(125_050, 'USD', 'en')).toBe('$1,250.50');
    expect(formatMoney(1500, 'JPY', 'en')).toBe('¥1,500');
  });

  it('keeps each locale and precision apart when formatting many amounts', () => {
    const twice = (f: () => string) => [f(), f()];
    expect(twice(() => formatMoney(125_050, 'EUR', 'en'))).toEqual(['€1,250.50', '€1,250.50']);
    expect(formatMoney(125_050, 'EUR', 'nl')).toBe('€\u00a01.250,50');
    expect(formatMoney(125_000, 'EUR', 'nl')).toBe('€\u00a01.250');
    expect(formatMoney(125_000, 'EUR', 'en')).toBe('€1,250');
  });

  it('writes an amount in a code the platform refuses as digits and the code, every time', () => {
    expect([formatMoney(1234, 'EURO', 'en'), formatMoney(1234, 'EURO', 'en')]).toEqual(['12.34 EURO', '12.34 EURO']);
  });
});
