import type { FieldIssue } from '../result';
import { createI18n } from './createI18n';
import { readProblem } from './problems';
import { sayProblem, type Words } from './wording';

const en = createI18n('en');
// Keys arrive at run time, so the typed overloads cannot check them; the catalog test does.
const english: Words = { say: en.t as unknown as Words['say'], has: (key) => en.exists(key) };

/** A coded message in English, whatever catalog its key is in (`ns:key`, or the errors catalog's). */
export const inEnglish = (key: string, params: Record<string, string | number>): string => sayProblem(english, key, params);

/** A message as the API sends it: the English sentence, and the key and values of a coded one. */
export function spelled(message: string): { message: string; key?: string; params?: Record<string, string | number> } {
  const coded = readProblem(message);
  if (!coded) return { message };
  return { message: sayProblem(english, coded.key, coded.params), key: coded.key, params: coded.params };
}

export function spelledIssue(issue: FieldIssue): FieldIssue {
  return { ...issue, ...spelled(issue.message) };
}
