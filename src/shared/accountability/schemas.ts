import { z } from 'zod';
import { Id, IsoDate, IsoDateTime, optionalText, enterText } from '../fields';
import { Locale } from '../i18n/locales';
import { problem } from '../i18n/problems';

/*
 * Holding a creator to account (DOMAIN "Strikes, ratings, reliability") and keeping a record that
 * holds up in a dispute (DOMAIN "Evidence and disputes").
 */

// ── Strikes ──────────────────────────────────────────────────────────────────────────────────
export const STRIKE_REASONS = ['brief_not_followed', 'poor_communication', 'late_without_reason'] as const;
export const StrikeReason = z.enum(STRIKE_REASONS, { error: problem('field.strikeReason') });
export type StrikeReason = z.infer<typeof StrikeReason>;
export const STRIKE_REASON_LABELS: Record<StrikeReason, string> = {
  brief_not_followed: 'Brief not followed',
  poor_communication: 'Poor communication',
  late_without_reason: 'Late without a valid reason',
};

/** How many active strikes make a creator inactive. */
export const STRIKE_LIMIT = 3;

/**
 * `active` counts towards the limit; `withdrawn` was taken back (with a reason); `served` counted
 * once, but the creator completed their obligations and was reactivated.
 */
export const StrikeStatus = z.enum(['active', 'withdrawn', 'served']);
export type StrikeStatus = z.infer<typeof StrikeStatus>;

export const Strike = z.object({
  id: Id,
  creatorId: Id,
  collaborationId: Id,
  reason: StrikeReason,
  note: z.string(),
  /** The events that show it (messages, missed deadlines …). */
  eventIds: z.array(Id),
  at: IsoDateTime,
  status: StrikeStatus,
  withdrawnAt: IsoDateTime.nullable(),
  withdrawnReason: z.string().nullable(),
});
export type Strike = z.infer<typeof Strike>;

export const StrikeAddInput = z.strictObject({
  collaborationId: Id,
  reason: StrikeReason,
  note: optionalText(2000).default(''),
  eventIds: z.array(Id).max(50, { error: problem('field.linkEvents50') }).default([]),
});
export type StrikeAddInput = z.input<typeof StrikeAddInput>;

export const StrikeWithdrawInput = z.strictObject({
  id: Id,
  reason: enterText('withdrawReason', 2000),
});

export const StrikeListInput = z
  .strictObject({ creatorId: Id.optional(), collaborationId: Id.optional() })
  .refine((v) => v.creatorId !== undefined || v.collaborationId !== undefined, { error: problem('field.creatorOrCollab') });

/** What adding or withdrawing a strike did to the creator's standing. */
export const StrikeResult = z.object({
  strike: Strike,
  activeStrikes: z.number().int().min(0),
  creatorActive: z.boolean(),
});
export type StrikeResult = z.infer<typeof StrikeResult>;

// ── Standing (why a creator is inactive) ─────────────────────────────────────────────────────
export const OpenObligation = z.object({
  milestoneId: Id,
  collaborationId: Id,
  name: z.string(),
  campaignName: z.string().nullable(),
  dueDate: IsoDate.nullable(),
});
export type OpenObligation = z.infer<typeof OpenObligation>;

export const Standing = z.object({
  creatorId: Id,
  active: z.boolean(),
  activeStrikes: z.number().int().min(0),
  /** Made inactive by reaching the strike limit (rather than by hand). */
  inactiveByStrikes: z.boolean(),
  /** What must be completed before they are active again. */
  openObligations: z.array(OpenObligation),
});
export type Standing = z.infer<typeof Standing>;

// ── Ratings ──────────────────────────────────────────────────────────────────────────────────
const Score = z.number({ error: problem('field.scoreMissing') }).int({ error: problem('field.scoreWhole') }).min(1, { error: problem('field.scoreRange') }).max(5, { error: problem('field.scoreRange') });

export const Rating = z.object({
  id: Id,
  collaborationId: Id,
  creatorId: Id,
  communication: Score,
  timeliness: Score,
  quality: Score,
  wouldWorkAgain: z.boolean(),
  note: z.string(),
  ratedAt: IsoDateTime,
});
export type Rating = z.infer<typeof Rating>;

export const RatingAddInput = z.strictObject({
  collaborationId: Id,
  communication: Score,
  timeliness: Score,
  quality: Score,
  wouldWorkAgain: z.boolean({ error: problem('field.workAgain') }),
  note: optionalText(2000).default(''),
});
export type RatingAddInput = z.input<typeof RatingAddInput>;

export const RatingListInput = StrikeListInput;

