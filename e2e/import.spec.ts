import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { type Host, startHost } from './host';

test.use({ locale: 'en-GB', timezoneId: 'Europe/Amsterdam' });

const NOW = '2026-03-25T10:00:00Z';
test.use({ now: NOW });

interface Seeded {
  spring: number;
  autumn: number;
}

/**
 * Two creators in the spring campaign. Mia also has a newer collaboration in another campaign, so
 * only the campaign chosen in the wizard sends her numbers to the spring one.
 */
async function seed(host: Host): Promise<Seeded> {
  await host.call('settings.update', { brandName: 'Lumen Skincare', senderName: 'Sam', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const spring = (await host.call('campaigns.create', { name: 'Spring glow' })).data!.id;
  const autumn = (await host.call('campaigns.create', { name: 'Autumn calm' })).data!.id;
  const mia = (await host.call('influencers.create', { name: 'Mia Chen', handles: [{ platform: 'instagram', handle: '@mia.cooks' }] })).data!.id;
  const tom = (await host.call('influencers.create', { name: 'Tom Baker', handles: [{ platform: 'tiktok', handle: '@tombakes' }] })).data!.id;
  for (const [creatorId, campaignId] of [
    [mia, spring],
    [tom, spring],
    [mia, autumn],
  ] as const) {
    expect((await host.call('collaborations.create', { creatorId, campaignId, stage: 'published' })).ok).toBe(true);
  }
  return { spring, autumn };
}

const csvFile = (name: string, lines: string[]) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n') + '\r\n') });

const HEADER = 'creator,date,post_url,platform,views,likes,comments';
const MIA_22 = 'Mia Chen,2026-03-22,https://www.instagram.com/p/glow1,Instagram,12400,830,41';

async function openImport(page: Page, host: Host) {
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import & export' }).click();
  await expect(page.getByRole('heading', { name: 'Import a CSV' })).toBeVisible();
}

async function pick(page: Page, combobox: string, option: string) {
  await page.getByRole('combobox', { name: combobox, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('a metrics file with mistakes lists every one and imports nothing; the corrected file imports', async ({ page }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
  try {
    const { spring } = await seed(host);
    await openImport(page, host);

    await page.getByRole('radio', { name: 'Metrics' }).check();
    await pick(page, 'Which campaign are these numbers for?', 'Spring glow');
    await page.getByLabel('CSV file').setInputFiles(
      csvFile('march.csv', [
        HEADER,
        MIA_22,
        '@tombakes,2026-03-22,https://www.tiktok.com/@tombakes/video/1,TikTok,12k,310,12',
        'Nora Quinn,2026-03-22,,Instagram,900,20,1',
        MIA_22,
      ]),
    );
    await expect(page.getByText('Chosen: march.csv')).toBeVisible();
    await page.getByRole('button', { name: 'Next: match the columns' }).click();

    // The headers map themselves.
    await expect(page.getByRole('combobox', { name: 'Creator (name or handle)', exact: true })).toHaveValue('creator');
    await expect(page.getByRole('combobox', { name: 'Date of the numbers', exact: true })).toHaveValue('date');
    await expect(page.getByRole('combobox', { name: 'Post URL', exact: true })).toHaveValue('post_url');
    await expect(page.getByRole('combobox', { name: 'Views / impressions', exact: true })).toHaveValue('views');
    await expect(page.getByTestId('preview-status')).toHaveText('4 rows · 3 problems');
    await page.getByRole('button', { name: 'Next: check the rows' }).click();

    await expect(page.getByText('3 problems — fix the file and choose it again; nothing will be imported until every row is right')).toBeVisible();
    const problems = page.getByTestId('import-error');
    await expect(problems).toHaveCount(3);
    await expect(problems.nth(0).getByRole('cell')).toHaveText(['3', 'views', '“12k” is not a whole number']);
    await expect(problems.nth(1).getByRole('cell')).toHaveText(['4', 'creator', /No creator called “Nora Quinn”/]);
    await expect(problems.nth(2).getByRole('cell')).toHaveText(['5', 'Whole row', /Duplicate of line 2/]);
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
    // The rows read fine are shown as they will be read.
    await expect(page.getByRole('table', { name: 'First rows' }).getByRole('row')).toHaveCount(5);

    const nothing = await host.call('csv.export', { kind: 'metrics' });
    expect(nothing.data!.rows).toBe(0);

    // Fixed in the spreadsheet and chosen again.
    await page.getByRole('button', { name: 'Choose the file again' }).click();
    await page.getByLabel('CSV file').setInputFiles(
      csvFile('march.csv', [
        HEADER,
        MIA_22,
        '@tombakes,2026-03-22,https://www.tiktok.com/@tombakes/video/1,TikTok,"12,000",310,12',
        'Mia Chen,2026-03-24,https://www.instagram.com/p/glow1,Instagram,15800,990,52',
      ]),
    );
    await page.getByRole('button', { name: 'Next: match the columns' }).click();
    await expect(page.getByTestId('preview-status')).toHaveText('3 rows · no problems');
    await page.getByRole('button', { name: 'Next: check the rows' }).click();
    await expect(page.getByText('3 rows will be imported, adding 2 posts not in Followthrough yet.')).toBeVisible();
    await expect(page.getByTestId('import-error')).toHaveCount(0);
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    await expect(page.getByText('Imported 3 rows (2 new posts)')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open the Spring glow dashboard' })).toHaveAttribute('href', `#/campaigns/${spring}`);

    // Every reading went to the spring collaborations, Mia's newer autumn one untouched.
    const inSpring = await host.call('csv.export', { kind: 'metrics', campaignId: spring });
    expect(inSpring.data!.rows).toBe(3);
    expect(inSpring.data!.csv).toContain('Tom Baker,Spring glow,tiktok,https://www.tiktok.com/@tombakes/video/1');
    expect((await host.call('csv.export', { kind: 'metrics' })).data!.rows).toBe(3);
  } finally {
    await host.stop();
  }
});

test('a creators file with its own header is mapped by hand, imported, and exported again', async ({ page, consoleGuard }, testInfo) => {
  // The preview without a name column is refused (400), and says so at the field.
  consoleGuard.allow(/status of 400 .*\/api\/csv\.preview\b/);
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
  try {
    await openImport(page, host);
    await page.getByRole('radio', { name: 'Creators' }).check();
    await page.getByLabel('CSV file').setInputFiles(
      csvFile('creators.csv', [
        'Full name,handles,email,followers,region',
        'Lina Park,instagram:@lina.park; tiktok:@linapark,lina@example.com,"48,200",EU',
        'Omar Haddad,youtube:@omarcooks,omar@example.com,12000,UK',
      ]),
    );
    await page.getByRole('button', { name: 'Next: match the columns' }).click();

    // "Full name" is not a header the import knows: the name has to be pointed at it.
    const name = page.getByRole('combobox', { name: 'Name', exact: true });
    await expect(name).toHaveValue('');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Choose the column with the name.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Next: check the rows' })).toBeDisabled();
    await expect(page.getByRole('combobox', { name: 'Handles (platform:handle; …)', exact: true })).toHaveValue('handles');

    await pick(page, 'Name', 'Full name');
    await expect(page.getByText('Choose the column with the name.')).toHaveCount(0);
    await expect(page.getByText('First row: “Lina Park”')).toBeVisible();
    await expect(page.getByTestId('preview-status')).toHaveText('2 rows · no problems');
    await page.getByRole('button', { name: 'Next: check the rows' }).click();
    await expect(page.getByRole('table', { name: 'First rows' })).toContainText('Omar Haddad');
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    await expect(page.getByText('Imported 2 rows (2 new creators)')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open the Creators page' })).toHaveAttribute('href', '#/creators');

    const saving = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export creators' }).click();
    const download = await saving;
    expect(download.suggestedFilename()).toBe('followthrough-creators-2026-03-25.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('Lina Park,instagram:@lina.park; tiktok:@linapark,lina@example.com,48200,EU');
    expect(text).toContain('Omar Haddad,youtube:@omarcooks,omar@example.com,12000,UK');

    // The export reads back without any mapping, and knows both creators are already there.
    const again = await host.call('csv.preview', { kind: 'creators', csv: text });
    expect(again.data!.mapping).toMatchObject({ name: 'name', handles: 'handles', timeZone: 'time_zone' });
    expect(again.data!.errors.map((e) => e.message)).toEqual(['Lina Park is already among your creators.', 'Omar Haddad is already among your creators.']);
  } finally {
    await host.stop();
  }
});

/** GBK, Excel's "CSV" on a Chinese Windows: two bytes per character (checked with `iconv -t gbk`). */
const GBK: Record<string, string> = { 姓名: 'd0d5c3fb', 邮箱: 'd3cacfe4', 粉丝数: 'b7dbcbbfcafd', 平台: 'c6bdcca8', 账号: 'd5cbbac5', 张伟: 'd5c5ceb0', 李娜: 'c0eec4c8' };
const gbk = (text: string) =>
  Buffer.concat(text.split(new RegExp(`(${Object.keys(GBK).join('|')})`)).map((part) => (GBK[part] ? Buffer.from(GBK[part], 'hex') : Buffer.from(part, 'ascii'))));
/** Windows-1252, Excel's "CSV" on a Western Windows: one byte per accented letter (ë = EB, ü = FC). */
const windows1252 = (text: string) => Buffer.from(text, 'latin1');

test('creators files saved by Excel in GBK and in Windows-1252 import with their names right', async ({ page }, testInfo) => {
  const host = await startHost(testInfo.outputPath('data'), { now: NOW });
  try {
    await openImport(page, host);
    await page.getByRole('radio', { name: 'Creators' }).check();
    await page.getByLabel('CSV file').setInputFiles({
      name: '达人.csv',
      mimeType: 'text/csv',
      buffer: gbk('姓名,邮箱,粉丝数,平台,账号\r\n张伟,zhangwei@example.cn,"12,400",douyin,@zhangwei\r\n李娜,lina@example.cn,3200,weibo,@lina\r\n'),
    });
    await page.getByRole('button', { name: 'Next: match the columns' }).click();

    // Detected, shown as it reads, and the Chinese headers map themselves.
    await expect(page.getByRole('combobox', { name: 'Text encoding' })).toHaveValue('Simplified Chinese (GBK / GB18030) — detected');
    await expect(page.getByTestId('file-sample')).toContainText('张伟,zhangwei@example.cn,"12,400",douyin,@zhangwei');
    await expect(page.getByRole('combobox', { name: 'Name', exact: true })).toHaveValue('姓名');
    await expect(page.getByRole('combobox', { name: 'Followers', exact: true })).toHaveValue('粉丝数');
    await expect(page.getByRole('radio', { name: /^1,234\.5/ })).toBeChecked();
    await expect(page.getByTestId('preview-status')).toHaveText('2 rows · no problems');
    await page.getByRole('button', { name: 'Next: check the rows' }).click();
    await expect(page.getByTestId('read-as')).toHaveText('Read as Simplified Chinese (GBK / GB18030), numbers as 1,234.5.');
    await expect(page.getByRole('table', { name: 'First rows' })).toContainText('张伟');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByText('Imported 2 rows (2 new creators)')).toBeVisible();

    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.getByLabel('CSV file').setInputFiles({
      name: 'makers.csv',
      mimeType: 'text/csv',
      buffer: windows1252('Naam;E-mail;Volgers\r\nZo\u00eb M\u00fcller;zoe@example.nl;12.400\r\nJo\u00ebl Ba\u00efs;joel@example.nl;3.200\r\n'),
    });
    await page.getByRole('button', { name: 'Next: match the columns' }).click();
    const encoding = page.getByRole('combobox', { name: 'Text encoding' });
    await expect(encoding).toHaveValue('Western European (Windows-1252) — detected');
    await expect(page.getByTestId('file-sample')).toContainText('Zoë Müller;zoe@example.nl;12.400');
    // Semicolons and nothing that settles it: 1.234,5, so 12.400 is twelve thousand four hundred.
    await expect(page.getByRole('radio', { name: /^1\.234,5/ })).toBeChecked();
    await expect(page.getByTestId('preview-status')).toHaveText('2 rows · no problems');

    // Read the wrong way, the names lose letters: every such cell is a problem, nothing slips through.
    await encoding.click();
    await page.getByRole('option', { name: 'UTF-8 (Unicode)' }).click();
    await expect(page.getByTestId('file-sample')).toContainText('Zo\uFFFD M\uFFFDller');
    await expect(page.getByText('4 characters cannot be read as UTF-8 (Unicode)', { exact: false })).toBeVisible();
    await expect(page.getByTestId('preview-status')).toHaveText('2 rows · 2 problems');
    await page.getByRole('button', { name: 'Next: check the rows' }).click();
    await expect(page.getByTestId('import-error').first().getByRole('cell')).toHaveText(['2', 'Naam', /^Characters here cannot be read as UTF-8/]);
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();

    await page.getByRole('button', { name: 'Back' }).click();
    await encoding.click();
    await page.getByRole('option', { name: 'Western European (Windows-1252) — detected' }).click();
    await expect(page.getByTestId('preview-status')).toHaveText('2 rows · no problems');
    await page.getByRole('button', { name: 'Next: check the rows' }).click();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByText('Imported 2 rows (2 new creators)')).toBeVisible();

    const creators = (await host.call('influencers.list', { includeInactive: true })).data!;
    expect(creators.map((c) => [c.name, c.followers])).toEqual([
      ['Joël Baïs', 3_200],
      ['Zoë Müller', 12_400],
      ['张伟', 12_400],
      ['李娜', 3_200],
    ]);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Creators' }).click();
    await expect(page.getByText('Zoë Müller')).toBeVisible();
    await expect(page.getByText('张伟')).toBeVisible();
  } finally {
    await host.stop();
  }
});
