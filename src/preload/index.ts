import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CALL, IPC_PUSH } from '../shared/ipc';
import type { FollowthroughBridge } from './api';

// This page's id: its calls carry it, and the change notices it caused itself are not passed on.
const origin = crypto.randomUUID();

// Only these two functions reach the page; the main process validates every call again.
const bridge: FollowthroughBridge = {
  call: (name, input) => ipcRenderer.invoke(IPC_CALL, name, input, origin),
  on: (event, callback) => {
    const listener = (_: IpcRendererEvent, message: { type: string; origin?: string }) => {
      if (message?.type === event && message.origin !== origin) callback(message);
    };
    ipcRenderer.on(IPC_PUSH, listener);
    return () => ipcRenderer.off(IPC_PUSH, listener);
  },
};

contextBridge.exposeInMainWorld('followthrough', bridge);
