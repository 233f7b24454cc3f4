import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { ApiResult } from '../../shared/result';
import { IPC_CALL } from '../../shared/ipc';
import type { Dispatch } from '../api/dispatcher';

/**
 * Every renderer call goes through the same dispatcher as the browser host, which validates the
 * input against the contract before any service runs. Calls from any frame but our own page are refused.
 */
export function registerApiHandler(dispatch: Dispatch, isTrustedUrl: (url: string) => boolean): void {
  ipcMain.handle(IPC_CALL, (event: IpcMainInvokeEvent, name: unknown, input: unknown): ApiResult<unknown> => {
    const url = event.senderFrame?.url ?? '';
    if (!isTrustedUrl(url)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: 'Calls are only accepted from the Followthrough window.' } };
    }
    return dispatch(typeof name === 'string' ? name : '', input);
  });
}
