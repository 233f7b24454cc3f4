import { describe, expect, it } from 'vitest';
import { judge, performanceOf, type Reading } from './performance';
import { renderReport } from './reportHtml';
import type { Dashboard } from './schemas';

const reading = (r: Partial<Reading>): Reading => ({ views: null, reach: null, likes: null, comments: null, shares: null, saves: null, clicks: null, conversions: null, costMinor: null, ...r });
const performance = performanceOf([reading({ views: 9_000, likes: 300, clicks: 40, costMinor: 123_456 })], null);
const verdict = judge(performance, { views: 50_000 }, 'EUR');
const dashboard: Dashboard = {
  campaignId: 1,
  campaignName: 'Spring <launch>',
  startDate: '2026-03-01',
  endDate: '2026-04-30',
  currency: 'EUR',
  targets: { views: 50_000 },
  totals: performance,
  rows: [{ collaborationId: 1, creatorId: 1, creatorName: 'Mia Chen', stage: 'published', currency: 'EUR', performance, share: { posts: 1, targets: { views: 50_000 } }, verdict }],
  judged: 1,
  underperforming: 1,
  waiting: 0,
  overall: verdict,
  series: [{ date: '2026-03-10', views: 9_000, engagements: 300, clicks: 40, conversions: 0 }],
};
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the printed campaign report in the brand’s language', () => {
  it('reads in English as it always has', () => {
    const html = renderReport(dashboard, 'A4', '2026-03-25T10:00:00.000Z', 'en');
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('Campaign report: Spring &lt;launch&gt;');
    expect(html).toContain('aria-label="Views per creator"');
    expect(html).toContain('The campaign as a whole is below target: Views 9,000 vs 50,000 expected (82 % below)');
    const printed = text(html);
    expect(printed).toContain('1 Mar 2026 – 30 Apr 2026 · Drawn up 25 Mar 2026 · 1 collaboration · 1 below target');
    expect(printed).toContain('Cost €1,234.56');
    expect(printed).toContain('Creator Stage Views Eng. rate Clicks Conv. CPM CPE Against the targets');
    expect(printed).toContain('A collaboration is flagged when it misses a target by more than 20 %.');
  });

  it('prints Chinese headings, a Chinese font, and zh-CN money and dates', () => {
    const html = renderReport(dashboard, 'A4', '2026-03-25T10:00:00.000Z', 'zh');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('Noto Sans CJK SC');
    const printed = text(html);
    expect(printed).toContain('活动报告：Spring &lt;launch&gt;');
    for (const heading of ['汇总', '各达人浏览量', '浏览量趋势', '合作明细']) expect(printed).toContain(heading);
    expect(printed).toContain('2026年3月1日 至 2026年4月30日');
    expect(printed).toContain('活动整体未达标：浏览量 9,000，预期 50,000（低 82%）');
    expect(printed).toContain(new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'EUR' }).format(1234.56));
    expect(printed).not.toContain('Campaign report');
  });

  it('prints Dutch headings and nl-NL money and dates', () => {
    const printed = text(renderReport(dashboard, 'A4', '2026-03-25T10:00:00.000Z', 'nl'));
    expect(printed).toContain('Campagnerapport: Spring &lt;launch&gt;');
    expect(printed).toContain('1 mrt 2026 t/m 30 apr 2026 · Opgesteld 25 mrt 2026 · 1 samenwerking · 1 onder doel');
    expect(printed).toContain('Weergaven 9.000 vs 50.000 verwacht (82 % te laag)');
    expect(printed).toContain('€ 1.234,56');
    expect(printed).toContain('Totalen');
  });
});
