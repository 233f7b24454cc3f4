/*
 * The wording of a contract as plain data, so the printable HTML and the Word document are made
 * from one source. Text here is raw, never markup: each renderer escapes it in its own way.
 */

/** A stretch of text in one style; `br` starts it on a new line. */
export interface Run {
  text: string;
  strong?: boolean;
  /** A term that should be there but is not agreed: shown in red. */
  missing?: boolean;
  br?: boolean;
}

export interface Fact {
  label: string;
  value: Run[];
}

export type Block =
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'facts'; rows: Fact[] }
  | { type: 'bullets'; items: string[] }
  | { type: 'table'; head: string[]; rows: string[][] }
  | { type: 'quote'; runs: Run[] };

/** A numbered sub-clause. */
export type Item = Block[];

/** Which clause it is, whatever language its title is printed in. */
export type ClauseKind =
  | 'parties'
  | 'fee'
  | 'brief'
  | 'communication'
  | 'schedule'
  | 'review'
  | 'lateDelivery'
  | 'usage'
  | 'killFee'
  | 'morals'
  | 'termination'
  | 'confidentiality'
  | 'governingLaw'
  | 'language';

export interface Clause {
  key: ClauseKind;
  title: string;
  items: Item[];
}

export const strong = (text: string): Run => ({ text, strong: true });

export const missing = (text: string): Run => ({ text, missing: true });

/** What the user typed in a multi-line field: trimmed, one run per line. */
export function lines(value: string, style: Omit<Run, 'text' | 'br'> = {}): Run[] {
  return value
    .trim()
    .split(/\r\n?|\n/)
    .map((text, i) => (i === 0 ? { ...style, text } : { ...style, text, br: true }));
}

/** Plain text, a styled run, or several runs. */
export type Part = string | Run | Run[];

/** A paragraph from strings (plain text) and runs, in order. */
export function paragraph(...parts: Part[]): Block {
  return { type: 'paragraph', runs: parts.flatMap((p) => (typeof p === 'string' ? [{ text: p }] : p)) };
}
