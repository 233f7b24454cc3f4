/** IPC channel names shared by the preload script and the Electron shell. */
export const IPC_CALL = 'followthrough:call';
export const IPC_PUSH = 'followthrough:push';

/**
 * Each page makes up an id of its own and sends it with every call (this header over HTTP, a
 * fourth argument over IPC); a change notice carries the id of the page that caused it, so that
 * page, which refreshed already, does not refresh twice.
 */
export const ORIGIN_HEADER = 'x-followthrough-origin';

export const isOriginId = (value: unknown): value is string => typeof value === 'string' && /^[\w-]{8,64}$/.test(value);
