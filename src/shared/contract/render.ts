import { escapeHtml as esc } from '../html';
import { buildClauses } from './clauses';
import type { Clause } from './content';
import { blocksHtml } from './contentHtml';
import { FOOTER_NOTE, paperOf, type RenderMeta, SIGNATURE_LINES, signatories, type Signatory, statusLine } from './frame';
import { styles } from './printStyles';
import type { ContractTerms } from './terms';

/*
 * The printable contract draft. The output is hashed when a version is finalized, so it must be
 * byte-identical for the same input: no clock, no host locale or time zone, fixed formats only.
 */

/** The heading and first sub-clause stay together on a page; numbers are given only to the clauses shown. */
function renderClause(clause: Clause, n: number): string {
  const items = clause.items.map(
    (blocks, i) => `<div class="item"><span class="num">${n}.${i + 1}</span><div class="body">${blocksHtml(blocks)}</div></div>`,
  );
  const [first = '', ...rest] = items;
  return `<section class="clause"><div class="keep"><h2><span class="num">${n}.</span> ${esc(clause.title)}</h2>${first}</div>${rest.join('')}</section>`;
}

function signatureColumn(s: Signatory): string {
  const [name, ...blank] = SIGNATURE_LINES;
  return (
    `<div class="sign"><p class="role">${esc(s.role)}</p><p class="party">${esc(s.party)}</p>` +
    `<div class="line"><span class="value">${esc(s.name)}</span><span class="label">${name}</span></div>` +
    blank.map((label) => `<div class="line"><span class="value"></span><span class="label">${label}</span></div>`).join('') +
    '</div>'
  );
}

export function signatureBlock(t: ContractTerms): string {
  return `<section class="signatures"><h2>Signatures</h2><div class="columns">${signatories(t).map(signatureColumn).join('')}</div></section>`;
}

/** The whole contract as a standalone HTML document: same terms and meta, same bytes. */
export function renderContract(terms: ContractTerms, meta: RenderMeta = {}): string {
  const title = esc(terms.title);
  const body = buildClauses(terms).map((c, i) => renderClause(c, i + 1)).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${styles(paperOf(meta))}</style>
</head>
<body>
<main class="paper">
<header><h1>${title}</h1><p class="status">${esc(statusLine(meta))}</p></header>
${body}
${signatureBlock(terms)}
<footer>${FOOTER_NOTE}</footer>
</main>
</body>
</html>
`;
}
