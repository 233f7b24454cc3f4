import type { z } from 'zod';
import { isProcedureName, procedures, type ProcedureName } from '../../shared/api';
import type { ApiError, ApiResult, FieldIssue } from '../../shared/result';
import type { Ctx } from '../services/context';
import { AppError } from '../services/errors';
import { handlers as defaultHandlers, type Handlers } from './handlers';

export type Dispatch = (name: string, input: unknown) => ApiResult<unknown>;

export interface DispatcherOptions {
  handlers?: Handlers;
  /** Told after every successful procedure that changes data. */
  onChange?: (procedure: ProcedureName) => void;
  logError?: (error: unknown) => void;
}

/**
 * The one entry point for IPC and HTTP alike: validate with the contract's schema before any
 * service runs, then turn every outcome, thrown or not, into a result value.
 */
export function createDispatcher(ctx: Ctx, options: DispatcherOptions = {}): Dispatch {
  const table = options.handlers ?? defaultHandlers;
  const logError = options.logError ?? ((error) => console.error(error));
  return (name, input) => {
    if (!isProcedureName(name)) {
      return { ok: false, error: { code: 'NOT_FOUND', message: `There is no procedure called "${String(name)}".` } };
    }
    const procedure = procedures[name];
    const parsed = procedure.input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: badInput(parsed.error) };
    try {
      const handler = table[name] as (ctx: Ctx, input: unknown) => unknown;
      const data = handler(ctx, parsed.data);
      if (procedure.mutates) options.onChange?.(name);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppError) {
        return { ok: false, error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } };
      }
      logError(error);
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side; nothing was changed.' } };
    }
  };
}

/** A zod failure as the API's BAD_INPUT error; the Electron shell's own procedures use it too. */
export function badInput(error: z.ZodError): ApiError {
  const issues: FieldIssue[] = error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: i.code === 'unrecognized_keys' ? `Unknown field${i.keys.length > 1 ? 's' : ''}: ${i.keys.join(', ')}` : i.message,
  }));
  const first = issues[0]!;
  const where = first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return { code: 'BAD_INPUT' as const, message: `${where}${first.message}${more}`, issues };
}
