import { describe, expect, it } from 'vitest';
import { type Cell, fromCell, parseCount as countCell, parseMoney as moneyCell, parseWhen as whenCell, toCell } from './cells';
import { translator } from '../i18n/createI18n';
import { spelled } from '../i18n/spelled';
import { IMPORT_FIELDS, normalizeHeader, suggestMapping } from './fields';
import { guessNumberFormat } from './numbers';

// A refused cell is coded; these read it in English, as the API sends it.
const said = <T>(cell: Cell<T>): Cell<T> => (cell.ok ? cell : { ok: false, message: spelled(cell.message).message });
const parseCount = (...args: Parameters<typeof countCell>) => said(countCell(...args));
const parseMoney = (...args: Parameters<typeof moneyCell>) => said(moneyCell(...args));
const parseWhen = (...args: Parameters<typeof whenCell>) => said(whenCell(...args));

const EN = '1,234.5';
const NL = '1.234,5';

describe('cells', () => {
  it.each([
    ['12400', 12_400],
    ['12,400', 12_400],
    ['1 234 567', 1_234_567],
    ['', null],
    ['  7 ', 7],
  ] as const)('count %j → %j', (raw, value) => expect(parseCount(raw, EN)).toEqual({ ok: true, value }));

  it.each(['12k', '-3', '1.5', '12,40', 'n/a'])('count %j is refused with the reason', (raw) => {
    expect(parseCount(raw, EN)).toEqual({ ok: false, message: `“${raw}” is not a whole number` });
  });

  it.each([
    ['1250.50', 'EUR', 125_050],
    ['€80', 'EUR', 8_000],
    ['1,250', 'USD', 125_000],
    ['3000', 'JPY', 3_000],
    ['', 'EUR', null],
  ] as const)('money %j in %s → %j', (raw, currency, value) => expect(parseMoney(raw, currency, EN)).toEqual({ ok: true, value }));

  it('refuses money it cannot read exactly', () => {
    expect(parseMoney('12.3456', 'EUR', EN)).toEqual({ ok: false, message: '“12.3456” has more decimals than EUR has' });
    expect(parseMoney('12,5', 'EUR', EN).ok).toBe(false);
    expect(parseMoney('lots', 'EUR', EN)).toEqual({ ok: false, message: '“lots” is not an amount (write it like 1250.50)' });
  });

  it.each([
    ['12.400', 12_400],
    ['1.234.567', 1_234_567],
    ['12 400', 12_400],
    ['980', 980],
  ] as const)('Dutch count %j → %j', (raw, value) => expect(parseCount(raw, NL)).toEqual({ ok: true, value }));

  it.each([
    ['1.234,5', 'EUR', 123_450],
    ['€ 1.250,50', 'EUR', 125_050],
    ['1250,50 €', 'EUR', 125_050],
    ['12.400', 'EUR', 1_240_000],
    ['3.000', 'JPY', 3_000],
  ] as const)('Dutch money %j in %s → %j', (raw, currency, value) => expect(parseMoney(raw, currency, NL)).toEqual({ ok: true, value }));

  it('refuses a cell that only reads in the other number format, saying how it would read there', () => {
    expect(parseCount('12.400', EN)).toEqual({
      ok: false,
      message: '“12.400” is not a whole number, reading numbers as 1,234.5; read as 1.234,5 it is 12400: check the number format chosen for the file.',
    });
    expect(parseCount('12,400', NL)).toEqual({
      ok: false,
      message: '“12,400” is not a whole number, reading numbers as 1.234,5; read as 1,234.5 it is 12400: check the number format chosen for the file.',
    });
    // Not a whole number either way: just the reason.
    expect(parseCount('12,5', NL)).toEqual({ ok: false, message: '“12,5” is not a whole number' });
    expect(parseMoney('1.234,5', 'EUR', EN)).toEqual({
      ok: false,
      message: '“1.234,5” is not an amount (write it like 1250.50), reading numbers as 1,234.5; read as 1.234,5 it is 1234.5: check the number format chosen for the file.',
    });
    expect(parseMoney('12.345', 'EUR', EN)).toEqual({
      ok: false,
      message: '“12.345” has more decimals than EUR has, reading numbers as 1,234.5; read as 1.234,5 it is 12345: check the number format chosen for the file.',
    });
    expect(parseMoney('12.50', 'EUR', NL)).toEqual({
      ok: false,
      message: '“12.50” is not an amount (write it like 1250,50), reading numbers as 1.234,5; read as 1,234.5 it is 12.50: check the number format chosen for the file.',
    });
  });

  it('guesses the number format from cells that read one way only, else from the separator', () => {
    const rows = (...cells: string[][]) => cells.map((c, i) => ({ line: i + 2, cells: c }));
    expect(guessNumberFormat(rows(['Zoë', '12.400'], ['Joël', '1.234,5']), ',')).toEqual({ format: NL, evidence: { line: 3, value: '1.234,5' } });
    expect(guessNumberFormat(rows(['Mia', '€ 12,50'], ['Tom', '800']), ',')).toEqual({ format: NL, evidence: { line: 2, value: '€ 12,50' } });
    expect(guessNumberFormat(rows(['Mia', '1,234.5'], ['Tom', '12.400']), ';')).toEqual({ format: EN, evidence: { line: 2, value: '1,234.5' } });
    // "12.400" and "12,400" read both ways, and a date tells nothing either.
    expect(guessNumberFormat(rows(['12.400', '2026-03-22'], ['12,400']), ',')).toEqual({ format: EN, evidence: null });
    expect(guessNumberFormat(rows(['12.400']), ';')).toEqual({ format: NL, evidence: null });
  });

  it('reads dates in the brand’s zone and instants as they are', () => {
    expect(parseWhen('2026-03-22', 'Europe/Amsterdam')).toEqual({ ok: true, value: '2026-03-21T23:00:00.000Z' });
    expect(parseWhen('2026-03-22T14:00:00Z', 'Europe/Amsterdam')).toEqual({ ok: true, value: '2026-03-22T14:00:00.000Z' });
    // As a shop's export writes it, with a space and no colon in the offset.
    expect(parseWhen('2026-03-02 10:11:12 +0100', 'UTC')).toEqual({ ok: true, value: '2026-03-02T09:11:12.000Z' });
    expect(parseWhen('2026-02-30', 'UTC').ok).toBe(false);
    expect(parseWhen('22/03/2026', 'UTC')).toEqual({ ok: false, message: '“22/03/2026” is not a date in the order yyyy-mm-dd: check the date order chosen for the file' });
  });

  it('keeps spreadsheet formulas out of exports, and reads its own exports back', () => {
    expect(toCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(toCell('+31 6 1234')).toBe("'+31 6 1234");
    expect(toCell(-5)).toBe('-5');
    expect(fromCell(toCell('=SUM(A1)'))).toBe('=SUM(A1)');
    expect(fromCell("'plain")).toBe("'plain");
  });

  it('maps Dutch and Chinese headers too, and every alias is written as headers are compared', () => {
    expect(suggestMapping('creators', ['Naam', 'E-mail', 'Volgers', 'Platform', 'Regio'])).toMatchObject({ name: 'Naam', email: 'E-mail', followers: 'Volgers', platform: 'Platform', region: 'Regio' });
    expect(suggestMapping('creators', ['姓名', '邮箱', '粉丝数', '平台', '账号'])).toMatchObject({ name: '姓名', email: '邮箱', followers: '粉丝数', platform: '平台', handle: '账号' });
    expect(suggestMapping('metrics', ['达人', '日期', '作品链接', '播放量', '点赞数', '评论数', '花费'])).toMatchObject({
      creator: '达人',
      capturedAt: '日期',
      url: '作品链接',
      views: '播放量',
      likes: '点赞数',
      comments: '评论数',
      cost: '花费',
    });
    expect(suggestMapping('metrics', ['Naam', 'Datum', 'Weergaven', 'Vind-ik-leuks', 'Reacties', 'Kosten'])).toMatchObject({
      creator: 'Naam',
      capturedAt: 'Datum',
      views: 'Weergaven',
      likes: 'Vind-ik-leuks',
      comments: 'Reacties',
      cost: 'Kosten',
    });
    for (const spec of Object.values(IMPORT_FIELDS).flat()) {
      for (const alias of spec.aliases) expect(normalizeHeader(alias), `${spec.field}: ${alias}`).toBe(alias);
      expect(new Set(spec.aliases).size, spec.field).toBe(spec.aliases.length);
    }
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

describe('a refused cell in the interface’s language', () => {
  it('says the reason and the other reading in Chinese and Dutch, with the same values', () => {
    const cell = countCell('12.400', EN);
    const coded = cell.ok ? null : spelled(cell.message);
    expect(coded?.key).toBe('field.cell.otherFormat');
    const zh = (translator('zh') as unknown as (k: string, p: object) => string)(`errors:${coded!.key}`, coded!.params!);
    const nl = (translator('nl') as unknown as (k: string, p: object) => string)(`errors:${coded!.key}`, coded!.params!);
    expect(zh).toBe('“12.400”不是整数（按 1,234.5 格式读取数字）；按 1.234,5 格式读取则为 12400：请检查为该文件选择的数字格式。');
    expect(nl).toContain('“12.400” is geen heel getal');
    expect(nl).toContain('12400');
  });
});
