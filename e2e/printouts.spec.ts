import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { showCount, showMoney } from '../src/shared/metrics/format';
import { expect, test } from './fixtures';
import type { Host } from './host';

/*
 * Each printout is laid out for print and printed to an A4 PDF as "Save as PDF" does, then read back
 * word by word with its position: nothing may reach past the side margins, and a number or a seal
 * must come out as one word on one line, where a reader can check it.
 */

test.use({ now: '2026-06-15T10:00:00Z' });

// A4 is 595 pt wide; the printouts' @page rule leaves 18 mm (51 pt) on either side.
const MARGIN_PT = 51;
// Text is placed on fractions of a point; a word touching the margin is not past it.
const SLACK_PT = 1;

interface Word {
  text: string;
  page: number;
  xMin: number;
  xMax: number;
  yMin: number;
}

interface Printout {
  pages: number;
  words: Word[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * Lays the document out as print does, at the width between A4's margins, and names every element
 * that reaches past either side. Chromium would shrink such a page to fit when printing, so the PDF
 * alone would show small print rather than overflow.
 */
async function pastTheEdges(page: Page, html: string): Promise<string[]> {
  await page.setViewportSize({ width: Math.floor(((210 - 2 * 18) / 25.4) * 96), height: 1000 });
  await page.emulateMedia({ media: 'print' });
  await page.setContent(html);
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return Array.from(document.body.querySelectorAll('*'))
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.left < -0.5 || box.right > width + 0.5);
      })
      .map((el) => `<${el.tagName.toLowerCase()}> ${(el.textContent ?? '').trim().slice(0, 40)}`);
  });
}