// ── Reliability ──────────────────────────────────────────────────────────────────────────────
export const Reliability = z.object({
  creatorId: Id,
  /** 0–100, or null without any history to judge by. */
  score: z.number().int().min(0).max(100).nullable(),
  onTime: z.number().int().min(0),
  /** Deliverables that count: delivered, or late and still open. */
  deliverables: z.number().int().min(0),
  medianReplyHours: z.number().min(0).nullable(),
  strikes: z.number().int().min(0),
  averageRating: z.number().min(1).max(5).nullable(),
  ratings: z.number().int().min(0),
  /** The facts to judge by; below `minimumHistory` there is no score yet. */
  history: z.number().int().min(0),
  minimumHistory: z.number().int().min(0),
  /**
   * The facts above in English ("On time 4 of 5 deliverables, median reply 9 h, 1 strike, avg
   * rating 4.3"), for scripts and logs; a page says them in its language (reliabilityWords).
   */
  explanation: z.string(),
});
export type Reliability = z.infer<typeof Reliability>;

export const ReliabilityInput = z.strictObject({ creatorId: Id, asOf: IsoDateTime.optional() });
export const ReliabilityListInput = z.strictObject({ asOf: IsoDateTime.optional() });

// ── Disputes ─────────────────────────────────────────────────────────────────────────────────
export const MediationStep = z.object({ at: IsoDateTime, text: z.string() });
export type MediationStep = z.infer<typeof MediationStep>;

