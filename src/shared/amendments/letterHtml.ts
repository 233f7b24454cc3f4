import { contractLanguages } from '../contract/clauses';
import { formatFinalizedDate } from '../contract/frame';
import { signatureBlock } from '../contract/render';
import type { ContractTerms } from '../contract/terms';
import { contractWords } from '../contract/words';
import { escapeHtml as e } from '../html';
import { sayIn } from '../i18n/createI18n';
import { INTL_TAGS, type Locale } from '../i18n/locales';
import { localeHead } from '../printouts/head';
import type { AmendmentFacts } from './schemas';

/*
 * The amendment letter: one agreed change to a finalized contract, on a page both parties sign.
 * It names the version it amends by its hash, so the pair reads as one agreement. No script.
 * The creator signs it, so it speaks as the contract does: in the contract's language, or in its
 * two side by side, paragraph by paragraph, with the same one prevailing.
 */

export interface LetterFacts {
  amendment: AmendmentFacts;
  terms: ContractTerms;
  contract: { version: number; finalizedAt: string; sha256: string };
  /** The date the contract itself gave a moved milestone (before any amendment). */
  originalDueDate: string | null;
  paper: 'A4' | 'Letter';
  /** One language only; without it, the contract's own (both, when it has two). */
  language?: Locale;
}

type Params = Record<string, string | number>;

/** Every paragraph of the letter in one language, in reading order. */
function paragraphs({ amendment: a, terms, contract, originalDueDate }: LetterFacts, language: Locale): string[] {
  const w = contractWords(language);
  const say = (key: string, params?: Params) => sayIn(language)(`printouts:amendment.${key}`, params);
  const brand = terms.parties.brandName;
  return [
    say('opening', {
      named: brand ? 'yes' : 'no',
      brand,
      creator: terms.parties.creatorName,
      date: w.date(a.agreedOn),
      version: contract.version,
      finalized: formatFinalizedDate(contract.finalizedAt, language),
      sha256: contract.sha256,
    }),
    ...change(a, originalDueDate, terms, language),
    say('reason', { reason: a.reason }),
    say('unchanged'),
  ];
}

function change(a: AmendmentFacts, originalDueDate: string | null, terms: ContractTerms, language: Locale): string[] {
  const w = contractWords(language);
  const say = (key: string, params?: Params) => sayIn(language)(`printouts:amendment.${key}`, params);
  switch (a.kind) {
    case 'extension': {
      const moved = originalDueDate !== null && originalDueDate !== a.fromDate;
      return [
        say('extension', { milestone: a.milestoneName, from: w.date(a.fromDate), moved: moved ? 'yes' : 'no', original: moved ? w.date(originalDueDate) : '', to: w.date(a.toDate), askedBy: a.requestedBy }),
        say('countedFromNewDate'),
      ];
    }
    case 'waiver':
      return [
        a.amountMinor === null && a.waivedBp === 10_000
          ? say('waivedInFull')
          : a.amountMinor === null
            ? say('waivedShare', { pct: w.percent((a.waivedBp ?? 0) / 100) })
            : say('waivedAmount', { amount: w.money(a.amountMinor, a.currency) }),
        ...(a.disputeId === null ? [] : [say('settles', { dispute: a.disputeId })]),
      ];
    case 'fee_change':
      return [
        say('feeChange', { from: w.money(a.fromMinor, a.currency), to: w.money(a.toMinor, a.currency) }),
        ...(terms.fee.depositPct > 0 && terms.fee.depositPct < 100 ? [say('depositRemains', { pct: w.percent(terms.fee.depositPct) })] : []),
      ];
  }
}

/** Which version decides when the two differ: the contract's choice, said again for the letter. */
function prevails(terms: ContractTerms, language: Locale, [first, second]: readonly Locale[]): string {
  return sayIn(language)('printouts:amendment.prevails', { first: first!, second: second!, prevailing: terms.prevailing === 'second' ? second! : first! });
}

export function renderAmendmentLetter(facts: LetterFacts): string {
  const { amendment: a, terms, contract, paper } = facts;
  const languages: Locale[] = facts.language ? [facts.language] : contractLanguages(terms);
  const [first] = languages as [Locale, ...Locale[]];
  const say = (language: Locale, key: string, params?: Params) => sayIn(language)(`printouts:amendment.${key}`, params);
  // A frame line in every language of the letter, as the contract's own frame joins them.
  const both = (key: string, params: (language: Locale) => Params = () => ({})) => languages.map((l) => say(l, key, params(l))).join(' / ');
  const title = (language: Locale) => say(language, 'title', { contract: terms.title });
  const status = both('status', (l) => ({ date: contractWords(l).date(a.agreedOn), version: contract.version }));
  // The signatures are the contract's own block, labelled in the letter's languages.
  const signatures = signatureBlock(facts.language ? { ...terms, language: facts.language, secondLanguage: null } : terms);
  let heading: string;
  let body: string;
  if (languages.length === 1) {
    heading = `<h1>${e(title(first))}</h1>`;
    body = paragraphs(facts, first)
      .map((p) => `<p class="hash">${e(p)}</p>`)
      .join('\n');
  } else {
    const side = (l: Locale, html: string, tag: 'span' | 'p', cls: string) => `<${tag} class="${cls}" lang="${INTL_TAGS[l]}">${html}</${tag}>`;
    const texts = languages.map((l) => [...paragraphs(facts, l), prevails(terms, l, languages)]);
    heading = `<h1 class="pair">${languages.map((l) => side(l, e(title(l)), 'span', 'side')).join('')}</h1>`;
    body = texts[0]!.map((_, i) => `<div class="pair">${languages.map((l, n) => side(l, e(texts[n]![i]!), 'p', 'body hash')).join('')}</div>`).join('\n');
  }
  return `${localeHead(first, title(first), paper, `.hash { overflow-wrap: anywhere; }`)}
<body>
<main class="paper">
<header>${heading}<p class="status">${e(status)}</p></header>
${body}
${signatures}
<footer>${e(both('footer'))}</footer>
</main>
</body>
</html>
`;
}
