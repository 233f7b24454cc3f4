import type { Stage } from '../stages';

/*
 * Stage groups that decide what the app still chases, shows or asks for. Each group is named for
 * the question it answers, so a new stage is placed by answering it once here.
 */

/** Nothing is chased any more: no deadline reminders, no reply clock, no open obligations. */
export const ENDED_STAGES = ['completed', 'terminated', 'declined'] as const satisfies readonly Stage[];

/** Ended early (the board's side lanes): their deadlines leave the calendar. A completed deal keeps its dates after publication. */
export const ENDED_EARLY_STAGES = ['terminated', 'declined'] as const satisfies readonly Stage[];

/** Never started: it shares no campaign counts and owes no dates. */
export const NEVER_STARTED_STAGES = ['declined'] as const satisfies readonly Stage[];

/** Over, with work to judge: the brand may rate the creator. */
export const RATEABLE_STAGES = ['completed', 'terminated'] as const satisfies readonly Stage[];

/** The product arrived and nothing is published yet: a gift's follow-ups run, a parcel that got there waits for its post. */
export const AWAITING_POST_STAGES = ['product_received', 'in_production', 'in_review'] as const satisfies readonly Stage[];

/** The product is with the creator and the content is being made, before any draft: the brand checks in on a rhythm (rules/checkIn). */
export const MAKING_CONTENT_STAGES = ['product_received', 'in_production'] as const satisfies readonly Stage[];

/** The product is not with the creator yet: a delivered parcel may move the card on to Product received. */
export const BEFORE_RECEIPT_STAGES = ['prospect', 'outreach', 'negotiating', 'contract_sent', 'signed', 'product_shipped'] as const satisfies readonly Stage[];

const within = (group: readonly Stage[]) => (stage: Stage): boolean => group.includes(stage);

export const isEnded = within(ENDED_STAGES);
export const isRateable = within(RATEABLE_STAGES);
export const isBeforeReceipt = within(BEFORE_RECEIPT_STAGES);