export const Dispute = z.object({
  id: Id,
  collaborationId: Id,
  issue: z.string(),
  ourPosition: z.string(),
  creatorPosition: z.string(),
  eventIds: z.array(Id),
  steps: z.array(MediationStep),
  outcome: z.string(),
  /** Set when the dispute is settled; an open dispute has none. */
  resolvedOn: IsoDate.nullable(),
  openedAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Dispute = z.infer<typeof Dispute>;

export const DisputeOpenInput = z.strictObject({
  collaborationId: Id,
  issue: enterText('issue', 4000),
  ourPosition: optionalText(4000).default(''),
  creatorPosition: optionalText(4000).default(''),
  eventIds: z.array(Id).max(200, { error: problem('field.linkEvents200') }).default([]),
});
export type DisputeOpenInput = z.input<typeof DisputeOpenInput>;

export const DisputeUpdateInput = z.strictObject({
  id: Id,
  issue: enterText('issue', 4000).optional(),
  ourPosition: optionalText(4000).optional(),
  creatorPosition: optionalText(4000).optional(),
  eventIds: z.array(Id).max(200, { error: problem('field.linkEvents200') }).optional(),
  /** A mediation step to add (a call, an offer, a mediator's view); steps are never rewritten. */
  addStep: enterText('mediationStep', 4000).optional(),
  outcome: optionalText(4000).optional(),
  /** Settles the dispute on that date; null reopens it. */
  resolvedOn: IsoDate.nullable().optional(),
});
export type DisputeUpdateInput = z.input<typeof DisputeUpdateInput>;

export const DisputeListInput = z.strictObject({ collaborationId: Id.optional() });

// ── The tamper-evident history ───────────────────────────────────────────────────────────────
/** The newest event's seal: what messages to creators and evidence packs carry out of the app. */
export const ChainHead = z.object({
  eventId: Id,
  /** The full SHA-256 seal. */
  hash: z.string(),
  /** Its first 16 characters, as references print it. */
  short: z.string(),
  recordedAt: IsoDateTime,
});
export type ChainHead = z.infer<typeof ChainHead>;

/** How a seal someone was given compares with this history. */
export const ReferenceCheck = z.object({
  seal: z.string(),
  at: IsoDateTime.nullable(),
  /**
   * `confirmed`: that seal was the head at `eventId`, and every event up to it holds; `not_found`:
   * no event has it (the history was rewritten after it was shared, or it is another database's);
   * `broken_before`: an event up to it does not hold; `time_differs`: the seal is there, recorded at
   * another time; `ambiguous`: several events' seals start with it.
   */
  result: z.enum(['confirmed', 'not_found', 'broken_before', 'time_differs', 'ambiguous']),
  eventId: Id.nullable(),
  /** How many events the history held when that seal was its newest. */
  position: z.number().int().min(1).nullable(),
  recordedAt: IsoDateTime.nullable(),
  message: z.string(),
});
export type ReferenceCheck = z.infer<typeof ReferenceCheck>;

export const ChainCheck = z.object({
  intact: z.boolean(),
  /** Events checked, oldest first. */
  checked: z.number().int().min(0),
  /** The hash of the newest event: write it down, and any later change shows. */
  headHash: z.string().nullable(),
  /** The newest event's seal with its time, to share. */
  head: ChainHead.nullable(),
  /** The check of a seal given with the request; null when none was given. */
  reference: ReferenceCheck.nullable(),
  /** The first link that does not hold, when not intact. */
  broken: z
    .object({
      eventId: Id.nullable(),
      problem: z.enum(['changed', 'missing_or_reordered', 'head_missing', 'unsealed']),
      message: z.string(),
    })
    .nullable(),
  message: z.string(),
});
export type ChainCheck = z.infer<typeof ChainCheck>;

const Seal = z
  .string({ error: problem('field.sealMissing') })
  .trim()
  .toLowerCase()
  .regex(/^[0-9a-f]{16,64}$/, { error: problem('field.sealFormat') });

export const VerifyInput = z.strictObject({
  /**
   * A seal shared earlier (the reference at the end of a message, or a pack's seal), with the time
   * printed beside it if known: checked against this history.
   */
  head: z.strictObject({ seal: Seal, at: IsoDateTime.optional() }).optional(),
});
export type VerifyInput = z.input<typeof VerifyInput>;

// ── The evidence pack ────────────────────────────────────────────────────────────────────────
export const EvidenceInput = z.strictObject({
  collaborationId: Id,
  /** Lateness and deduction as of this instant; defaults to now. */
  asOf: IsoDateTime.optional(),
  /** The language the pack is written in: the page's; without it, the brand's (Settings). */
  language: Locale.optional(),
});

export const EvidenceEvent = z.object({
  id: Id,
  at: IsoDateTime,
  recordedAt: IsoDateTime,
  type: z.string(),
  /** The event in one line, as the pack prints it. */
  summary: z.string(),
  data: z.record(z.string(), z.unknown()),
  hash: z.string().nullable(),
});
export type EvidenceEvent = z.infer<typeof EvidenceEvent>;

export const EvidenceMilestone = z.object({
  key: z.string(),
  name: z.string(),
  party: z.enum(['creator', 'brand']),
  dueDate: IsoDate.nullable(),
  deliveredOn: IsoDate.nullable(),
  daysLate: z.number().int().min(0),
  status: z.string(),
  /** Closed on `deliveredOn` because the post was published first (optional: packs exported before it). */
  superseded: z.boolean().optional(),
  /** The contract's own date when an amendment moved it (optional: packs exported before amendments). */
  originalDueDate: IsoDate.nullable().optional(),
});

/** Everything the pack prints, also exported as JSON. */
export const EvidencePack = z.object({
  generatedAt: IsoDateTime,
  asOf: IsoDateTime,
  timeZone: z.string(),
  brand: z.object({ name: z.string(), sender: z.string() }),
  creator: z.object({ id: Id, name: z.string(), handles: z.array(z.string()), email: z.string().nullable() }),
  collaboration: z.object({
    id: Id,
    stage: z.string(),
    campaign: z.string().nullable(),
    product: z.string(),
    feeMinor: z.number().int(),
    currency: z.string(),
    signedOn: IsoDate.nullable(),
    productReceivedOn: IsoDate.nullable(),
  }),
  /** The version in force, with the SHA-256 of its text as stored. */
  contract: z.object({ version: z.number().int(), finalizedAt: IsoDateTime, sha256: z.string() }).nullable(),
  milestones: z.array(EvidenceMilestone),
  penalty: z
    .object({
      daysLate: z.number().int(),
      daysCharged: z.number().int(),
      perDayMinor: z.number().int(),
      capMinor: z.number().int(),
      /** Before and after what was waived by amendment (optional: packs exported before amendments). */
      computedMinor: z.number().int().optional(),
      waivedMinor: z.number().int().optional(),
      deductionMinor: z.number().int(),
      capReached: z.boolean(),
      terminationAvailable: z.boolean(),
      /** "3 days late × €50 a day = €150 (cap €500)". */
      explanation: z.string(),
    })
    .nullable(),
  /** What was agreed after the contract in force (optional: packs exported before amendments). */
  amendments: z.array(z.object({ agreedOn: IsoDate, title: z.string(), detail: z.string() })).optional(),
  events: z.array(EvidenceEvent),
  strikes: z.array(Strike),
  ratings: z.array(Rating),
  disputes: z.array(Dispute),
  chain: ChainCheck,
  /** What the chain proves and what it does not, in the words the printed pack uses. */
  chainStatement: z.array(z.string()),
});
export type EvidencePack = z.infer<typeof EvidencePack>;

export const EvidenceDocument = z.object({ filename: z.string(), html: z.string() });
export type EvidenceDocument = z.infer<typeof EvidenceDocument>;
