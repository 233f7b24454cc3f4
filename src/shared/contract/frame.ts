import { filled } from './clauses';
import type { TemplateLanguage } from '../outreach/kindSchemas';
import type { ClauseKey } from './words';
import { contractWords } from './words';
import type { ContractTerms } from './terms';

/*
 * What surrounds the clauses in every format: the status under the title, the signatures and the
 * closing note. A contract in two languages says each of them in both, the first language first.
 */

export interface RenderMeta {
  version?: number;
  /** ISO instant the version was finalized. */
  finalizedAt?: string;
  paper?: 'A4' | 'Letter';
}

/** A frame word in every language of the contract: "Signatures / 签署". */
function both(languages: readonly TemplateLanguage[], say: (language: TemplateLanguage) => string): string {
  return languages.map(say).join(' / ');
}

const word = (languages: readonly TemplateLanguage[], key: ClauseKey) => both(languages, (l) => contractWords(l).say(key));

export const footerNote = (languages: readonly TemplateLanguage[]) => word(languages, 'frame.footer');

export const signaturesTitle = (languages: readonly TemplateLanguage[]) => word(languages, 'frame.signatures');

export const signatureLines = (languages: readonly TemplateLanguage[]): [string, string, string] => [
  word(languages, 'frame.name'),
  word(languages, 'frame.signature'),
  word(languages, 'frame.date'),
];

/** The day a version was finalized, read in UTC so the viewer's zone never moves the date. */
export function formatFinalizedDate(instant: string, language: TemplateLanguage = 'en'): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  return contractWords(language).date(d.toISOString().slice(0, 10));
}

export function statusLine(meta: RenderMeta, languages: readonly TemplateLanguage[] = ['en']): string {
  if (meta.version === undefined) return word(languages, 'frame.draft');
  const version = Math.trunc(meta.version);
  return both(languages, (l) => {
    const finalized = filled(meta.finalizedAt);
    return contractWords(l).say('frame.version', { version, finalized: finalized ? 'yes' : 'no', date: finalized ? formatFinalizedDate(meta.finalizedAt!, l) : '' });
  });
}

export interface Signatory {
  role: string;
  party: string;
  /** Printed on the name line; empty when nobody is named yet. */
  name: string;
}

export function signatories(t: ContractTerms, languages: readonly TemplateLanguage[] = ['en']): [Signatory, Signatory] {
  const p = t.parties;
  return [
    { role: word(languages, 'frame.forBrand'), party: p.brandName, name: filled(p.brandRepresentative) ? p.brandRepresentative : '' },
    { role: word(languages, 'frame.creator'), party: filled(p.creatorHandle) ? `${p.creatorName} (${p.creatorHandle})` : p.creatorName, name: p.creatorName },
  ];
}

/**
 * The page footer's words around its two numbers, which each format fills in its own way:
 * ["Page ", " of ", ""], ["第 ", " 页，共 ", " 页"].
 */
export function pageWords(language: TemplateLanguage): [string, string, string] {
  const [before = '', between = '', after = ''] = contractWords(language).say('frame.page', { page: '\uE001', pages: '\uE001' }).split('\uE001');
  return [before, between, after];
}

export const paperOf = (meta: RenderMeta): 'A4' | 'Letter' => (meta.paper === 'Letter' ? 'Letter' : 'A4');
