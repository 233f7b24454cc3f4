import { expect } from 'vitest';
import { AppError } from '../services/errors';

/** Runs `fn`, which must fail with an AppError of this code; returns the error for more checks. */
export function expectAppError(fn: () => unknown, code: AppError['code']): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(code);
    return error as AppError;
  }
  throw new Error(`expected ${code}`);
}
