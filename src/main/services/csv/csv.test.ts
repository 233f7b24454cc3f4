import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contracted } from '../../testing/contracted';
import { snapshot, testContext } from '../../testing/context';
import { expectAppError } from '../../testing/expectAppError';
import { createCampaign } from '../campaigns';
import { updateCollaboration } from '../collaborations';
import { listCreators, updateCreator } from '../influencers';
import { campaignDashboard } from '../metrics/performance';
import { updateSettings } from '../settingsUpdate';
import { exportCsv } from './exportCsv';
import { previewImport, runImport } from './importCsv';

/** Row problems as the English sentence they read as; their keys and values are checked in cells.test.ts. */
const plain = (errors: { line: number; column: string | null; message: string }[]) => errors.map(({ line, column, message }) => ({ line, column, message }));

let ctx: ReturnType<typeof testContext>;
let campaignId: number;
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
  updateSettings(ctx, { timeZone: 'Europe/Amsterdam' });
  campaignId = createCampaign(ctx, { name: 'Spring', product: '', goals: '', targets: { views: 100_000, marginPct: 20 }, budgetMinor: null, currency: 'EUR' }).id;
  for (const [name, handle] of [['Mia Chen', '@mia'], ['Noah Berg', '@noah']] as const) {
    const { collaborationId, creatorId } = contracted(ctx, { creatorName: name, productReceivedOn: '2026-03-02' });
    updateCreator(ctx, { id: creatorId, handles: [{ platform: 'youtube', handle }] });
    updateCollaboration(ctx, { id: collaborationId, campaignId });
  }
});
afterEach(() => ctx.cleanup());

const metrics = (csv: string) => ({ kind: 'metrics' as const, csv, campaignId });
const HEADER = 'creator,date,post_url,platform,views,likes,cost';

