import { z } from 'zod';
import { DeadlineKind } from '../contract/schedule';
import { Id, IsoDate, IsoDateTime } from '../fields';
import { TargetMiss } from '../metrics/schemas';
import { Stage } from '../stageSchema';
import { Reliability } from './schemas';

/*
 * A creator's track record with the brand, as data: what a brand weighs while choosing them for a
 * new collaboration (DOMAIN "Strikes, ratings, reliability"). Words are made by the page.
 */

export const TrackRecordInput = z.strictObject({ id: Id, asOf: IsoDateTime.optional() });

/** A creator's deliverable delivered after its due date, and by how many days. */
export const LateDelivery = z.object({
  milestoneId: Id,
  collaborationId: Id,
  campaignName: z.string().nullable(),
  /** The deadline's key and name as stored: a page says a name the app gave in its own language (deadlines/names). */
  key: z.string(),
  name: z.string(),
  kind: DeadlineKind,
  dueDate: IsoDate,
  deliveredOn: IsoDate,
  daysLate: z.number().int().min(1),
});
export type LateDelivery = z.infer<typeof LateDelivery>;

/** Something the creator still owes in a collaboration that has not ended. */
export const OwedDeliverable = z.object({
  milestoneId: Id,
  collaborationId: Id,
  campaignId: Id.nullable(),
  campaignName: z.string().nullable(),
  /** The deadline's key and name as stored: a page says a name the app gave in its own language (deadlines/names). */
  key: z.string(),
  name: z.string(),
  kind: DeadlineKind,
  /** Null while the date it is counted from has not come (e.g. the product has not arrived). */
  dueDate: IsoDate.nullable(),
  status: z.enum(['waiting', 'upcoming', 'due_soon', 'overdue']),
  daysLate: z.number().int().min(0),
});
export type OwedDeliverable = z.infer<typeof OwedDeliverable>;

/** How one collaboration's posts did against what they were held to. */
export const PostsRecord = z.object({
  collaborationId: Id,
  campaignName: z.string().nullable(),
  currency: z.string(),
  posts: z.number().int().min(1),
  views: z.number().int().nullable(),
  engagementRatePct: z.number().nullable(),
  /** What the posts so far were held to (their part of the campaign's, or the collaboration's own); null without a target. */
  expected: z.object({ views: z.number().nullable(), engagementRatePct: z.number().nullable() }),
  /** Whether any target applied to them (a collaboration outside a campaign, or in one without targets, has none). */
  hasTargets: z.boolean(),
  underperforming: z.boolean(),
  misses: z.array(TargetMiss),
});
export type PostsRecord = z.infer<typeof PostsRecord>;

export const TrackRecord = z.object({
  creatorId: Id,
  asOf: IsoDateTime,
  /** `asOf` as a date in the brand's time zone: what lateness is counted to. */
  asOfDate: IsoDate,
  reliability: Reliability,
  /** Collaborations with the brand (archived ones too: they happened), by stage in the board's order. */
  collaborations: z.object({
    total: z.number().int().min(0),
    /** Not ended yet (not completed, terminated or declined). */
    running: z.number().int().min(0),
    byStage: z.array(z.object({ stage: Stage, count: z.number().int().min(1) })),
  }),
  /**
   * The creator's dated deliverables: on time, late (delivered after the due date), overdue (past
   * due, still open in a collaboration under way) and missed (past due, never delivered before it ended).
   */
  deadlines: z.object({
    onTime: z.number().int().min(0),
    late: z.number().int().min(0),
    overdue: z.number().int().min(0),
    missed: z.number().int().min(0),
    /** The most days one delivery was late; 0 when none was. */
    longestDaysLate: z.number().int().min(0),
    /** Late deliveries, most recent due date first. */
    lateDeliveries: z.array(LateDelivery),
  }),
  strikes: z.object({ active: z.number().int().min(0), served: z.number().int().min(0), withdrawn: z.number().int().min(0) }),
  /** Fees agreed (signed or beyond), per currency. */
  agreed: z.array(z.object({ currency: z.string(), feeMinor: z.number().int().min(0) })),
  /** Everything paid to them (fee, bonus, refunds…), per currency. */
  paid: z.array(z.object({ currency: z.string(), amountMinor: z.number().int().min(0), payments: z.number().int().min(1) })),
  /** Collaborations with posts that have numbers, and how many of them were below target. */
  performance: z.object({
    measured: z.number().int().min(0),
    belowTarget: z.number().int().min(0),
    collaborations: z.array(PostsRecord),
  }),
  /** What they still owe in collaborations that have not ended, soonest due first. */
  openObligations: z.array(OwedDeliverable),
});
export type TrackRecord = z.infer<typeof TrackRecord>;
