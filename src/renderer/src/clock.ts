import type { ClockReading } from '../../shared/clock';

/*
 * The page's "now" is the app's: the host may be pinned (FOLLOWTHROUGH_NOW) or simply keep
 * other time than this computer. Everything in the page that depends on now reads appNow().
 */

let pinnedAt: number | null = null;
let offsetMs = 0;

/** Takes the app's reading; `sentAt`/`receivedAt` are this computer's times around the call. */
export function adoptClock(reading: ClockReading, sentAt: number, receivedAt: number): void {
  const appMs = Date.parse(reading.now);
  pinnedAt = reading.pinned ? appMs : null;
  // The app read its clock about halfway through the round trip.
  offsetMs = reading.pinned ? 0 : appMs - (sentAt + receivedAt) / 2;
}

export function appNow(): Date {
  return new Date(pinnedAt ?? Date.now() + offsetMs);
}
