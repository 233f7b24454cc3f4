import type { ApiResult } from '../shared/result';

/** What the preload exposes as `window.followthrough`. */
export interface FollowthroughBridge {
  call(name: string, input: unknown): Promise<ApiResult<unknown>>;
  on(event: string, callback: (message: unknown) => void): () => void;
}

declare global {
  interface Window {
    followthrough?: FollowthroughBridge;
  }
}
