/** IPC channel names shared by the preload script and the Electron shell. */
export const IPC_CALL = 'followthrough:call';
export const IPC_PUSH = 'followthrough:push';
