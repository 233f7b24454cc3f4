import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, MinorUnits, optionalText } from '../fields';
import { Locale } from '../i18n/locales';
import { Platform } from '../platformSchemas';
import { beyondViews } from './sanity';
import { problem } from '../i18n/problems';

/*
 * Campaign performance (DOMAIN "Performance (mid-campaign)"): the posts a collaboration produced,
 * snapshots of their numbers over time, what follows from them, and how they compare with the
 * campaign's targets.
 */

export const METRIC_FIELDS = ['views', 'reach', 'likes', 'comments', 'shares', 'saves', 'clicks', 'conversions'] as const;
export type MetricField = (typeof METRIC_FIELDS)[number];
// A metric's name is the page's or the printout's: `campaigns:metric.*` in each language.

const Count = z.number({ error: problem('field.numberMissing') }).int({ error: problem('field.wholeNumber') }).min(0, { error: problem('field.countsNegative') });

/** One reading of a post's numbers; a number not given is unknown, not zero. */
const snapshotFields = {
  views: Count.nullable(),
  reach: Count.nullable(),
  likes: Count.nullable(),
  comments: Count.nullable(),
  shares: Count.nullable(),
  saves: Count.nullable(),
  clicks: Count.nullable(),
  conversions: Count.nullable(),
  /** What this post cost (minor units); when no post says, the collaboration's fee is the cost. */
  costMinor: MinorUnits.nullable(),
};

export const Snapshot = z.object({
  id: Id,
  deliverableId: Id,
  capturedAt: IsoDateTime,
  ...snapshotFields,
  source: z.enum(['manual', 'csv']),
});
export type Snapshot = z.infer<typeof Snapshot>;

export const Deliverable = z.object({
  id: Id,
  collaborationId: Id,
  platform: Platform,
  url: z.string(),
  title: z.string(),
  publishedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  /** Its newest snapshot, if any. */
  latest: Snapshot.nullable(),
});
export type Deliverable = z.infer<typeof Deliverable>;

const PostUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), { error: problem('field.postUrl') });

export const DeliverableAddInput = z.strictObject({
  collaborationId: Id,
  platform: Platform,
  url: PostUrl.default(''),
  title: optionalText(200).default(''),
  publishedAt: IsoDateTime.nullable().default(null),
});
export const DeliverableUpdateInput = z.strictObject({
  id: Id,
  platform: Platform.optional(),
  url: PostUrl.optional(),
  title: optionalText(200).optional(),
  publishedAt: IsoDateTime.nullable().optional(),
});
export const DeliverableListInput = z.strictObject({ collaborationId: Id });

const optionalCounts = Object.fromEntries(Object.entries(snapshotFields).map(([k, v]) => [k, v.default(null)])) as {
  [K in keyof typeof snapshotFields]: z.ZodDefault<(typeof snapshotFields)[K]>;
};
export const SnapshotRecordInput = z
  .strictObject({
    deliverableId: Id,
    /** When the numbers were read; defaults to now. */
    capturedAt: IsoDateTime.optional(),
    ...optionalCounts,
  })
  .superRefine((numbers, check) => {
    for (const p of beyondViews(numbers)) check.addIssue({ code: 'custom', path: [p.field], message: p.message });
  });
export type SnapshotRecordInput = z.input<typeof SnapshotRecordInput>;
export const SnapshotListInput = z.strictObject({ deliverableId: Id });

// ── What follows from the numbers ────────────────────────────────────────────────────────────
/** Totals of the newest snapshot of each post, and the ratios. Unknown stays null ("—"). */
export const Performance = z.object({
  posts: z.number().int().min(0),
  views: z.number().int().nullable(),
  reach: z.number().int().nullable(),
  likes: z.number().int().nullable(),
  comments: z.number().int().nullable(),
  shares: z.number().int().nullable(),
  saves: z.number().int().nullable(),
  clicks: z.number().int().nullable(),
  conversions: z.number().int().nullable(),
  engagements: z.number().int().nullable(),
  costMinor: z.number().int().nullable(),
  /** Engagements ÷ views, in %. */
  engagementRatePct: z.number().nullable(),
  /** Cost per 1,000 views, minor units. */
  cpmMinor: z.number().nullable(),
  /** Cost per engagement. */
  cpeMinor: z.number().nullable(),
  cpcMinor: z.number().nullable(),
  costPerConversionMinor: z.number().nullable(),
});
export type Performance = z.infer<typeof Performance>;

