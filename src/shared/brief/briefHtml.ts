import { blocksHtml } from '../contract/contentHtml';
import { escapeHtml as e } from '../html';
import { INTL_TAGS, type Locale } from '../i18n/locales';
import { localeHead } from '../printouts/head';
import { type BriefFacts, type BriefPage, briefPage } from './document';

/*
 * The brief as one printable page: friendly, compact, no script. In two languages each heading and
 * section stands side by side, the first language on the left.
 */

const CSS = `.paper { padding: 40px 52px; }
header { margin-bottom: 18px; }
h1 { font-size: 24px; }
h2 { font-size: 15px; margin: 16px 0 6px; }
section p { margin: 0 0 6px; }
.intro { margin: 0 0 4px; }
/* Links the brand pasted have no spaces to break at. */
dd, li, td { overflow-wrap: anywhere; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0 28px; }
/* On paper the sections run in two columns, so a brief with every field filled still fits one A4 or Letter page. */
@media print {
  body { font-size: 10pt; }
  .paper { padding: 0; }
  header { margin-bottom: 10px; }
  h2 { font-size: 11pt; margin: 8px 0 4px; }
  footer { margin-top: 10px; }
  .sections { column-count: 2; column-gap: 28px; }
  .sections section { break-inside: avoid; }
  .sections section:first-child h2 { margin-top: 0; }
}`;

const side = (language: Locale, html: string, tag: 'span' | 'div' | 'p', cls: string) => `<${tag} class="${cls}" lang="${INTL_TAGS[language]}">${html}</${tag}>`;

function single(page: BriefPage): string {
  return `<header><h1>${e(page.title)}</h1><p class="status">${e(page.status)}</p></header>
<p class="intro">${e(page.greeting)}</p>
<p class="intro">${e(page.intro)}</p>
<div class="sections">
${page.sections.map((s) => `<section class="keep"><h2>${e(s.title)}</h2>${blocksHtml(s.blocks)}</section>`).join('\n')}
</div>
<footer>${e(page.footer)}</footer>`;
}

function paired(pages: [BriefPage, BriefPage]): string {
  const both = (pick: (page: BriefPage) => string, tag: 'span' | 'p', cls: string) => pages.map((p) => side(p.language, e(pick(p)), tag, cls)).join('');
  const [first, second] = pages;
  const sections = first.sections.map((s, i) => {
    const other = second.sections[i]!;
    return `<section class="keep"><h2 class="pair">${side(first.language, e(s.title), 'span', 'side')}${side(second.language, e(other.title), 'span', 'side')}</h2>
<div class="pair">${side(first.language, blocksHtml(s.blocks), 'div', 'body')}${side(second.language, blocksHtml(other.blocks), 'div', 'body')}</div></section>`;
  });
  return `<header><h1 class="pair">${both((p) => p.title, 'span', 'side')}</h1><div class="pair">${both((p) => p.status, 'p', 'status')}</div></header>
<div class="pair">${both((p) => p.greeting, 'p', 'intro')}</div>
<div class="pair">${both((p) => p.intro, 'p', 'intro')}</div>
${sections.join('\n')}
<footer class="pair">${both((p) => p.footer, 'span', 'side')}</footer>`;
}

/** The brief as a standalone HTML document in one language, or two side by side. */
export function renderBrief(facts: BriefFacts, languages: readonly [Locale, Locale?], paper: 'A4' | 'Letter'): string {
  const [language, secondLanguage] = languages;
  const first = briefPage(facts, language);
  const body = secondLanguage ? paired([first, briefPage(facts, secondLanguage)]) : single(first);
  return `${localeHead(language, first.title, paper, CSS)}
<body>
<main class="paper">
${body}
</main>
</body>
</html>
`;
}