async function print(page: Page, html: string, file: string): Promise<Printout> {
  expect(await pastTheEdges(page, html), 'elements past the margins').toEqual([]);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  const pages = xml.split('<page ').slice(1);
  pages.forEach((body, n) => {
    const width = Number(/width="([\d.]+)"/.exec(body)![1]);
    expect(width, 'A4 paper').toBeCloseTo(595, 0);
    for (const m of body.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
      words.push({ page: n + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: m[4]!.replace(/&[a-z#0-9]+;/g, (x) => ENTITIES[x] ?? x) });
    }
  });
  return { pages: pages.length, words };
}

/** Every word that stands in a side margin or past the paper's edge, with where it is. */
function pastTheMargins({ words }: Printout): string[] {
  return words.filter((w) => w.xMin < MARGIN_PT - SLACK_PT || w.xMax > 595 - MARGIN_PT + SLACK_PT).map((w) => `p${w.page} ${w.text} @ ${w.xMin.toFixed(0)}–${w.xMax.toFixed(0)} pt`);
}

const wordsOf = (printout: Printout, text: string) => printout.words.filter((w) => w.text === text);

/** A long, partly Chinese history on the first sample collaboration with a contract in force. */
async function longHistory(host: Host): Promise<{ id: number; version: number }> {
  expect((await host.call('sample.load')).ok).toBe(true);
  let id = 0;
  let version: number | null = null;
  for (let candidate = 1; version === null; candidate++) {
    const contract = await host.call('contracts.get', { collaborationId: candidate });
    expect(contract.ok, 'the sample has a collaboration with a contract').toBe(true);
    [id, version] = [candidate, contract.data!.inForceVersion];
  }
  for (let i = 1; i <= 45; i++) {
    const text = i % 3 ? `Call ${i}: the creator says the video will be two days late because the package arrived damaged.` : `通话记录 ${i}：创作者说包装破损，需要重新拍摄开箱片段。`;
    expect((await host.call('events.log', { collaborationId: id, type: 'note', text })).ok).toBe(true);
  }
  const dispute = await host.call('disputes.open', { collaborationId: id, issue: '视频延迟交付: the video came late', creatorPosition: '包装破损，不是我的错。' });
  expect(dispute.ok).toBe(true);
  for (let i = 1; i <= 3; i++) expect((await host.call('disputes.update', { id: dispute.data!.id, addStep: `Call ${i} with the creator about a smaller deduction` })).ok).toBe(true);
  return { id, version };
}

/**
 * A campaign whose money figures run to twenty characters with no space to break at, each wider than
 * a quarter of the page: a large fee against a post that barely ran, so cost, CPM, cost per
 * engagement and cost per conversion are all the whole fee.
 */
async function bigCampaign(host: Host): Promise<number> {
  const campaign = await host.call('campaigns.create', { name: '秋季大促 Autumn launch', currency: 'CNY', targets: { views: 100_000 } });
  const creator = await host.call('influencers.create', { name: '林薇 Lin Wei' });
  const collab = await host.call('collaborations.create', { creatorId: creator.data!.id, campaignId: campaign.data!.id, feeMinor: 9_999_999_999_999, currency: 'CNY', stage: 'published' });
  const post = await host.call('deliverables.add', { collaborationId: collab.data!.id, platform: 'douyin', url: 'https://www.douyin.com/video/7300000000000000000', publishedAt: '2026-06-01T08:00:00Z' });
  const reading = { capturedAt: '2026-06-10T08:00:00Z', views: 1_000, likes: 1, comments: 0, clicks: 1, conversions: 1 };
  expect((await host.call('metrics.record', { deliverableId: post.data!.id, ...reading })).ok).toBe(true);
  return campaign.data!.id;
}

test('the evidence pack, the campaign report and the contract print within the margins, numbers and seals whole', async ({ page, host }, testInfo) => {
  const { id, version } = await longHistory(host);
  const campaignId = await bigCampaign(host);

  // The evidence pack: every event's number on the line of its seal, every seal one word.
  const pack = (await host.call('evidence.pack', { collaborationId: id })).data!;
  const evidence = await print(page, (await host.call('evidence.render', { collaborationId: id })).data!.html, testInfo.outputPath('evidence.pdf'));
  expect(pastTheMargins(evidence)).toEqual([]);
  expect(pack.events.length).toBeGreaterThan(50);
  expect(Math.max(...pack.events.map((ev) => ev.id)), 'event numbers of three digits').toBeGreaterThan(99);
  for (const ev of pack.events) {
    const [seal, ...again] = wordsOf(evidence, ev.hash!.slice(0, 16));
    expect(seal, `the seal of event #${ev.id} on one line`).toBeDefined();
    // The header repeats the newest seal; the timeline row is the one with its event number beside it.
    const row = [seal!, ...again].find((s) => evidence.words.some((w) => w.text === String(ev.id) && w.page === s.page && Math.abs(w.yMin - s.yMin) < 2 && w.xMax < s.xMin));
    expect(row, `event #${ev.id} whole on the line of its seal`).toBeDefined();
  }
  expect(wordsOf(evidence, pack.chain.headHash!), 'the newest seal in full on one line').toHaveLength(1);
  expect(wordsOf(evidence, pack.contract!.sha256), "the contract's hash in full on one line").toHaveLength(1);
  expect(evidence.words.some((w) => w.text.includes('通话记录')), 'Chinese text prints').toBe(true);

  // The campaign report: each total in its box, whole, however wide.
  const dashboard = (await host.call('campaigns.dashboard', { campaignId })).data!;
  const report = await print(page, (await host.call('campaigns.report', { campaignId })).data!.html, testInfo.outputPath('report.pdf'));
  expect(pastTheMargins(report)).toEqual([]);
  const t = dashboard.totals;
  const money = [t.costMinor, t.cpmMinor, t.cpeMinor, t.costPerConversionMinor].map((minor) => showMoney(minor, 'CNY'));
  expect(money).toEqual(Array(4).fill('CN¥99,999,999,999.99'));
  for (const figure of [showCount(t.views), showCount(t.clicks), ...money]) {
    expect(wordsOf(report, figure).length, `${figure} whole`).toBeGreaterThan(0);
  }

  // The contract in force, as stored.
  const contract = await print(page, (await host.call('contracts.render', { collaborationId: id, version })).data!.html, testInfo.outputPath('contract.pdf'));
  expect(pastTheMargins(contract)).toEqual([]);
  expect(contract.pages).toBeGreaterThan(1);
});
