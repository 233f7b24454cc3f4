import type { z } from 'zod';
import { isProcedureName, procedures, type ProcedureName } from '../../shared/api';
import { spelledIssue } from '../../shared/i18n/spelled';
import type { ApiError, ApiResult, FieldIssue } from '../../shared/result';
import type { Ctx } from '../services/context';
import { writeTransaction } from '../db/writeTransaction';
import { AppError } from '../services/errors';
import { type AsyncProcedureName, handlers as defaultHandlers, type Handlers, WRITES_OUTSIDE_TRANSACTION } from './handlers';
import { storageFailure } from './storageFailure';
import { spelled } from '../../shared/i18n/spelled';
import { problem } from '../../shared/i18n/problems';

type Result = ApiResult<unknown>;

/**
 * A procedure named in the code answers at once, except the few whose service is asynchronous;
 * a name only known at run time (IPC, HTTP) may answer with a promise.
 */
export interface Dispatch {
  (name: Exclude<ProcedureName, AsyncProcedureName>, input: unknown, meta?: CallMeta): Result;
  (name: string, input: unknown, meta?: CallMeta): Result | Promise<Result>;
}

/** Who called: a page's own id, so the change notice it causes can skip that page (it refreshed already). */
export interface CallMeta {
  origin?: string;
}

export interface DispatcherOptions {
  handlers?: Handlers;
  /** Told after every successful procedure that changes data, with the caller's origin if it gave one. */
  onChange?: (procedure: ProcedureName, origin?: string) => void;
  logError?: (error: unknown) => void;
}

/**
 * The one entry point for IPC and HTTP alike: validate with the contract's schema before any
 * service runs, run a procedure that changes data in one write transaction (so its "ok" means it
 * is on disk), then turn every outcome, thrown or not, into a result value.
 */
export function createDispatcher(ctx: Ctx, options: DispatcherOptions = {}): Dispatch {
  const table = options.handlers ?? defaultHandlers;
  const logError = options.logError ?? ((error) => console.error(error));
  const failure = (error: unknown, mutates: boolean): Result => {
    if (error instanceof AppError) {
      const code = error.key ? { key: error.key, params: error.params } : {};
      return { ok: false, error: { code: error.code, message: error.message, ...code, ...(error.issues ? { issues: error.issues } : {}) } };
    }
    logError(error);
    // The disk, not the request or the code, may be why: full, read-only, busy, failing.
    const storage = storageFailure(error, { mutates, dbFile: ctx.db.$client.name });
    if (storage) return { ok: false, error: { code: 'INTERNAL', message: storage.message, reason: storage.reason } };
    return { ok: false, error: { code: 'INTERNAL', ...spelled(problem('internal')) } };
  };
  const dispatch = (name: string, input: unknown, meta: CallMeta = {}): Result | Promise<Result> => {
    if (!isProcedureName(name)) {
      return { ok: false, error: { code: 'NOT_FOUND', ...spelled(problem('service.noProcedure', { name: String(name) })) } };
    }
    const procedure = procedures[name];
    const parsed = procedure.input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: badInput(parsed.error) };
    const success = (data: unknown): Result => {
      if (procedure.mutates) options.onChange?.(name, meta.origin);
      return { ok: true, data };
    };
    const failed = (error: unknown) => failure(error, procedure.mutates);
    try {
      const handler = table[name] as (ctx: Ctx, input: unknown) => unknown;
      const run = () => handler(ctx, parsed.data);
      // better-sqlite3 refuses a transaction function that returns a promise, and rolls it back.
      const data = procedure.mutates && !WRITES_OUTSIDE_TRANSACTION.has(name) ? writeTransaction(ctx.db.$client, run) : run();
      return data instanceof Promise ? data.then(success, failed) : success(data);
    } catch (error) {
      return failed(error);
    }
  };
  // The overloads state which names answer at once; Handlers holds the services to that.
  return dispatch as Dispatch;
}

/** A zod failure as the API's BAD_INPUT error; the Electron shell's own procedures use it too. */
export function badInput(error: z.ZodError): ApiError {
  const issues: FieldIssue[] = error.issues.map((i) =>
    spelledIssue({
      path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: i.code === 'unrecognized_keys' ? problem('service.unknownFields', { count: i.keys.length, names: i.keys.join(', ') }) : i.message,
    }),
  );
  const first = issues[0]!;
  const where = first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return { code: 'BAD_INPUT' as const, message: `${where}${first.message}${more}`, issues };
}
