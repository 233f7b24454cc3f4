import type { ErrorCode, FieldIssue } from '../../shared/result';

/** A failure the caller can act on; the dispatcher turns it into an API error value. */
export class AppError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'INTERNAL'>,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string, id: number) => new AppError('NOT_FOUND', `${what} #${id} does not exist.`);

/** Input that is well-formed but wrong in context, reported against the field that caused it. */
export const badField = (path: FieldIssue['path'], message: string) => new AppError('BAD_INPUT', message, [{ path, message }]);
