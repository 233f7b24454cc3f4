import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../shared/api';
import type { ApiError } from '../../shared/result';
import { createDispatcher } from '../api/dispatcher';
import type { AsyncProcedureName } from '../api/handlers';
import type { Ctx } from '../services/context';

/** The API as the app calls it, for the archive tests: `ok` answers the data or throws, `refused` the error. */
export function archiveApi(ctx: Ctx) {
  const dispatch = createDispatcher(ctx, { logError: () => {} });
  type Sync = Exclude<ProcedureName, AsyncProcedureName>;
  return {
    ok<K extends Sync>(name: K, input: ProcedureInput<K>): ProcedureOutput<K> {
      const result = dispatch(name, input);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.data as ProcedureOutput<K>;
    },
    refused<K extends Sync>(name: K, input: ProcedureInput<K>): ApiError {
      const result = dispatch(name, input);
      if (result.ok) throw new Error(`${name} was accepted`);
      return result.error;
    },
  };
}
