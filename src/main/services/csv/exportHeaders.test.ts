import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../../shared/i18n/locales';
import { contracted } from '../../testing/contracted';
import { testContext } from '../../testing/context';
import { createCampaign } from '../campaigns';
import { updateCollaboration } from '../collaborations';
import { listCreators, updateCreator } from '../influencers';
import { updateSettings } from '../settingsUpdate';
import { exportCsv } from './exportCsv';
import { previewImport, runImport } from './importCsv';

let ctx: ReturnType<typeof testContext>;
let campaignId: number;
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
  updateSettings(ctx, { timeZone: 'Europe/Amsterdam', language: 'zh' });
  campaignId = createCampaign(ctx, { name: 'Spring', product: '', goals: '', targets: {}, budgetMinor: null, currency: 'EUR' }).id;
  for (const [name, handle] of [['Mia Chen', '@mia'], ['Noah Berg', '@noah']] as const) {
    const { collaborationId, creatorId } = contracted(ctx, { creatorName: name, productReceivedOn: '2026-03-02' });
    updateCreator(ctx, { id: creatorId, handles: [{ platform: 'youtube', handle }] });
    updateCollaboration(ctx, { id: collaborationId, campaignId });
  }
  runImport(ctx, { kind: 'metrics', campaignId, csv: 'creator,date,post_url,platform,views,likes,cost\nMia Chen,2026-03-20,https://youtu.be/a,youtube,48000,2100,600.50\n' });
});
afterEach(() => ctx.cleanup());

const headerOf = (csv: string) => csv.split('\r\n')[0];

describe('the column names of an export', () => {
  it("are in the brand's language unless the page gives its own", () => {
    expect(headerOf(exportCsv(ctx, { kind: 'creators' }).csv)).toBe('姓名,账号列表,邮箱,粉丝数,地区,语言,时区,备注');
    expect(headerOf(exportCsv(ctx, { kind: 'collaborations' }).csv)).toBe(
      '编号,达人,活动,阶段,合作费用,币种,产品,签约日期,收货日期,下一个截止事项,下一个截止日期,逾期天数,扣款',
    );
    expect(headerOf(exportCsv(ctx, { kind: 'payments', language: 'nl' }).csv)).toBe(
      'Betaald op,Samenwerkingsnummer,Maker,Campagne,Waarvoor,Bedrag,Valuta,Betaalwijze,Referentie,Vastgelegd op',
    );
  });

  it('are English on request, whatever the language', () => {
    expect(headerOf(exportCsv(ctx, { kind: 'creators', englishHeaders: true }).csv)).toBe('name,handles,email,followers,region,language,time_zone,notes');
    expect(headerOf(exportCsv(ctx, { kind: 'metrics', language: 'nl', englishHeaders: true }).csv)).toBe(
      'creator,campaign,platform,post_url,title,published_at,captured_at,views,reach,likes,comments,shares,saves,clicks,conversions,cost',
    );
  });

  it.each<Locale>(['zh', 'nl', 'en'])('import back: the creators and metrics files written in %s map themselves', (language) => {
    const creatorsFile = exportCsv(ctx, { kind: 'creators', language });
    const metricsFile = exportCsv(ctx, { kind: 'metrics', language, campaignId });
    const other = testContext('2026-03-25T10:00:00.000Z');
    try {
      const mapped = previewImport(other, { kind: 'creators', csv: creatorsFile.csv }).mapping;
      expect(Object.entries(mapped).filter(([, column]) => column !== null).map(([field]) => field)).toEqual(
        expect.arrayContaining(['name', 'handles', 'email', 'followers', 'region', 'language', 'timeZone', 'notes']),
      );
      expect(runImport(other, { kind: 'creators', csv: creatorsFile.csv })).toMatchObject({ imported: 2 });
      expect(listCreators(other, { includeInactive: true }).map((c) => [c.name, c.handles])).toEqual(
        listCreators(ctx, { includeInactive: true }).map((c) => [c.name, c.handles]),
      );
      const metricsMapping = previewImport(ctx, { kind: 'metrics', csv: metricsFile.csv, campaignId }).mapping;
      expect(Object.values(metricsMapping).filter((column) => column === null)).toEqual([]);
    } finally {
      other.cleanup();
    }
  });
});
