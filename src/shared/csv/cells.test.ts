import { describe, expect, it } from 'vitest';
import { fromCell, parseCount, parseMoney, parseWhen, toCell } from './cells';
import { suggestMapping } from './fields';

describe('cells', () => {
  it.each([
    ['12400', 12_400],
    ['12,400', 12_400],
    ['1 234 567', 1_234_567],
    ['', null],
    ['  7 ', 7],
  ] as const)('count %j → %j', (raw, value) => expect(parseCount(raw)).toEqual({ ok: true, value }));

  it.each(['12k', '-3', '1.5', '12,40', 'n/a'])('count %j is refused with the reason', (raw) => {
    expect(parseCount(raw)).toEqual({ ok: false, message: `“${raw}” is not a whole number` });
  });

  it.each([
    ['1250.50', 'EUR', 125_050],
    ['€80', 'EUR', 8_000],
    ['1,250', 'USD', 125_000],
    ['3000', 'JPY', 3_000],
    ['', 'EUR', null],
  ] as const)('money %j in %s → %j', (raw, currency, value) => expect(parseMoney(raw, currency)).toEqual({ ok: true, value }));

  it('refuses money it cannot read exactly', () => {
    expect(parseMoney('12.345', 'EUR')).toEqual({ ok: false, message: '“12.345” has more decimals than EUR has' });
    expect(parseMoney('12,5', 'EUR').ok).toBe(false);
    expect(parseMoney('lots', 'EUR').ok).toBe(false);
  });

  it('reads dates in the brand’s zone and instants as they are', () => {
    expect(parseWhen('2026-03-22', 'Europe/Amsterdam')).toEqual({ ok: true, value: '2026-03-21T23:00:00.000Z' });
    expect(parseWhen('2026-03-22T14:00:00Z', 'Europe/Amsterdam')).toEqual({ ok: true, value: '2026-03-22T14:00:00.000Z' });
    expect(parseWhen('2026-02-30', 'UTC').ok).toBe(false);
    expect(parseWhen('22/03/2026', 'UTC')).toEqual({ ok: false, message: '“22/03/2026” is not a date: write it as 2026-03-22 or 2026-03-22T14:00:00Z' });
  });

  it('keeps spreadsheet formulas out of exports, and reads its own exports back', () => {
    expect(toCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(toCell('+31 6 1234')).toBe("'+31 6 1234");
    expect(toCell(-5)).toBe('-5');
    expect(fromCell(toCell('=SUM(A1)'))).toBe('=SUM(A1)');
    expect(fromCell("'plain")).toBe("'plain");
  });

  it('maps platform export headers by themselves', () => {
    expect(suggestMapping('metrics', ['Account', 'Date', 'Post link', 'Impressions', 'Link clicks', 'Amount spent'])).toMatchObject({
      creator: 'Account',
      capturedAt: 'Date',
      url: 'Post link',
      views: 'Impressions',
      clicks: 'Link clicks',
      cost: 'Amount spent',
      likes: null,
    });
  });
});
