import type { TemplateLanguage } from '../outreach/kindSchemas';
import { pageWords } from './frame';

// Chinese text falls through the Latin faces to a CJK one, so it prints rather than showing boxes.
const SERIF = 'Georgia, "Times New Roman", Times, "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif';
const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** "Page " counter(page) " of " counter(pages), in the language the pages are numbered in. */
function pageCounter(language: TemplateLanguage): string {
  const [before, between, after] = pageWords(language);
  return `"${before}" counter(page) "${between}" counter(pages)${after === '' ? '' : ` "${after}"`}`;
}

/** Print CSS of the contract: paper size, page numbers, and a clause heading never orphaned. */
export function styles(paper: 'A4' | 'Letter', language: TemplateLanguage = 'en'): string {
  return `
@page { size: ${paper}; margin: 20mm 18mm 22mm; @bottom-center { content: ${pageCounter(language)}; font-size: 9pt; } }
*, *::before, *::after { box-sizing: border-box; }
html { background: #e9ebef; }
body { margin: 0; padding: 32px 16px; color: #1d1f23; font: 16px/1.6 ${SERIF}; }
.paper { max-width: 800px; margin: 0 auto; padding: 56px 64px; background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.12), 0 8px 24px rgba(0,0,0,.08); }
header { border-bottom: 2px solid #1d1f23; padding-bottom: 12px; margin-bottom: 28px; }
h1, h2, .status, .num, th, dt, .role, .label, footer { font-family: ${SANS}; }
h1 { font-size: 26px; line-height: 1.25; margin: 0 0 6px; }
.status { margin: 0; font-size: 13px; letter-spacing: .04em; text-transform: uppercase; color: #5b616b; }
h2 { font-size: 17px; margin: 28px 0 10px; break-after: avoid; page-break-after: avoid; }
h2 .num { color: #5b616b; }
.keep, .signatures, tr, .facts { break-inside: avoid; page-break-inside: avoid; }
.item { display: grid; grid-template-columns: 3em 1fr; margin: 0 0 10px; }
.item > .num { font-size: 13px; color: #5b616b; padding-top: 3px; }
.item p { margin: 0 0 6px; }
ul { margin: 4px 0 8px; padding-left: 1.3em; }
blockquote { margin: 4px 0 8px; padding-left: 12px; border-left: 3px solid #c9cdd3; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 4px 0 8px; }
dt { font-size: 13px; font-weight: 600; color: #3b4048; padding-top: 3px; }
dd { margin: 0; }
.missing { font-weight: bold; color: #a61b1b; }
table { width: 100%; border-collapse: collapse; margin: 6px 0 10px; font-size: 15px; }
thead { display: table-header-group; }
th { text-align: left; font-size: 12px; font-weight: 600; color: #3b4048; border-bottom: 1.5px solid #1d1f23; padding: 6px 8px; }
td { border-bottom: 1px solid #d9dce1; padding: 6px 8px; vertical-align: top; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0 28px; }
h2.pair { align-items: baseline; }
.pair > .body, .pair > .side { min-width: 0; }
.signatures { margin-top: 40px; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 48px; }
.role { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #5b616b; margin: 0; }
.party { font-weight: bold; margin: 2px 0 18px; }
.line { margin-top: 26px; }
.line .value { display: block; min-height: 1.6em; border-bottom: 1px solid #1d1f23; }
.line .label { display: block; font-size: 12px; color: #5b616b; }
footer { margin-top: 40px; padding-top: 10px; border-top: 1px solid #d9dce1; font-size: 12px; color: #5b616b; }
@media print {
  html, body { background: none; padding: 0; }
  body { font-size: 11pt; }
  .paper { max-width: none; padding: 0; box-shadow: none; }
  h1 { font-size: 20pt; }
  h2 { font-size: 13pt; }
  table { font-size: 10.5pt; }
}
@media (max-width: 640px) { .paper { padding: 28px 20px; } .columns { grid-template-columns: 1fr; } }
`;
}
