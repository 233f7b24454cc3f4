import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CsvImportInput } from '../../../shared/csv/schemas';
import { spelled } from '../../../shared/i18n/spelled';
import { contracted } from '../../testing/contracted';
import { snapshot, testContext } from '../../testing/context';
import { expectAppError } from '../../testing/expectAppError';
import { createCampaign } from '../campaigns';
import { updateCollaboration } from '../collaborations';
import { listCreators } from '../influencers';
import { updateSettings } from '../settingsUpdate';
import { previewImport, runImport } from './importCsv';
import { readCsvFile } from './source';

/*
 * Files as spreadsheets save them: the bytes below are what Excel writes with "Save as CSV" on a
 * Dutch and on a Chinese Windows, not text that was already decoded.
 */

/** Windows-1252, Excel's "CSV" on a Western Windows: one byte per accented letter (ë = EB, ü = FC, € = 80). */
const windows1252 = (text: string) => {
  const euro = text.split('€');
  return Buffer.concat(euro.flatMap((part, i) => [...(i > 0 ? [Buffer.from([0x80])] : []), Buffer.from(part, 'latin1')]));
};

/** GBK, Excel's "CSV" on a Chinese Windows: two bytes per character (checked with `iconv -t gbk`). */
const GBK: Record<string, string> = { 姓名: 'd0d5c3fb', 邮箱: 'd3cacfe4', 粉丝数: 'b7dbcbbfcafd', 平台: 'c6bdcca8', 账号: 'd5cbbac5', 张伟: 'd5c5ceb0', 李娜: 'c0eec4c8' };
const gbk = (text: string) =>
  Buffer.concat(
    text.split(new RegExp(`(${Object.keys(GBK).join('|')})`)).map((part) => {
      if (GBK[part]) return Buffer.from(GBK[part], 'hex');
      expect(part).toMatch(/^[\x00-\x7f]*$/);
      return Buffer.from(part, 'ascii');
    }),
  );

const b64 = (bytes: Buffer) => bytes.toString('base64');
const creators = (bytes: Buffer, more: Partial<CsvImportInput> = {}) => CsvImportInput.parse({ kind: 'creators', base64: b64(bytes), ...more });
const names = () => listCreators(ctx, { includeInactive: true }).map((c) => [c.name, c.email, c.followers]);

let ctx: ReturnType<typeof testContext>;
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
  updateSettings(ctx, { timeZone: 'Europe/Amsterdam' });
});
afterEach(() => ctx.cleanup());

