import type { z } from 'zod';
import type { FieldIssue } from '../../shared/result';
import { ApiCallError } from './api';
import { readProblem } from '../../shared/i18n/problems';
import { i18n } from './i18n';
import { sayProblem, type Words } from '../../shared/i18n/wording';

/** Field issues (from zod on this side, or from the API) as Mantine form errors keyed by path. */
export function issuesToErrors(issues: FieldIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.join('.') || '_form';
    errors[key] ??= issueText(issue);
  }
  return errors;
}

/** Validates with the same schema the API uses, so the form and the API never disagree. */
export function validateWith<T>(schema: z.ZodType, toInput: (values: T) => unknown) {
  return (values: T) => {
    const parsed = schema.safeParse(toInput(values));
    return parsed.success
      ? {}
      : issuesToErrors(parsed.error.issues.map((i) => ({ path: i.path.map(String), ...codeOf(i.message) })));
  };
}

/** Shows an API failure next to the fields it names; returns the message for anything else. */
export function applyApiError(error: unknown, setErrors: (errors: Record<string, string>) => void): string | null {
  if (error instanceof ApiCallError && error.issues.length > 0) {
    setErrors(issuesToErrors(error.issues));
    return null;
  }
  return errorText(error);
}

/** A failure in words: the one place the page turns an error it was given into text. */
export function errorText(error: unknown): string {
  if (error instanceof ApiCallError) {
    if (error.key) return inLanguage(error.key, error.params, error.message);
    if (error.reason) return i18n.t(`errors:reason.${error.reason}`);
    const first = error.issues[0];
    if (first?.key) return issueText(first);
  }
  return error instanceof Error && error.message ? error.message : i18n.t('somethingWrong');
}

/** A refusal at a field or a row (an import's), in the interface's language when it came coded. */
export function refusalText(issue: Pick<FieldIssue, 'message' | 'key' | 'params'>): string {
  return issue.key ? inLanguage(issue.key, issue.params, issue.message) : issue.message;
}
const issueText = refusalText;

// A key this page does not know (an older page, a newer app) falls back to the English sentence.
// A key without a namespace is the errors catalog's, as in sayProblem.
function inLanguage(key: string, params: Record<string, string | number> | undefined, english: string): string {
  return i18n.exists(key.includes(':') ? key : `errors:${key}`) ? sayProblem(page, key, params ?? {}) : english;
}

/** A zod message checked on this side: a coded one keeps its key, for issueText to word it. */
function codeOf(message: string): Pick<FieldIssue, 'message' | 'key' | 'params'> {
  const coded = readProblem(message);
  return coded ? { message: spelledHere(coded.key, coded.params), key: coded.key, params: coded.params } : { message };
}

const spelledHere = (key: string, params: Record<string, string | number>) => sayProblem(page, key, params);

// Keys arrive at run time, so the typed overloads cannot check them; the catalog test does.
const page: Words = { say: (key, params) => (i18n.t as unknown as Words['say'])(key, params), has: (key) => i18n.exists(key) };
