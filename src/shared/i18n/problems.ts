import type { ParseKeys } from 'i18next';

/**
 * A refusal said by code rather than in a sentence: schemas (`{ error: problem('dateMissing') }`) and
 * services (`badField(path, problem('notLaterThan', { date }))`) name a key of the `errors` catalog
 * and its values. The API carries key and values beside the English sentence (for scripts and
 * logs); a page says it in the language of its interface.
 */
export type ProblemKey = ParseKeys<'errors'>;
export type ProblemParams = Record<string, string | number>;
export type Problem = { key: ProblemKey; params: ProblemParams };

// Zod keeps an error as a string; a mark no one types tells a coded one from a plain sentence.
const MARK = '\u2063problem:';

export function problem(key: ProblemKey, params: ProblemParams = {}): string {
  return MARK + JSON.stringify([key, params]);
}

/** The key and values in a message made by `problem`, or null for a plain sentence. */
export function readProblem(message: string): Problem | null {
  if (!message.startsWith(MARK)) return null;
  try {
    const [key, params] = JSON.parse(message.slice(MARK.length)) as [ProblemKey, ProblemParams];
    return { key, params };
  } catch {
    return null;
  }
}
