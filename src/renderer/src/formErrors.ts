import type { z } from 'zod';
import type { FieldIssue } from '../../shared/result';
import { ApiCallError } from './api';
import { i18n } from './i18n';

/** Field issues (from zod on this side, or from the API) as Mantine form errors keyed by path. */
export function issuesToErrors(issues: FieldIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.join('.') || '_form';
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Validates with the same schema the API uses, so the form and the API never disagree. */
export function validateWith<T>(schema: z.ZodType, toInput: (values: T) => unknown) {
  return (values: T) => {
    const parsed = schema.safeParse(toInput(values));
    return parsed.success
      ? {}
      : issuesToErrors(parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })));
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
  return error instanceof Error && error.message ? error.message : i18n.t('somethingWrong');
}
