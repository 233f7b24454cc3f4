import { escapeHtml as esc } from '../html';
import type { Block, Run } from './content';

/* Contract content as HTML. Every piece of text is escaped here, and nowhere else. */

const sameStyle = (a: Run, b: Run) => Boolean(a.strong) === Boolean(b.strong) && Boolean(a.missing) === Boolean(b.missing);

/** Neighbouring runs of one style share one element, so a bold multi-line value stays one <strong>. */
export function runsHtml(runs: Run[]): string {
  let html = '';
  for (let i = 0; i < runs.length; ) {
    let end = i + 1;
    while (end < runs.length && sameStyle(runs[i]!, runs[end]!)) end++;
    const group = runs.slice(i, end);
    const inner = group.map((r) => `${r.br ? '<br>' : ''}${esc(r.text)}`).join('');
    const first = group[0]!;
    html += first.missing ? `<span class="missing">${inner}</span>` : first.strong ? `<strong>${inner}</strong>` : inner;
    i = end;
  }
  return html;
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${runsHtml(block.runs)}</p>`;
    case 'facts':
      return `<dl class="facts">${block.rows.map((r) => `<dt>${esc(r.label)}</dt><dd>${runsHtml(r.value)}</dd>`).join('')}</dl>`;
    case 'bullets':
      return `<ul>${block.items.map((v) => `<li>${esc(v)}</li>`).join('')}</ul>`;
    case 'table': {
      const th = block.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
      const body = block.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('');
      return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
    }
    case 'quote':
      return `<blockquote>${runsHtml(block.runs)}</blockquote>`;
  }
}

export const blocksHtml = (blocks: Block[]): string => blocks.map(blockHtml).join('');
