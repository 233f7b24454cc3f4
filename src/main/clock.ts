/** Everything that depends on "now" takes a clock, so tests and demos can pin time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new Error(`Not a valid date and time: "${iso}"`);
  return { now: () => new Date(at.getTime()) };
}
