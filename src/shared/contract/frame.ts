import { filled } from './clauses';
import { formatLongDate } from '../dates';
import type { ContractTerms } from './terms';

/*
 * What surrounds the clauses in every format: the status under the title, the signatures and the
 * closing note.
 */

export interface RenderMeta {
  version?: number;
  /** ISO instant the version was finalized. */
  finalizedAt?: string;
  paper?: 'A4' | 'Letter';
}

export const FOOTER_NOTE = 'Prepared with Followthrough. A plain-English draft, not legal advice: read it through before signing.';

export const SIGNATURE_LINES = ['Name', 'Signature', 'Date'] as const;

/** "23 November 2026", read in UTC so the viewer's zone never moves the date. */
export function formatFinalizedDate(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  return formatLongDate(d.toISOString().slice(0, 10));
}

export function statusLine(meta: RenderMeta): string {
  if (meta.version === undefined) return 'Draft';
  const finalized = filled(meta.finalizedAt) ? ` · finalized ${formatFinalizedDate(meta.finalizedAt)}` : '';
  return `Version ${Math.trunc(meta.version)}${finalized}`;
}

export interface Signatory {
  role: string;
  party: string;
  /** Printed on the name line; empty when nobody is named yet. */
  name: string;
}

export function signatories(t: ContractTerms): [Signatory, Signatory] {
  const p = t.parties;
  return [
    { role: 'For the brand', party: p.brandName, name: filled(p.brandRepresentative) ? p.brandRepresentative : '' },
    { role: 'The creator', party: filled(p.creatorHandle) ? `${p.creatorName} (${p.creatorHandle})` : p.creatorName, name: p.creatorName },
  ];
}

export const paperOf = (meta: RenderMeta): 'A4' | 'Letter' => (meta.paper === 'Letter' ? 'Letter' : 'A4');
