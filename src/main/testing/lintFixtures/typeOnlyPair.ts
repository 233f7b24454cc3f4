import type { Single } from './typeOnly';

export interface Pair {
  left: Single;
  right: Single;
}
