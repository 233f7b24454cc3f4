import { periodText } from '../campaignPeriod';
import { printHead } from '../contract/printStyles';
import { formatIsoDate } from '../dates';
import { escapeHtml as e } from '../html';
import { STAGE_LABELS, type Stage } from '../stages';
import { showCount, showMoney, showPct } from './format';
import type { Dashboard } from './schemas';

/*
 * The printable campaign report: the dashboard's table and two charts drawn as SVG, so it prints
 * the same everywhere without running any script. The number boxes flow into as many rows as
 * their widest figure needs, so a large total never pushes them past the page's edge.
 */

export function renderReport(d: Dashboard, paper: 'A4' | 'Letter', drawnUp: string): string {
  const money = (minor: number | null) => showMoney(minor, d.currency);
  const t = d.totals;
  const period = periodText(d.startDate, d.endDate);
  const rows = d.rows
    .map(
      (r) => `<tr${r.verdict.underperforming ? ' class="flag"' : ''}><td>${e(r.creatorName)}</td><td>${e(STAGE_LABELS[r.stage as Stage] ?? r.stage)}</td>
<td class="n">${figure(showCount(r.performance.views))}</td><td class="n">${figure(showPct(r.performance.engagementRatePct))}</td><td class="n">${figure(showCount(r.performance.clicks))}</td>
<td class="n">${figure(showCount(r.performance.conversions))}</td><td class="n">${figure(money(r.performance.cpmMinor))}</td><td class="n">${figure(money(r.performance.cpeMinor))}</td>
<td>${r.verdict.underperforming ? e(r.verdict.misses.map((m) => m.text).join('; ')) : r.verdict.judged ? 'On target' : 'No numbers yet'}</td></tr>`,
    )
    .join('\n');
  return `${printHead(`Campaign report: ${d.campaignName}`, paper, `.n { text-align: right; }
th.n, td.n span { white-space: nowrap; }
td { font-size: 12px; }
tr.flag td { background: #fff1f0; }
.summary { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0 16px; }
.summary div { flex: 1 1 9.5em; border: 1px solid #d9dce1; padding: 8px; break-inside: avoid; }
.summary b { display: block; font-size: 18px; white-space: nowrap; }
svg text { font: 11px system-ui, sans-serif; fill: #3b4048; }`)}
<body>
<div class="paper">
<header>
<h1>${e(`Campaign report: ${d.campaignName}`)}</h1>
<p class="status">${period ? `${e(period)} · ` : ''}Drawn up ${e(formatIsoDate(drawnUp.slice(0, 10)))} · ${d.rows.length} collaborations · ${d.underperforming} below target</p>
${d.overall.judged ? `<p class="status">${d.overall.underperforming ? `The campaign as a whole is below target: ${e(d.overall.misses.map((m) => m.text).join('; '))}` : 'The campaign as a whole is on target.'}</p>` : ''}
</header>
<section><h2>Totals</h2>
<div class="summary">
<div>Views<b>${showCount(t.views)}</b></div><div>Engagement rate<b>${showPct(t.engagementRatePct)}</b></div>
<div>Clicks<b>${showCount(t.clicks)}</b></div><div>Conversions<b>${showCount(t.conversions)}</b></div>
<div>Cost<b>${e(money(t.costMinor))}</b></div><div>CPM<b>${e(money(t.cpmMinor))}</b></div>
<div>Cost per engagement<b>${e(money(t.cpeMinor))}</b></div><div>Cost per conversion<b>${e(money(t.costPerConversionMinor))}</b></div>
</div></section>
<section class="keep"><h2>Views per creator</h2>${bars(d.rows.map((r) => ({ label: r.creatorName, value: r.performance.views ?? 0, flag: r.verdict.underperforming })))}</section>
<section class="keep"><h2>Views over time</h2>${line(d.series.map((p) => ({ label: p.date, value: p.views })))}</section>
<section><h2>Collaborations</h2>
<table><thead><tr><th>Creator</th><th>Stage</th><th class="n">Views</th><th class="n">Eng. rate</th><th class="n">Clicks</th><th class="n">Conv.</th><th class="n">CPM</th><th class="n">CPE</th><th>Against the targets</th></tr></thead>
<tbody>${rows}</tbody></table></section>
<footer>Followthrough campaign report. A collaboration is flagged when it misses a target by more than ${d.rows[0]?.verdict.marginPct ?? 20} %.</footer>
</div>
</body>
</html>`;
}

/**
 * A figure in the table, which may break only after a thousands separator and only when its column
 * has no more room: "CN¥12,345," over "678.90" still reads as one amount, "CN¥12,345,6" over "78.90" does not.
 */
function figure(text: string): string {
  return text.split(/(?<=,)/).map((part) => `<span>${e(part)}</span>`).join('<wbr>');
}

function bars(items: { label: string; value: number; flag: boolean }[]): string {
  if (items.length === 0) return '<p>No collaborations yet.</p>';
  const shown = items.slice(0, 40);
  const max = Math.max(1, ...shown.map((i) => i.value));
  const rowH = 18;
  const height = shown.length * rowH + 4;
  const bars = shown
    .map((i, n) => {
      const w = Math.round((i.value / max) * 400);
      const y = n * rowH + 2;
      return `<text x="0" y="${y + 12}">${e(clip(i.label, 24))}</text><rect x="170" y="${y + 2}" width="${w}" height="${rowH - 6}" fill="${i.flag ? '#e03131' : '#4c6ef5'}"/><text x="${176 + w}" y="${y + 12}">${showCount(i.value)}</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="Views per creator" viewBox="0 0 680 ${height}" width="100%">${bars}</svg>`;
}

function line(points: { label: string; value: number }[]): string {
  if (points.length === 0) return '<p>No numbers yet.</p>';
  const w = 640;
  const h = 180;
  const max = Math.max(1, ...points.map((p) => p.value));
  // The axis starts right of its largest label, so a long figure is never cut off at the page's edge.
  const left = Math.max(40, 10 + showCount(max).length * 7);
  const x = (i: number) => left + (points.length === 1 ? (w - left - 20) / 2 : (i * (w - left - 20)) / (points.length - 1));
  const y = (v: number) => 10 + (h - 40) * (1 - v / max);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const first = points[0]!;
  const last = points.at(-1)!;
  return `<svg role="img" aria-label="Views over time" viewBox="0 0 ${w} ${h}" width="100%">
<line x1="${left}" y1="${h - 30}" x2="${w - 20}" y2="${h - 30}" stroke="#c9cdd3"/>
<path d="${path}" fill="none" stroke="#4c6ef5" stroke-width="2"/>
<text x="${left}" y="${h - 12}">${e(formatIsoDate(first.label))}</text><text x="${w - 20}" y="${h - 12}" text-anchor="end">${e(formatIsoDate(last.label))}</text>
<text x="${left - 4}" y="${y(max) + 4}" text-anchor="end">${showCount(max)}</text></svg>`;
}

// Chinese, Japanese and Korean characters are about twice as wide as Latin ones.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

/** A name shortened to fit the chart's label column, marked with an ellipsis when it was. */
function clip(label: string, room: number): string {
  const width = (ch: string) => (WIDE.test(ch) ? 2 : 1);
  if ([...label].reduce((sum, ch) => sum + width(ch), 0) <= room) return label;
  let used = 1; // the ellipsis
  let out = '';
  for (const ch of label) {
    used += width(ch);
    if (used > room) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}
