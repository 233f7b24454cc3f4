import { a } from './cycleA';

export const b = 'b';
export const ab = (): string => a() + b;
