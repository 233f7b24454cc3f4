/** Everything that depends on "now" takes a clock, so tests and demos can pin time. */
export interface Clock {
  now(): Date;
  /** A pinned clock stands still: the page must then use the same instant, never its own. */
  readonly pinned?: boolean;
}

export const systemClock: Clock = { now: () => new Date(), pinned: false };

export function fixedClock(iso: string): Clock {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) throw new Error(`Not a valid date and time: "${iso}"`);
  return { now: () => new Date(at.getTime()), pinned: true };
}

/** The app's clock, as the desktop app and the browser host both take it: FOLLOWTHROUGH_NOW pins it. */
export function clockFromEnv(env: NodeJS.ProcessEnv): Clock {
  const pinned = env.FOLLOWTHROUGH_NOW;
  if (pinned === undefined || pinned === '') return systemClock;
  try {
    return fixedClock(pinned);
  } catch {
    throw new Error(`FOLLOWTHROUGH_NOW must be an ISO 8601 date and time such as 2026-03-25T11:00:00Z, not "${pinned}".`);
  }
}
