import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CALL, IPC_PUSH } from '../shared/ipc';
import type { FollowthroughBridge } from './api';

// Only these two functions reach the page; the main process validates every call again.
const bridge: FollowthroughBridge = {
  call: (name, input) => ipcRenderer.invoke(IPC_CALL, name, input),
  on: (event, callback) => {
    const listener = (_: IpcRendererEvent, message: { type: string }) => {
      if (message?.type === event) callback(message);
    };
    ipcRenderer.on(IPC_PUSH, listener);
    return () => ipcRenderer.off(IPC_PUSH, listener);
  },
};

contextBridge.exposeInMainWorld('followthrough', bridge);
