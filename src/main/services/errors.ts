import { problem } from '../../shared/i18n/problems';
import { spelled, spelledIssue } from '../../shared/i18n/spelled';
import type { ErrorCode, FieldIssue } from '../../shared/result';

/**
 * A failure the caller can act on; the dispatcher turns it into an API error value. Its message may
 * be coded (`problem(key, params)`): it then reads in English here, and keeps its key and values.
 */
export class AppError extends Error {
  readonly issues?: FieldIssue[];
  readonly key?: string;
  readonly params?: Record<string, string | number>;
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL'>,
    message: string,
    issues?: FieldIssue[],
  ) {
    const words = spelled(message);
    super(words.message);
    this.name = 'AppError';
    this.key = words.key;
    this.params = words.params;
    this.issues = issues?.map(spelledIssue);
  }
}

/** The things a caller can ask for by id, named in the errors catalog (`service.notFound`). */
export type Thing = 'Collaboration' | 'Creator' | 'Campaign' | 'Deadline' | 'Shipment' | 'Post' | 'Template' | 'Strike' | 'Dispute' | 'Amendment' | 'Contract' | 'Material';

export const notFound = (what: Thing, id: number) => new AppError('NOT_FOUND', problem('service.notFound', { what: what.toLowerCase(), id }));

/** Input that is well-formed but wrong in context, reported against the field that caused it. */
export const badField = (path: FieldIssue['path'], message: string) => new AppError('BAD_INPUT', message, [{ path, message }]);
