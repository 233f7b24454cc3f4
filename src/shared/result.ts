import { z } from 'zod';

export const ERROR_CODES = ['BAD_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'INTERNAL'] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

// A coded refusal also carries its catalog key and values, so a page can say it in its own language.
const ProblemCode = { key: z.string().optional(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() };

export const FieldIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  ...ProblemCode,
});
export type FieldIssue = z.infer<typeof FieldIssue>;

/**
 * Why the data could not be written or read, when the cause is the machine rather than the
 * request (the disk is full, the folder is read-only, another writer held the data too long, the
 * disk failed): the message says it in English, the reason lets a page say it in its own words.
 */
export const ERROR_REASONS = ['disk_full', 'read_only', 'busy', 'io_error'] as const;
export const ErrorReason = z.enum(ERROR_REASONS);
export type ErrorReason = z.infer<typeof ErrorReason>;

export const ApiError = z.object({
  code: ErrorCode,
  message: z.string(),
  reason: ErrorReason.optional(),
  issues: z.array(FieldIssue).optional(),
  ...ProblemCode,
});
export type ApiError = z.infer<typeof ApiError>;

/** Errors cross IPC and HTTP as values, never as thrown exceptions. */
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_INPUT: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL: 500,
};
