import { escapeHtml as esc } from '../html';
import { formatMoney } from '../money';
import { buildClauses, type Clause, filled, formatFinalizedDate, LOCALE, type Money } from './clauses';
import { styles } from './printStyles';
import type { ContractTerms } from './terms';

/*
 * The printable contract draft. The output is hashed when a version is finalized, so it must be
 * byte-identical for the same input: no clock, no host locale or time zone, fixed formats only.
 */

export interface RenderMeta {
  version?: number;
  /** ISO instant the version was finalized. */
  finalizedAt?: string;
  paper?: 'A4' | 'Letter';
}

/** The heading and first sub-clause stay together on a page; numbers are given only to the clauses shown. */
function renderClause(clause: Clause, n: number): string {
  const items = clause.items.map(
    (html, i) => `<div class="item"><span class="num">${n}.${i + 1}</span><div class="body">${html}</div></div>`,
  );
  const [first = '', ...rest] = items;
  return `<section class="clause"><div class="keep"><h2><span class="num">${n}.</span> ${clause.title}</h2>${first}</div>${rest.join('')}</section>`;
}

function signatureBlock(t: ContractTerms): string {
  const p = t.parties;
  const brandSigner = filled(p.brandRepresentative) ? esc(p.brandRepresentative) : '';
  const creatorLine = filled(p.creatorHandle) ? `${esc(p.creatorName)} (${esc(p.creatorHandle)})` : esc(p.creatorName);
  const column = (role: string, party: string, name: string) =>
    `<div class="sign"><p class="role">${role}</p><p class="party">${party}</p>` +
    `<div class="line"><span class="value">${name}</span><span class="label">Name</span></div>` +
    '<div class="line"><span class="value"></span><span class="label">Signature</span></div>' +
    '<div class="line"><span class="value"></span><span class="label">Date</span></div></div>';
  return (
    '<section class="signatures"><h2>Signatures</h2><div class="columns">' +
    column('For the brand', esc(p.brandName), brandSigner) +
    column('The creator', creatorLine, esc(p.creatorName)) +
    '</div></section>'
  );
}

function statusLine(meta: RenderMeta): string {
  if (meta.version === undefined) return 'Draft';
  const finalized = filled(meta.finalizedAt) ? ` · finalized ${formatFinalizedDate(meta.finalizedAt)}` : '';
  return `Version ${Math.trunc(meta.version)}${finalized}`;
}

/** The whole contract as a standalone HTML document: same terms and meta, same bytes. */
export function renderContract(terms: ContractTerms, meta: RenderMeta = {}): string {
  const money: Money = (minor) => esc(formatMoney(minor, terms.fee.currency, LOCALE));
  const clauses = buildClauses(terms, money);

  const title = esc(terms.title);
  const body = clauses.map((c, i) => renderClause(c, i + 1)).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${styles(meta.paper === 'Letter' ? 'Letter' : 'A4')}</style>
</head>
<body>
<main class="paper">
<header><h1>${title}</h1><p class="status">${statusLine(meta)}</p></header>
${body}
${signatureBlock(terms)}
<footer>Prepared with Followthrough. A plain-English draft, not legal advice: read it through before signing.</footer>
</main>
</body>
</html>
`;
}