describe('importing metrics', () => {
  it('lists every bad row with its line and column, and imports nothing', () => {
    const csv = [
      HEADER,
      'Mia Chen,2026-03-20,https://youtu.be/a,youtube,"48,000",2100,600',
      'Noah Berg,2026-03-20,https://youtu.be/b,youtube,12k,40,',
      'Lena Ortiz,2026-03-20,https://youtu.be/c,youtube,100,1,',
      'Mia Chen,2026-03-20,https://youtu.be/a,youtube,48000,2100,600',
      '@mia,2026-02-30,https://youtu.be/a,myspace,5,5,12.345',
    ].join('\n');
    const preview = previewImport(ctx, metrics(csv));
    expect(preview).toMatchObject({ rows: 5, errorCount: 6, newPosts: 1, encoding: null, numberFormat: '1,234.5' });
    expect(plain(preview.errors)).toEqual([
      { line: 3, column: 'views', message: '“12k” is not a whole number' },
      { line: 4, column: 'creator', message: 'No creator called “Lena Ortiz”: add them first, or import creators.' },
      { line: 5, column: null, message: 'Duplicate of line 2: the same post with numbers for the same moment.' },
      { line: 6, column: 'date', message: '“2026-02-30” is not a date in the order yyyy-mm-dd: check the date order chosen for the file' },
      { line: 6, column: 'platform', message: '“myspace” is not a platform Followthrough knows.' },
      { line: 6, column: 'cost', message: '“12.345” has more decimals than EUR has, reading numbers as 1,234.5; read as 1.234,5 it is 12345: check the number format chosen for the file.' },
    ]);
    const before = snapshot(ctx);
    const refused = expectAppError(() => runImport(ctx, metrics(csv)), 'BAD_INPUT');
    expect(refused.message).toBe('6 problems in the file; nothing was imported. Line 3, views: “12k” is not a whole number …');
    // The first row's own problem travels coded inside the refusal, for a page to word both.
    expect(refused).toMatchObject({ key: 'service.importRefused', params: { count: 6, line: 3, at: 'cell', column: 'views', becauseKey: 'field.cell.notWhole', 'because.text': '12k' } });
    expect(refused.issues).toHaveLength(6);
    expect(refused.issues![0]).toEqual({ path: ['line', 3, 'views'], message: '“12k” is not a whole number', key: 'field.cell.notWhole', params: { why: 'notWhole', text: '12k' } });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('reads dates in the file’s own order: guessed from a day above 12, or as chosen; a date that is not one in that order is refused at its row', () => {
    const csv = [HEADER, 'Mia Chen,30/11/2026,https://youtu.be/a,youtube,100,10,', 'Mia Chen,05/11/2026,https://youtu.be/a,youtube,90,9,'].join('\n');
    const guessed = previewImport(ctx, metrics(csv));
    expect(guessed).toMatchObject({ dateOrder: 'dd/mm/yyyy', errorCount: 0, dates: [{ line: 2, value: '30/11/2026', date: '2026-11-30' }, { line: 3, value: '05/11/2026', date: '2026-11-05' }] });
    const us = previewImport(ctx, { ...metrics(csv), dateOrder: 'm/d/yyyy' });
    expect(plain(us.errors)).toEqual([{ line: 2, column: 'date', message: '“30/11/2026” is not a date in the order m/d/yyyy: check the date order chosen for the file' }]);
    expect(us.dates[1]).toEqual({ line: 3, value: '05/11/2026', date: '2026-05-11' });
    expect(runImport(ctx, metrics(csv))).toMatchObject({ imported: 2 });
    // The start of each day in the brand's zone (Amsterdam, an hour ahead of UTC in November).
    const stored = ctx.db.$client.prepare('SELECT captured_at AS at FROM metric_snapshots ORDER BY captured_at').all();
    expect(stored).toEqual([{ at: '2026-11-04T23:00:00.000Z' }, { at: '2026-11-29T23:00:00.000Z' }]);
  });

  it('refuses counts above the views at their row', () => {
    const preview = previewImport(ctx, metrics([HEADER, 'Mia Chen,2026-03-20,https://youtu.be/a,youtube,100000,999999,'].join('\n')));
    expect(preview.errors).toEqual([
      { line: 2, column: 'likes', message: 'Likes (999,999) cannot be more than the views (100,000).', key: 'field.beyondViews', params: { field: 'likes', count: 999_999, views: 100_000 } },
    ]);
  });

  it('imports a good file in one go; the weak creator is flagged; importing it again is refused as duplicates', () => {
    const csv = [HEADER, 'Mia Chen,2026-03-20,https://youtu.be/a,youtube,"48,000",2100,600', 'Mia Chen,2026-03-22,https://youtu.be/a,youtube,52000,2300,600', '@mia,2026-03-22,,instagram,9000,500,', 'Noah Berg,2026-03-21T18:30:00Z,https://youtu.be/b,YouTube,4000,40,'].join('\r\n');
    expect(runImport(ctx, metrics(csv))).toEqual({ kind: 'metrics', imported: 4, newPosts: 3 });
    const dashboard = campaignDashboard(ctx, { campaignId });
    const byName = Object.fromEntries(dashboard.rows.map((r) => [r.creatorName, r]));
    // The newest reading of each post counts: 52,000 + 9,000.
    expect(byName['Mia Chen']!.performance).toMatchObject({ posts: 2, views: 61_000, likes: 2_800, costMinor: 60_000 });
    expect(byName['Mia Chen']!.verdict.underperforming).toBe(false);
    expect(byName['Noah Berg']!.verdict).toMatchObject({ underperforming: true, misses: [expect.objectContaining({ target: 'views', expected: 50_000, actual: 4_000 })] });
    expect(dashboard.series.map((p) => [p.date, p.views])).toEqual([
      ['2026-03-20', 48_000],
      ['2026-03-21', 52_000],
      ['2026-03-22', 65_000],
    ]);
    const again = expectAppError(() => runImport(ctx, metrics(csv)), 'BAD_INPUT');
    expect(again.issues).toHaveLength(4);
    expect(again.issues![0]!.message).toBe('Already imported: this post has numbers for that moment.');
  });

  it('asks for the columns it cannot find, and follows a mapping given by hand', () => {
    const csv = 'Who,When,Plays\nMia Chen,2026-03-20,100\n';
    const missing = expectAppError(() => previewImport(ctx, metrics(csv)), 'BAD_INPUT');
    expect(missing.issues).toEqual([
      { path: ['mapping', 'creator'], message: 'Choose the column with the creator (name or handle).', key: 'service.chooseColumn', params: { field: 'creator' } },
      { path: ['mapping', 'capturedAt'], message: 'Choose the column with the date of the numbers.', key: 'service.chooseColumn', params: { field: 'capturedAt' } },
    ]);
    const preview = previewImport(ctx, { ...metrics(csv), mapping: { creator: 'Who', capturedAt: 'When', views: 'Plays' } });
    expect(preview).toMatchObject({ rows: 1, errorCount: 0, sample: [{ creator: 'Mia Chen', capturedAt: '2026-03-20', views: '100' }] });
    expect(expectAppError(() => previewImport(ctx, { ...metrics(csv), mapping: { creator: 'Name', capturedAt: 'When' } }), 'BAD_INPUT').message).toBe('The file has no column “Name”.');
  });

  it('counts lines inside quoted cells, so the line numbers match the file', () => {
    const csv = `creator,date,title,views\nMia Chen,2026-03-20,"Two\nlines",10\nNoah Berg,2026-03-20,x,ten\n`;
    expect(plain(previewImport(ctx, metrics(csv)).errors)).toEqual([{ line: 4, column: 'views', message: '“ten” is not a whole number' }]);
  });
});

describe('creators in and out', () => {
  it('refuses duplicates and bad fields with their columns, then imports the fixed file', () => {
    const bad = ['name,handles,email,followers', 'Ada Lovelace,instagram:@ada,ada@example,1200', 'Mia Chen,youtube:@mia,,', 'Bo,tiktok:@bo,,', 'Bo,tiktok:@bo,,'].join('\n');
    expect(previewImport(ctx, { kind: 'creators', csv: bad }).errors).toMatchObject([
      { line: 2, column: 'email', message: 'Enter a valid email address, like name@example.com' },
      { line: 3, column: null, message: 'Mia Chen is already among your creators.' },
      { line: 5, column: null, message: 'Duplicate of line 4: the same creator twice.' },
    ]);
    const before = snapshot(ctx);
    expectAppError(() => runImport(ctx, { kind: 'creators', csv: bad }), 'BAD_INPUT');
    expect(snapshot(ctx)).toEqual(before);
    expect(runImport(ctx, { kind: 'creators', csv: 'name,handles,followers\nAda Lovelace,instagram:@ada; tiktok:@ada,"1,200"\n' })).toMatchObject({ imported: 1 });
  });

  it('round trip: what one database exports, another imports unchanged', () => {
    runImport(ctx, { kind: 'creators', csv: 'name,handles,email,followers,language,notes\nAda Lovelace,instagram:@ada; tiktok:@ada,ada@example.com,1200,en,"=cmd|\' /C calc\'!A0"\n' });
    runImport(ctx, metrics([HEADER, 'Mia Chen,2026-03-20,https://youtu.be/a,youtube,48000,2100,600.50', 'Noah Berg,2026-03-21,,tiktok,4000,,'].join('\n')));
    const creatorsFile = exportCsv(ctx, { kind: 'creators' });
    const metricsFile = exportCsv(ctx, { kind: 'metrics', campaignId });
    // A cell that a spreadsheet would run as a formula is written as text.
    expect(creatorsFile.csv).toContain(`,'=cmd|' /C calc'!A0\r\n`);
    expect(metricsFile).toMatchObject({ rows: 2, filename: 'followthrough-metrics-spring-2026-03-25.csv' });

    const other = testContext('2026-03-25T10:00:00.000Z');
    try {
      updateSettings(other, { timeZone: 'Europe/Amsterdam' });
      expect(runImport(other, { kind: 'creators', csv: creatorsFile.csv })).toMatchObject({ imported: 3 });
      const strip = ({ id: _i, createdAt: _c, updatedAt: _u, ...c }: Record<string, unknown>) => c;
      expect(listCreators(other, { includeInactive: true }).map(strip)).toEqual(listCreators(ctx, { includeInactive: true }).map(strip));
      const otherCampaign = createCampaign(other, { name: 'Spring', product: '', goals: '', targets: {}, budgetMinor: null, currency: 'EUR' }).id;
      for (const c of listCreators(other, { includeInactive: true })) {
        if (c.name !== 'Ada Lovelace') contractedIn(other, c.id, otherCampaign);
      }
      expect(runImport(other, { kind: 'metrics', csv: metricsFile.csv, campaignId: otherCampaign })).toMatchObject({ imported: 2, newPosts: 2 });
      const again = exportCsv(other, { kind: 'metrics', campaignId: otherCampaign });
      expect(again.csv).toBe(metricsFile.csv);
    } finally {
      other.cleanup();
    }
  });

  it('exports collaborations with their stage, next deadline, lateness and deduction', () => {
    const file = exportCsv(ctx, { kind: 'collaborations', campaignId });
    const [header, first] = file.csv.split('\r\n');
    expect(header).toBe('id,creator,campaign,stage,fee,currency,product,signed_on,product_received_on,next_deadline,next_due,days_late,deduction');
    // Product received 2 March: the product feedback was due on the 5th, 20 days late by the 25th.
    expect(first).toMatch(/^1,Mia Chen,Spring,in_production,1000,EUR,,,2026-03-02,Product feedback,2026-03-05,20,500$/);
  });
});

function contractedIn(on: ReturnType<typeof testContext>, creatorId: number, campaign: number) {
  on.db.$client
    .prepare(`INSERT INTO collaborations (creator_id, campaign_id, stage, stage_since, fee_minor, currency, created_at, updated_at) VALUES (?, ?, 'published', 't', 0, 'EUR', 't', 't')`)
    .run(creatorId, campaign);
}
