import type { Cadence } from '../cadence/schemas';
import { addCalendarDays, calendarDaysBetween, dateInZone } from '../dates';
import type { Stage } from '../stages';
import { isPaid } from './deal';
import { MAKING_CONTENT_STAGES } from './stageGroups';

/*
 * The check-in rhythm: contact should not stop once the product has shipped, so while the content
 * is being made the brand is reminded to ask how it is going even when nothing is late. The
 * scheduler, the composer and the pages all count it here.
 */

/** Deliveries that end the rhythm: the creator's draft, or the post itself (publishing supersedes). */
export const CONTENT_IN_KINDS = ['draft', 'publish'] as const;

export interface CheckInState {
  stage: Stage;
  feeMinor: number;
  /** The day the product arrived (brand's zone); null until it has. */
  productReceivedOn: string | null;
  /** A draft or the post has been delivered (any creator milestone of CONTENT_IN_KINDS). */
  contentIn: boolean;
  /** The latest logged message, either way (an instant). */
  lastContactAt: string | null;
  /** The first brand message still waiting for the creator's reply (rules/replyState). */
  awaitingReplySince: string | null;
}

export interface CheckIn {
  /** The day it is due, in the brand's zone. */
  dueOn: string;
  /** Days from the arrival to `dueOn`: one number per check-in, so each reminds once, ever. */
  occurrence: number;
  arrivedOn: string;
  /** The day of the latest message either way since the product arrived; null when there is none. */
  lastContactOn: string | null;
}

export interface CheckInPlan {
  /** The latest check-in due by today, not yet answered by a message; null before the first. */
  due: CheckIn | null;
  /** The next check-in after today if nothing changes (no message, no delivery). */
  nextOn: string;
}

/**
 * Where the rhythm stands on `today` (a date of the brand's zone), or null while it does not run.
 *
 * It runs for a paid collaboration (a gift is followed up on its own days, rules/gifting) whose
 * cadence is on, in a stage of MAKING_CONTENT_STAGES, once the product has arrived and until a draft
 * or the post is delivered; so it stops at review, publication and every ended stage.
 *
 * Check-ins fall on calendar days of the brand's zone, each due from the start of its day:
 * - the first `firstAfterArrivalDays` days after the arrival day (1: the day after it arrives);
 * - then every `everyDays` days after the previous one, until one of the stops above.
 *
 * A conversation pauses it. While the brand waits for the creator's reply nothing is due (the
 * reply clock chases that). A message either way on or after the arrival day counts as contact:
 * no check-in is due until `everyDays` days after the day of the latest one, and the rhythm goes on
 * from there (never before the first check-in). Messages from before the arrival do not count:
 * the arrival is news worth asking about.
 */
export function checkInPlan(cadence: Cadence, state: CheckInState, today: string, timeZone: string): CheckInPlan | null {
  const start = rhythmStart(cadence, state, timeZone);
  if (start === null) return null;
  const { firstOn, arrivedOn, lastContactOn } = start;
  if (today < firstOn) return { due: null, nextOn: firstOn };
  const passed = Math.floor(calendarDaysBetween(firstOn, today) / cadence.everyDays);
  const dueOn = addCalendarDays(firstOn, passed * cadence.everyDays);
  return {
    due: { dueOn, occurrence: calendarDaysBetween(arrivedOn, dueOn), arrivedOn, lastContactOn },
    nextOn: addCalendarDays(dueOn, cadence.everyDays),
  };
}

/** The check-in due on `today`, if one is (see checkInPlan for the rule). */
export function checkInDue(cadence: Cadence, state: CheckInState, today: string, timeZone: string): CheckIn | null {
  return checkInPlan(cadence, state, today, timeZone)?.due ?? null;
}

function rhythmStart(cadence: Cadence, s: CheckInState, timeZone: string) {
  if (!cadence.enabled || !isPaid(s.feeMinor) || s.productReceivedOn === null || s.contentIn) return null;
  if (!(MAKING_CONTENT_STAGES as readonly Stage[]).includes(s.stage) || s.awaitingReplySince !== null) return null;
  const arrivedOn = s.productReceivedOn;
  const contactOn = s.lastContactAt === null ? null : dateInZone(s.lastContactAt, timeZone);
  const lastContactOn = contactOn !== null && contactOn >= arrivedOn ? contactOn : null;
  const first = addCalendarDays(arrivedOn, cadence.firstAfterArrivalDays);
  const afterContact = lastContactOn === null ? first : addCalendarDays(lastContactOn, cadence.everyDays);
  return { firstOn: afterContact > first ? afterContact : first, arrivedOn, lastContactOn };
}