describe('CSV files in the encodings spreadsheets save', () => {
  it('reads a Dutch Excel file in Windows-1252: accents, semicolons, Dutch headers and 12.400 as twelve thousand four hundred', () => {
    const file = windows1252('Naam;E-mail;Volgers;Notities\r\nZoë Müller;zoe@example.nl;12.400;Budget € 500\r\nJoël Baïs;joel@example.nl;3.200;\r\n');
    const reading = readCsvFile({ base64: b64(file) });
    expect(reading).toMatchObject({ encoding: 'windows-1252', detected: 'windows-1252', bom: false, columns: ['Naam', 'E-mail', 'Volgers', 'Notities'], numberFormat: '1.234,5', numberEvidence: null });
    expect(reading.firstRow).toEqual({ Naam: 'Zoë Müller', 'E-mail': 'zoe@example.nl', Volgers: '12.400', Notities: 'Budget € 500' });
    expect(reading.options[0]).toEqual({ encoding: 'windows-1252', sample: ['Naam;E-mail;Volgers;Notities', 'Zoë Müller;zoe@example.nl;12.400;Budget € 500', 'Joël Baïs;joel@example.nl;3.200;'], unreadable: 0 });

    const preview = previewImport(ctx, creators(file));
    expect(preview).toMatchObject({ rows: 2, errorCount: 0, encoding: 'windows-1252', numberFormat: '1.234,5', mapping: { name: 'Naam', email: 'E-mail', followers: 'Volgers', notes: 'Notities' } });
    expect(runImport(ctx, creators(file))).toMatchObject({ imported: 2 });
    expect(names()).toEqual([
      ['Joël Baïs', 'joel@example.nl', 3_200],
      ['Zoë Müller', 'zoe@example.nl', 12_400],
    ]);
    expect(listCreators(ctx, { includeInactive: true }).find((c) => c.name === 'Zoë Müller')!.notes).toBe('Budget € 500');
  });

  it('reads a Chinese Excel file in GBK with Chinese headers, and offers the other encodings with how they read', () => {
    const file = gbk('姓名,邮箱,粉丝数,平台,账号\r\n张伟,zhangwei@example.cn,"12,400",douyin,@zhangwei\r\n李娜,lina@example.cn,3200,weibo,@lina\r\n');
    const reading = readCsvFile({ base64: b64(file) });
    expect(reading).toMatchObject({ encoding: 'gb18030', detected: 'gb18030', columns: ['姓名', '邮箱', '粉丝数', '平台', '账号'], numberFormat: '1,234.5', numberEvidence: null });
    expect(reading.options.map((o) => o.encoding)).toEqual(['gb18030', 'big5', 'windows-1252']);
    expect(reading.options[0]!.sample[1]).toBe('张伟,zhangwei@example.cn,"12,400",douyin,@zhangwei');
    // Read the Western way, the same bytes are gibberish: that is what the preview shows if chosen.
    expect(readCsvFile({ base64: b64(file), encoding: 'windows-1252' }).firstRow['ÐÕÃû']).toBe('ÕÅÎ°');

    expect(runImport(ctx, creators(file))).toMatchObject({ imported: 2 });
    expect(names()).toEqual([
      ['张伟', 'zhangwei@example.cn', 12_400],
      ['李娜', 'lina@example.cn', 3_200],
    ]);
    expect(listCreators(ctx, { includeInactive: true }).find((c) => c.name === '张伟')!.handles).toEqual([{ platform: 'douyin', handle: '@zhangwei' }]);
  });

  it('reads UTF-8 with or without the byte order mark Excel puts first', () => {
    const text = 'name,email\r\nZoë Müller,zoe@example.nl\r\n';
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect(readCsvFile({ base64: b64(bom) })).toMatchObject({ encoding: 'utf-8', bom: true, columns: ['name', 'email'], firstRow: { name: 'Zoë Müller' } });
    expect(readCsvFile({ base64: b64(Buffer.from(text, 'utf8')) })).toMatchObject({ encoding: 'utf-8', bom: false, columns: ['name', 'email'] });
    // Pasted text needs no decoding; its numbers are guessed the same way.
    expect(readCsvFile({ csv: 'Naam;Volgers\nZoë Müller;1.234,5\n' })).toEqual({
      encoding: null,
      detected: null,
      bom: false,
      options: [],
      columns: ['Naam', 'Volgers'],
      firstRow: { Naam: 'Zoë Müller', Volgers: '1.234,5' },
      numberFormat: '1.234,5',
      numberEvidence: { line: 2, value: '1.234,5' },
    });
    expect(runImport(ctx, creators(bom))).toMatchObject({ imported: 1 });
    expect(names()).toEqual([['Zoë Müller', 'zoe@example.nl', null]]);
  });

  it('judges a large file by its first lines and still reads all of it', () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `张伟,zw${i}@example.cn,${i}\r\n`).join('');
    const file = gbk(`姓名,邮箱,粉丝数\r\n${rows}李娜,lina@example.cn,3200\r\n`);
    expect(file.length).toBeGreaterThan(100_000);
    expect(readCsvFile({ base64: b64(file) })).toMatchObject({ encoding: 'gb18030', columns: ['姓名', '邮箱', '粉丝数'] });
    const preview = previewImport(ctx, creators(file));
    expect(preview).toMatchObject({ rows: 4001, encoding: 'gb18030' });
    expect(preview.errors.filter((e) => e.message.startsWith('Characters here'))).toEqual([]);
  });

  it('detects Big5 and Shift-JIS, and UTF-16 by its byte order mark (Excel’s “Unicode text”, separated by tabs)', () => {
    // iconv -t big5 of "姓名,粉絲數 / 張偉,12400", and -t shift_jis of "名前,フォロワー / 山田太郎,12400 / さくら,800".
    const big5 = Buffer.from('a96da6572cafbbb5b7bcc60d0ab169b0b62c31323430300d0a', 'hex');
    const sjis = Buffer.from('96bc914f2c83748348838d838f815b0d0a8e52936391be98592c31323430300d0a82b382ad82e72c3830300d0a', 'hex');
    expect(readCsvFile({ base64: b64(big5) })).toMatchObject({ encoding: 'big5', columns: ['姓名', '粉絲數'], firstRow: { 姓名: '張偉' } });
    expect(readCsvFile({ base64: b64(sjis) })).toMatchObject({ encoding: 'shift_jis', columns: ['名前', 'フォロワー'], firstRow: { 名前: '山田太郎' } });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('name\temail\r\n张伟\tzhangwei@example.cn\r\n', 'utf16le')]);
    expect(readCsvFile({ base64: b64(utf16) })).toMatchObject({ encoding: 'utf-16le', bom: true, columns: ['name', 'email'], firstRow: { name: '张伟' } });
    expect(runImport(ctx, creators(utf16))).toMatchObject({ imported: 1 });
    expect(names()).toEqual([['张伟', 'zhangwei@example.cn', null]]);
  });

  it('never imports a character lost in decoding: each one is a problem at its line and column', () => {
    const file = gbk('name,email\r\n张伟,zhangwei@example.cn\r\nAda,ada@example.com\r\n李娜,lina@example.cn\r\n');
    const asUtf8 = creators(file, { encoding: 'utf-8' });
    const preview = previewImport(ctx, asUtf8);
    expect(preview.encoding).toBe('utf-8');
    const message = 'Characters here cannot be read as UTF-8 (Unicode) (they show as \uFFFD): choose the file’s encoding, or save it from the spreadsheet as CSV UTF-8.';
    // The encoding goes by its key, for the page to name it in its own words.
    const coded = { key: 'service.cellUnreadable', params: { encodingKey: 'importExport:encoding.utf-8' } };
    expect(preview.errors).toEqual([
      { line: 2, column: 'name', message, ...coded },
      { line: 4, column: 'name', message, ...coded },
    ]);
    const before = snapshot(ctx);
    expect(expectAppError(() => runImport(ctx, asUtf8), 'BAD_INPUT').message).toMatch(/^2 problems in the file; nothing was imported\. Line 2, name: Characters here cannot be read as UTF-8/);
    expect(snapshot(ctx)).toEqual(before);

    // Pasted text that already lost a character is refused the same way.
    const pasted = previewImport(ctx, CsvImportInput.parse({ kind: 'creators', csv: 'name\nZo\uFFFD M\uFFFDller\n' }));
    expect(pasted.errors).toEqual([{ line: 2, column: 'name', message: expect.stringMatching(/^A character here was lost before the text reached Followthrough/), key: 'service.charLost', params: {} }]);
  });

  it('takes the file as text or as bytes, never both, and an encoding only with bytes', () => {
    const issue = (input: unknown) => CsvImportInput.safeParse(input).error?.issues.map((i) => [i.path.join('.'), spelled(i.message).message]);
    expect(issue({ kind: 'creators' })).toEqual([['csv', 'Choose a CSV file or paste its text']]);
    expect(issue({ kind: 'creators', csv: 'name', base64: 'bmFtZQ==' })).toEqual([['base64', 'Send the file either as text (csv) or as bytes (base64), not both']]);
    expect(issue({ kind: 'creators', csv: 'name', encoding: 'gb18030' })).toEqual([['encoding', 'An encoding only applies to a file sent as bytes (base64)']]);
    expect(issue({ kind: 'creators', base64: 'bmFtZQ==', encoding: 'latin-9' })?.[0]?.[0]).toBe('encoding');
    expect(issue({ kind: 'creators', base64: 'not base64!' })).toEqual([['base64', 'The file’s bytes must be base64-encoded']]);
  });
});

