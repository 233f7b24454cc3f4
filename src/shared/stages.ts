import type { Stage } from './stageSchema';
import { ENDED_EARLY_STAGES } from './rules/stageGroups';

/** Kanban columns in working order; the last two are side lanes for collaborations that ended early. */
export const STAGES = [
  'prospect',
  'outreach',
  'negotiating',
  'contract_sent',
  'signed',
  'product_shipped',
  'product_received',
  'in_production',
  'in_review',
  'published',
  'completed',
  'terminated',
  'declined',
] as const;

// The type is the schema's (one definition), re-exported beside the names it is made of.
export type { Stage };

/** The board's side lanes are the collaborations that ended early. */
export const SIDE_LANES: readonly Stage[] = ENDED_EARLY_STAGES;

export const STAGE_LABELS: Record<Stage, string> = {
  prospect: 'Prospect',
  outreach: 'Outreach',
  negotiating: 'Negotiating',
  contract_sent: 'Contract sent',
  signed: 'Signed',
  product_shipped: 'Product shipped',
  product_received: 'Product received',
  in_production: 'In production',
  in_review: 'In review',
  published: 'Published',
  completed: 'Completed',
  terminated: 'Terminated',
  declined: 'Declined',
};

export const STAGE_HINTS: Record<Stage, string> = {
  prospect: 'Creators you might work with',
  outreach: 'Contacted, waiting for an answer',
  negotiating: 'Talking terms',
  contract_sent: 'Waiting for a signature',
  signed: 'Agreed; product not sent yet',
  product_shipped: 'On its way to the creator',
  product_received: 'The creator has it; the clock runs',
  in_production: 'Script or draft being made',
  in_review: 'Brand is reviewing a draft',
  published: 'Live; collect metrics and pay',
  completed: 'Paid, measured and rated',
  terminated: 'Ended early',
  declined: 'Never started',
};
