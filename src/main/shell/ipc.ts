import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ApiResult } from '../../shared/result';
import { problem } from '../../shared/i18n/problems';
import { spelled } from '../../shared/i18n/spelled';
import { IPC_CALL, isOriginId } from '../../shared/ipc';
import {
  isShellProcedure,
  SHELL_PROCEDURES,
  type ShellOutput,
  type ShellParsedInput,
  type ShellProcedureName,
} from '../../shared/shellApi';
import { badInput, type Dispatch } from '../api/dispatcher';

/** Answers for the procedures only Electron can run (see shared/shellApi). */
export type ShellHandlers = {
  [K in ShellProcedureName]?: (input: ShellParsedInput<K>) => Promise<ApiResult<ShellOutput<K>>>;
};

/**
 * Every renderer call goes through the same dispatcher as the browser host, which validates the
 * input against the contract before any service runs. Shell procedures are validated the same way
 * here, because they never pass the dispatcher. Calls from any frame but our own page are refused.
 */
export function registerApiHandler(
  dispatch: Dispatch,
  isTrustedUrl: (url: string) => boolean,
  shellHandlers: ShellHandlers = {},
): void {
  ipcMain.handle(IPC_CALL, async (event: IpcMainInvokeEvent, name: unknown, input: unknown, origin: unknown): Promise<ApiResult<unknown>> => {
    const url = event.senderFrame?.url ?? '';
    if (!isTrustedUrl(url)) {
      return { ok: false, error: { code: 'FORBIDDEN', ...spelled(problem('service.windowOnly')) } };
    }
    if (isShellProcedure(name)) return callShell(shellHandlers, name, input);
    return dispatch(typeof name === 'string' ? name : '', input, { origin: isOriginId(origin) ? origin : undefined });
  });
}

async function callShell(shellHandlers: ShellHandlers, name: ShellProcedureName, input: unknown): Promise<ApiResult<unknown>> {
  const handler = shellHandlers[name] as ((input: unknown) => Promise<ApiResult<unknown>>) | undefined;
  if (!handler) return { ok: false, error: { code: 'NOT_FOUND', ...spelled(problem('service.noProcedure', { name })) } };
  const parsed = SHELL_PROCEDURES[name].input.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: badInput(parsed.error) };
  try {
    return await handler(parsed.data);
  } catch (error) {
    // Results, not exceptions, cross IPC: a rejected invoke would reach the page as an unreadable Error.
    console.error(error);
    return { ok: false, error: { code: 'INTERNAL', ...spelled(problem('internal')) } };
  }
}
