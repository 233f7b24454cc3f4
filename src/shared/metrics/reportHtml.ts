import { formatIsoDate } from '../dates';
import { escapeHtml as e } from '../html';
import { sayIn } from '../i18n/createI18n';
import { INTL_TAGS, type Locale } from '../i18n/locales';
import { localeHead } from '../printouts/head';
import { showCount, showMoney, showPct } from './format';
import { missWords } from './missText';
import type { Dashboard } from './schemas';

/*
 * The printable campaign report, in the brand's language: the dashboard's table and two charts
 * drawn as SVG, so it prints the same everywhere without running any script. The number boxes flow
 * into as many rows as their widest figure needs, so a large total never pushes them past the page's edge.
 */

export function renderReport(d: Dashboard, paper: 'A4' | 'Letter', drawnUp: string, locale: Locale = 'en'): string {
  const say = sayIn(locale);
  const r$ = (key: string, params?: Record<string, string | number>) => say(`printouts:report.${key}`, params);
  const tag = INTL_TAGS[locale];
  const money = (minor: number | null) => showMoney(minor, d.currency, tag);
  const count = (n: number | null) => showCount(n, tag);
  const pct = (n: number | null) => showPct(n, tag);
  const day = (iso: string) => formatIsoDate(iso, tag);
  const misses = (v: Dashboard['overall']) => v.misses.map((m) => missWords(say, tag, m, d.currency)).join(say('campaigns:separator.misses'));
  const t = d.totals;
  const period = d.startDate && d.endDate ? r$('periodBoth', { start: day(d.startDate), end: day(d.endDate) }) : d.startDate ? r$('periodFrom', { start: day(d.startDate) }) : d.endDate ? r$('periodUntil', { end: day(d.endDate) }) : null;
  const counts = { date: day(drawnUp.slice(0, 10)), count: d.rows.length, below: count(d.underperforming) };
  const waiting = d.waiting > 0 ? say('campaigns:separator.parts') + say('campaigns:dashboard.waiting', { count: d.waiting }) : '';
  const status = (period ? r$('statusWithPeriod', { period, ...counts }) : r$('status', counts)) + waiting;
  const title = r$('title', { campaign: d.campaignName });
  const metric = (key: string) => e(say(`campaigns:metric.${key}`));
  const column = (key: string) => e(say(`campaigns:table.${key}`));
  const rows = d.rows
    .map(
      (r) => `<tr${r.verdict.underperforming ? ' class="flag"' : ''}><td>${e(r.creatorName)}</td><td>${e(say(`domain:stage.${r.stage}`, { defaultValue: r.stage }))}</td>
<td class="n">${figure(count(r.performance.views))}</td><td class="n">${figure(pct(r.performance.engagementRatePct))}</td><td class="n">${figure(count(r.performance.clicks))}</td>
<td class="n">${figure(count(r.performance.conversions))}</td><td class="n">${figure(money(r.performance.cpmMinor))}</td><td class="n">${figure(money(r.performance.cpeMinor))}</td>
<td>${e(r.verdict.underperforming ? misses(r.verdict) : r.verdict.judged ? r$('onTarget') : r$('noNumbers'))}</td></tr>`,
    )
    .join('\n');
  return `${localeHead(locale, title, paper, `.n { text-align: right; }
th.n, td.n span { white-space: nowrap; }
td { font-size: 12px; }
tr.flag td { background: #fff1f0; }
.summary { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0 16px; }
.summary div { flex: 1 1 9.5em; border: 1px solid #d9dce1; padding: 8px; break-inside: avoid; }
.summary b { display: block; font-size: 18px; white-space: nowrap; }
svg text { font: 11px system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; fill: #3b4048; }`)}
<body>
<div class="paper">
<header>
<h1>${e(title)}</h1>
<p class="status">${e(status)}</p>
${d.overall.judged ? `<p class="status">${e(d.overall.underperforming ? r$('overallBelow', { misses: misses(d.overall) }) : r$('overallOn'))}</p>` : ''}
</header>
<section><h2>${e(r$('totals'))}</h2>
<div class="summary">
<div>${metric('views')}<b>${count(t.views)}</b></div><div>${metric('engagementRate')}<b>${pct(t.engagementRatePct)}</b></div>
<div>${metric('clicks')}<b>${count(t.clicks)}</b></div><div>${metric('conversions')}<b>${count(t.conversions)}</b></div>
<div>${metric('cost')}<b>${e(money(t.costMinor))}</b></div><div>${metric('cpm')}<b>${e(money(t.cpmMinor))}</b></div>
<div>${metric('cpe')}<b>${e(money(t.cpeMinor))}</b></div><div>${metric('costPerConversion')}<b>${e(money(t.costPerConversionMinor))}</b></div>
</div></section>
<section class="keep"><h2>${e(r$('viewsPerCreator'))}</h2>${bars(d.rows.map((r) => ({ label: r.creatorName, value: r.performance.views ?? 0, flag: r.verdict.underperforming })), r$('viewsPerCreator'), r$('noCollaborations'), count)}</section>
<section class="keep"><h2>${e(r$('viewsOverTime'))}</h2>${line(d.series.map((p) => ({ label: p.date, value: p.views })), r$('viewsOverTime'), r$('noNumbersChart'), count, day)}</section>
<section><h2>${e(r$('collaborations'))}</h2>
<table><thead><tr><th>${column('creator')}</th><th>${column('stage')}</th><th class="n">${metric('views')}</th><th class="n">${column('engagementRate')}</th><th class="n">${metric('clicks')}</th><th class="n">${column('conversions')}</th><th class="n">${metric('cpm')}</th><th class="n">${column('cpe')}</th><th>${column('verdict')}</th></tr></thead>
<tbody>${rows}</tbody></table></section>
<footer>${e(r$('footer', { margin: d.rows[0]?.verdict.marginPct ?? 20 }))}</footer>
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

function bars(items: { label: string; value: number; flag: boolean }[], label: string, empty: string, count: (n: number) => string): string {
  if (items.length === 0) return `<p>${e(empty)}</p>`;
  const shown = items.slice(0, 40);
  const max = Math.max(1, ...shown.map((i) => i.value));
  const rowH = 18;
  const height = shown.length * rowH + 4;
  const bars = shown
    .map((i, n) => {
      const w = Math.round((i.value / max) * 400);
      const y = n * rowH + 2;
      return `<text x="0" y="${y + 12}">${e(clip(i.label, 24))}</text><rect x="170" y="${y + 2}" width="${w}" height="${rowH - 6}" fill="${i.flag ? '#e03131' : '#4c6ef5'}"/><text x="${176 + w}" y="${y + 12}">${e(count(i.value))}</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="${e(label)}" viewBox="0 0 680 ${height}" width="100%">${bars}</svg>`;
}

function line(points: { label: string; value: number }[], label: string, empty: string, count: (n: number) => string, day: (iso: string) => string): string {
  if (points.length === 0) return `<p>${e(empty)}</p>`;
  const w = 640;
  const h = 180;
  const max = Math.max(1, ...points.map((p) => p.value));
  // The axis starts right of its largest label, so a long figure is never cut off at the page's edge.
  const left = Math.max(40, 10 + count(max).length * 7);
  const x = (i: number) => left + (points.length === 1 ? (w - left - 20) / 2 : (i * (w - left - 20)) / (points.length - 1));
  const y = (v: number) => 10 + (h - 40) * (1 - v / max);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const first = points[0]!;
  const last = points.at(-1)!;
  return `<svg role="img" aria-label="${e(label)}" viewBox="0 0 ${w} ${h}" width="100%">
<line x1="${left}" y1="${h - 30}" x2="${w - 20}" y2="${h - 30}" stroke="#c9cdd3"/>
<path d="${path}" fill="none" stroke="#4c6ef5" stroke-width="2"/>
<text x="${left}" y="${h - 12}">${e(day(first.label))}</text><text x="${w - 20}" y="${h - 12}" text-anchor="end">${e(day(last.label))}</text>
<text x="${left - 4}" y="${y(max) + 4}" text-anchor="end">${e(count(max))}</text></svg>`;
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