describe('number formats', () => {
  let campaignId: number;
  beforeEach(() => {
    campaignId = createCampaign(ctx, { name: 'Lente', product: '', goals: '', targets: {}, budgetMinor: null, currency: 'EUR' }).id;
    const { collaborationId } = contracted(ctx, { creatorName: 'Zoë Müller', productReceivedOn: '2026-03-02' });
    updateCollaboration(ctx, { id: collaborationId, campaignId });
  });

  const dutch = windows1252('Naam;Datum;Weergaven;Vind-ik-leuks;Kosten\r\nZoë Müller;2026-03-20;12.400;1.234;€ 1.250,50\r\n');
  const metrics = (numberFormat?: '1,234.5' | '1.234,5') => CsvImportInput.parse({ kind: 'metrics', base64: b64(dutch), campaignId, ...(numberFormat ? { numberFormat } : {}) });

  it('reads the whole file in the format it is given, guessed from the file when not', () => {
    expect(readCsvFile({ base64: b64(dutch) })).toMatchObject({ numberFormat: '1.234,5', numberEvidence: { line: 2, value: '€ 1.250,50' } });
    expect(previewImport(ctx, metrics())).toMatchObject({ numberFormat: '1.234,5', errorCount: 0, sample: [{ creator: 'Zoë Müller', views: '12.400', likes: '1.234', cost: '€ 1.250,50' }] });
    expect(runImport(ctx, metrics('1.234,5'))).toMatchObject({ imported: 1 });
    const stored = ctx.db.$client.prepare('SELECT views, likes, cost_minor AS costMinor FROM metric_snapshots').all();
    expect(stored).toEqual([{ views: 12_400, likes: 1_234, costMinor: 125_050 }]);
  });

  it('refuses, with both readings, cells that do not fit the format chosen, and imports nothing', () => {
    const before = snapshot(ctx);
    const preview = previewImport(ctx, metrics('1,234.5'));
    expect(preview.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [2, 'Weergaven', '“12.400” is not a whole number, reading numbers as 1,234.5; read as 1.234,5 it is 12400: check the number format chosen for the file.'],
      [2, 'Vind-ik-leuks', '“1.234” is not a whole number, reading numbers as 1,234.5; read as 1.234,5 it is 1234: check the number format chosen for the file.'],
      [2, 'Kosten', '“€ 1.250,50” is not an amount (write it like 1250.50), reading numbers as 1,234.5; read as 1.234,5 it is 1250.50: check the number format chosen for the file.'],
    ]);
    expectAppError(() => runImport(ctx, metrics('1,234.5')), 'BAD_INPUT');
    expect(snapshot(ctx)).toEqual(before);
  });
});
