import type { FieldIssue } from '../result';
import { translator } from './createI18n';
import { readProblem } from './problems';

// Keys arrive at run time, so the typed overloads cannot check them; the catalog test does.
const english = translator('en') as unknown as (key: string, params?: object) => string;

/** A message as the API sends it: the English sentence, and the key and values of a coded one. */
export function spelled(message: string): { message: string; key?: string; params?: Record<string, string | number> } {
  const coded = readProblem(message);
  if (!coded) return { message };
  return { message: english(`errors:${coded.key}`, coded.params), key: coded.key, params: coded.params };
}

export function spelledIssue(issue: FieldIssue): FieldIssue {
  return { ...issue, ...spelled(issue.message) };
}