export const TARGET_KEYS = ['views', 'clicks', 'conversions', 'engagementRatePct', 'cpmMaxMinor', 'cpeMaxMinor', 'costPerConversionMaxMinor'] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

/** A target missed by more than the margin. */
export const TargetMiss = z.object({
  target: z.enum(TARGET_KEYS),
  /** What these numbers had to reach (for a count, the part of the campaign's that the posts so far stand for). */
  expected: z.number(),
  actual: z.number(),
  /** How far off, in % of the expected value. */
  offByPct: z.number(),
  /**
   * The miss in English ("Views 12,400 vs 40,000 expected (69 % below)"), for scripts and logs; the
   * brand's pages and printouts say it in their language from the numbers above (metrics/missText).
   */
  text: z.string(),
});
export type TargetMiss = z.infer<typeof TargetMiss>;

export const Verdict = z.object({
  /** False without any numbers yet: nothing to judge. */
  judged: z.boolean(),
  underperforming: z.boolean(),
  marginPct: z.number(),
  misses: z.array(TargetMiss),
});
export type Verdict = z.infer<typeof Verdict>;

/** What a collaboration was meant to deliver: its posts, and its whole part of its campaign's targets (its own where the brand set them). */
export const Share = z.object({
  posts: z.number().int().min(0),
  targets: z.record(z.string(), z.number()),
});
export type Share = z.infer<typeof Share>;

export const CollaborationPerformance = z.object({
  collaborationId: Id,
  creatorId: Id,
  creatorName: z.string(),
  stage: z.string(),
  currency: z.string(),
  performance: Performance,
  share: Share,
  verdict: Verdict,
});
export type CollaborationPerformance = z.infer<typeof CollaborationPerformance>;

export const PerformanceInput = z.strictObject({ collaborationId: Id });

export const DashboardInput = z.strictObject({ campaignId: Id });
export const SeriesPoint = z.object({ date: z.string(), views: z.number(), engagements: z.number(), clicks: z.number(), conversions: z.number() });
export const Dashboard = z.object({
  campaignId: Id,
  campaignName: z.string(),
  /** The days the campaign runs, as the campaign has them. */
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
  currency: z.string(),
  targets: z.record(z.string(), z.number()),
  totals: Performance,
  rows: z.array(CollaborationPerformance),
  /** Collaborations with posts to judge, and how many of them miss a target. */
  judged: z.number().int(),
  underperforming: z.number().int(),
  /** Collaborations meant to post that have nothing to judge yet. */
  waiting: z.number().int(),
  /** The campaign as a whole: its totals against its targets, unshared. */
  overall: CollaborationPerformance.shape.verdict,
  /** Campaign totals by day (the newest reading of each post up to that day). */
  series: z.array(SeriesPoint),
});
export type Dashboard = z.infer<typeof Dashboard>;

/** The report is written in `language` (the page's); without it, in the brand's (Settings). */
export const ReportInput = DashboardInput.extend({ language: Locale.optional() });
export const ReportDocument = z.object({ filename: z.string(), html: z.string() });

// ── Remedial plan ────────────────────────────────────────────────────────────────────────────
export const REMEDIAL_STEPS = ['talk', 'share_numbers', 'more_material', 'new_schedule', 'restate_goals', 'performance_pay', 'end_politely'] as const;
export const RemedialStep = z.enum(REMEDIAL_STEPS, { error: problem('field.remedialStep', { list: REMEDIAL_STEPS.join(', ') }) });
export type RemedialStep = z.infer<typeof RemedialStep>;

export const RemedialLogInput = z.strictObject({
  collaborationId: Id,
  step: RemedialStep,
  note: optionalText(2000).default(''),
});
export const RemedialPlanInput = z.strictObject({ collaborationId: Id });
export const RemedialPlan = z.object({
  collaborationId: Id,
  verdict: Verdict,
  steps: z.array(
    z.object({
      step: RemedialStep,
      title: z.string(),
      advice: z.string(),
      /** The outreach template that fits, if one does. */
      templateKind: z.string().nullable(),
      doneAt: IsoDateTime.nullable(),
      note: z.string().nullable(),
    }),
  ),
  /** The first step not done yet, in order: talk first, end last. */
  next: RemedialStep.nullable(),
});
export type RemedialPlan = z.infer<typeof RemedialPlan>;
