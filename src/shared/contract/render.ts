import { escapeHtml as esc } from '../html';
import type { TemplateLanguage } from '../outreach/kindSchemas';
import { buildClauses, contractLanguages } from './clauses';
import type { Clause, Item } from './content';
import { blocksHtml } from './contentHtml';
import { footerNote, paperOf, type RenderMeta, signatories, type Signatory, signatureLines, signaturesTitle, statusLine } from './frame';
import { styles } from './printStyles';
import type { ContractTerms } from './terms';
import { contractWords } from './words';

/*
 * The printable contract draft. The output is hashed when a version is finalized, so it must be
 * byte-identical for the same input: no clock, no host locale or time zone, fixed formats only.
 */

/** One clause in each language of the contract, as built from the same terms. */
type Versions = { language: TemplateLanguage; clause: Clause }[];

const clauseNumber = (language: TemplateLanguage, n: number) => esc(contractWords(language).say('number', { n }));

/** The heading and first sub-clause stay together on a page; numbers are given only to the clauses shown. */
function renderClause(clause: Clause, n: number, language: TemplateLanguage): string {
  const items = clause.items.map(
    (blocks, i) => `<div class="item"><span class="num">${n}.${i + 1}</span><div class="body">${blocksHtml(blocks)}</div></div>`,
  );
  const [first = '', ...rest] = items;
  return `<section class="clause"><div class="keep"><h2><span class="num">${clauseNumber(language, n)}</span> ${esc(clause.title)}</h2>${first}</div>${rest.join('')}</section>`;
}

/** Both languages side by side: one row for the title and one per sub-clause, each language in its own column. */
function renderPair(versions: Versions, n: number): string {
  const title = versions.map(({ language, clause }) => `<span class="side" lang="${language}"><span class="num">${clauseNumber(language, n)}</span> ${esc(clause.title)}</span>`);
  const items = versions[0]!.clause.items.map((_, i) => {
    const sides = versions.map(({ language, clause }) => `<div class="body" lang="${language}">${blocksHtml(clause.items[i] as Item)}</div>`);
    return `<div class="item"><span class="num">${n}.${i + 1}</span><div class="pair">${sides.join('')}</div></div>`;
  });
  const [first = '', ...rest] = items;
  return `<section class="clause bilingual"><div class="keep"><h2 class="pair">${title.join('')}</h2>${first}</div>${rest.join('')}</section>`;
}

function body(terms: ContractTerms, languages: TemplateLanguage[]): string {
  const [first, second] = languages as [TemplateLanguage, TemplateLanguage?];
  const clauses = buildClauses(terms, first);
  if (!second) return clauses.map((c, i) => renderClause(c, i + 1, first)).join('\n');
  const other = buildClauses(terms, second);
  return clauses.map((c, i) => renderPair([{ language: first, clause: c }, { language: second, clause: other[i]! }], i + 1)).join('\n');
}

function signatureColumn(s: Signatory, lines: readonly string[]): string {
  const [name, ...blank] = lines;
  return (
    `<div class="sign"><p class="role">${esc(s.role)}</p><p class="party">${esc(s.party)}</p>` +
    `<div class="line"><span class="value">${esc(s.name)}</span><span class="label">${esc(name ?? '')}</span></div>` +
    blank.map((label) => `<div class="line"><span class="value"></span><span class="label">${esc(label)}</span></div>`).join('') +
    '</div>'
  );
}

export function signatureBlock(t: ContractTerms): string {
  const languages = contractLanguages(t);
  const lines = signatureLines(languages);
  return `<section class="signatures"><h2>${esc(signaturesTitle(languages))}</h2><div class="columns">${signatories(t, languages)
    .map((s) => signatureColumn(s, lines))
    .join('')}</div></section>`;
}

/** The whole contract as a standalone HTML document: same terms and meta, same bytes. */
export function renderContract(terms: ContractTerms, meta: RenderMeta = {}): string {
  const title = esc(terms.title);
  const languages = contractLanguages(terms);
  const language = languages[0]!;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${styles(paperOf(meta), language)}</style>
</head>
<body>
<main class="paper">
<header><h1>${title}</h1><p class="status">${esc(statusLine(meta, languages))}</p></header>
${body(terms, languages)}
${signatureBlock(terms)}
<footer>${esc(footerNote(languages))}</footer>
</main>
</body>
</html>
`;
}
