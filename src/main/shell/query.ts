import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../shared/api';
import type { Dispatch } from '../api/dispatcher';
import type { AsyncProcedureName } from '../api/handlers';

/**
 * A read through the dispatcher for the shell's own use (tray, close-to-tray). A failure is logged
 * and gives null: the tray or a window must keep working when one read goes wrong.
 */
export function query<K extends Exclude<ProcedureName, AsyncProcedureName>>(
  dispatch: Dispatch,
  name: K,
  input: ProcedureInput<K>,
): ProcedureOutput<K> | null {
  const result = dispatch(name, input);
  if (result.ok) return result.data as ProcedureOutput<K>;
  console.error(`${name} failed: ${result.error.message}`);
  return null;
}
