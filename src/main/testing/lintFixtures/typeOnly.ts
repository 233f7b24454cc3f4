import type { Pair } from './typeOnlyPair';

/** A type-only import back is erased at run time: not a cycle the lint refuses. */
export interface Single {
  value: string;
  pair?: Pair;
}
