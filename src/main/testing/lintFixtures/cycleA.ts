import { b } from './cycleB';

/** Imports cycleB, which imports this file back: the cycle the lint must refuse. */
export const a = (): string => `a${b.length}`;
