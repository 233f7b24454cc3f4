import { calendarDaysBetween } from '../dates';
import type { Stage } from '../stages';
import { AWAITING_POST_STAGES } from './stageGroups';
import { isPaid } from './deal';

/*
 * Seeding (DOMAIN "Follow-up ladder"): a gift is followed up 7, 10 and 14 days after it arrived;
 * a creator with no post once the last of those days has passed has ghosted the brand.
 */

/** Days after the gift arrived on which the brand is reminded to follow up, last first. */
export const GIFT_FOLLOW_UP_DAYS = [14, 10, 7] as const;
export const GHOSTED_AFTER_DAYS = GIFT_FOLLOW_UP_DAYS[0];

/** The product went out as a gift and no post has come yet: the board's "Shipped, no post". */
export function giftWithoutPost(c: { feeMinor: number; stage: Stage; expectsPost: boolean }): boolean {
  return c.expectsPost && !isPaid(c.feeMinor) && (c.stage === 'product_shipped' || (AWAITING_POST_STAGES as readonly Stage[]).includes(c.stage));
}

/** Days since the gift arrived, while it waits for its post; null when it has not arrived or is not waiting. */
export function daysWithoutPost(c: { feeMinor: number; stage: Stage; productReceivedOn: string | null; expectsPost: boolean }, today: string): number | null {
  if (!c.expectsPost || c.productReceivedOn === null || isPaid(c.feeMinor) || !(AWAITING_POST_STAGES as readonly Stage[]).includes(c.stage)) return null;
  return calendarDaysBetween(c.productReceivedOn, today);
}

/** Past the last follow-up day with no post. */
export function isGhosted(c: { feeMinor: number; stage: Stage; productReceivedOn: string | null; expectsPost: boolean }, today: string): boolean {
  const days = daysWithoutPost(c, today);
  return days !== null && days > GHOSTED_AFTER_DAYS;
}
