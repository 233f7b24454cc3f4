import { z } from 'zod';
import { Party } from './contract/schedule';
import { LanguageChoice } from './i18n/locales';
import { problem, readProblem } from './i18n/problems';
import { NotifySettings, NotifySettingsUpdate } from './reminders/settings';
import { Currency, Email, Id, IsoDate, IsoDateTime, Language, MinorUnits, PlannedDate, TimeZone, dateOrderCheck, datesOutOfOrder, optionalText, enterText } from './fields';
import { Region } from './platformSchemas';
import { Platform } from './platformSchemas';
import { Stage } from './stageSchema';
import { ExternalId } from './events/schemas';
import { MessageChannel, MessageDirection } from './events/message';
import { OtherEmails } from './mail/addresses';
import { Visibility } from './archive';
import { TargetMiss } from './metrics/schemas';

/*
 * Each entity has its editable fields declared once. Create inputs add defaults; update inputs
 * make every field optional without defaults, so a partial update never resets a field.
 */

/** Shown, archived, in the trash or deleted, and since when (null: never moved out of sight). */
const visibilityFields = { visibility: Visibility, visibilitySince: IsoDateTime.nullable() };

// ── Creators ─────────────────────────────────────────────────────────────────────────────────
export const Handle = z.strictObject({
  platform: Platform,
  handle: enterText('handle', 100),
});
export type Handle = z.infer<typeof Handle>;

const creatorFields = {
  name: enterText('name', 120),
  handles: z.array(Handle).max(12, { error: problem('field.handlesMax') }),
  followers: z.number({ error: problem('field.numberMissing') }).int({ error: problem('field.wholeNumber') }).min(0, { error: problem('field.followersNegative') }).nullable(),
  region: Region.nullable(),
  timeZone: TimeZone.nullable(),
  language: Language.nullable(),
  email: Email.nullable(),
  /** Further addresses they write from (a second inbox, an agent's): their mail is matched by any of them. */
  otherEmails: OtherEmails,
  /** Where products are sent (street, postcode, city, country), as the carrier's label needs it. */
  shippingAddress: optionalText(500),
  notes: optionalText(5000),
  active: z.boolean({ error: problem('field.booleanExpected') }),
};

export const CreatorCreateInput = z.strictObject({
  ...creatorFields,
  handles: creatorFields.handles.default([]),
  followers: creatorFields.followers.default(null),
  region: creatorFields.region.default(null),
  timeZone: creatorFields.timeZone.default(null),
  language: creatorFields.language.default(null),
  email: creatorFields.email.default(null),
  // Left out, the stored default (none) applies; callers that predate further addresses need not name them.
  otherEmails: creatorFields.otherEmails.optional(),
  shippingAddress: creatorFields.shippingAddress.default(''),
  notes: creatorFields.notes.default(''),
  active: creatorFields.active.default(true),
});
export type CreatorCreateInput = z.input<typeof CreatorCreateInput>;

export const CreatorUpdateInput = z.strictObject({ id: Id, ...z.object(creatorFields).partial().shape });
export type CreatorUpdateInput = z.input<typeof CreatorUpdateInput>;

export const Creator = z.object({
  id: Id,
  ...creatorFields,
  ...visibilityFields,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Creator = z.infer<typeof Creator>;

export const CreatorListInput = z.strictObject({
  search: optionalText(120).optional(),
  includeInactive: z.boolean().default(true),
  /** The archived creators instead of the others. */
  archived: z.boolean().optional(),
});

// ── Campaigns ────────────────────────────────────────────────────────────────────────────────
const nonNegative = z.number({ error: problem('field.numberMissing') }).min(0, { error: problem('field.targetsNegative') });
/**
 * Campaign goals. Counts (posts, views, clicks, conversions) are for the whole campaign; views,
 * clicks and conversions are shared among its collaborations by the posts each is meant to publish
 * (metrics/targetShares); rates and costs apply to each. Costs are in minor units of the campaign's currency.
 */
export const CampaignTargets = z.strictObject({
  posts: nonNegative.int({ error: problem('field.wholeNumber') }).optional(),
  views: nonNegative.int({ error: problem('field.wholeNumber') }).optional(),
  engagementRatePct: nonNegative.max(100, { error: problem('field.rateMax') }).optional(),
  clicks: nonNegative.int({ error: problem('field.wholeNumber') }).optional(),
  conversions: nonNegative.int({ error: problem('field.wholeNumber') }).optional(),
  /** At most this much per 1,000 views. */
  cpmMaxMinor: nonNegative.int({ error: problem('field.wholeCents') }).optional(),
  /** At most this much per engagement (like, comment, share, save). */
  cpeMaxMinor: nonNegative.int({ error: problem('field.wholeCents') }).optional(),
  /** At most this much per conversion. */
  costPerConversionMaxMinor: nonNegative.int({ error: problem('field.wholeCents') }).optional(),
  /** How far below a target a collaboration may fall before it is flagged (default 20 %). */
  marginPct: nonNegative.max(100, { error: problem('field.marginMax') }).optional(),
});
export type CampaignTargets = z.infer<typeof CampaignTargets>;

/**
 * A collaboration's own targets within its campaign, set by hand: `posts` is how many it is meant
 * to publish, a count is its whole part of the campaign's (the rest is shared among the others),
 * and a rate or cost replaces the campaign's for it. The margin stays the campaign's.
 */
export const CollaborationTargets = CampaignTargets.omit({ marginPct: true });
export type CollaborationTargets = z.infer<typeof CollaborationTargets>;

const campaignFields = {
  name: enterText('campaignName', 120),
  product: optionalText(200),
  goals: optionalText(5000),
  targets: CampaignTargets,
  budgetMinor: MinorUnits.nullable(),
  currency: Currency,
  /** The days the campaign runs, both included; either may be left open. */
  startDate: IsoDate.nullable(),
  endDate: IsoDate.nullable(),
};

// Typed dates are checked for range and order; stored ones are read back as they are.
const typedCampaignDates = { startDate: PlannedDate.nullable(), endDate: PlannedDate.nullable() };
export function campaignEndIssue(startDate: string | null | undefined, endDate: string | null | undefined): string | null {
  return datesOutOfOrder(startDate, endDate, 'endDate');
}
const checkCampaignDates = dateOrderCheck('startDate', 'endDate', campaignEndIssue);

export const CampaignCreateInput = z.strictObject({
  ...campaignFields,
  startDate: typedCampaignDates.startDate.default(null),
  endDate: typedCampaignDates.endDate.default(null),
  product: campaignFields.product.default(''),
  goals: campaignFields.goals.default(''),
  targets: campaignFields.targets.default({}),
  budgetMinor: campaignFields.budgetMinor.default(null),
  // Omitted → the brand's currency from settings.
  currency: campaignFields.currency.optional(),
}).superRefine(...checkCampaignDates);
export type CampaignCreateInput = z.input<typeof CampaignCreateInput>;

export const CampaignUpdateInput = z
  .strictObject({ id: Id, ...z.object({ ...campaignFields, ...typedCampaignDates }).partial().shape })
  .superRefine(...checkCampaignDates);
export type CampaignUpdateInput = z.input<typeof CampaignUpdateInput>;

export const CampaignListInput = z.strictObject({
  /** The archived campaigns instead of the others. */
  archived: z.boolean().optional(),
});

export const Campaign = z.object({
  id: Id,
  ...campaignFields,
  ...visibilityFields,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Campaign = z.infer<typeof Campaign>;

// ── Collaborations ───────────────────────────────────────────────────────────────────────────
const collaborationFields = {
  creatorId: Id,
  campaignId: Id.nullable(),
  feeMinor: MinorUnits,
  currency: Currency,
  product: optionalText(200),
  productValueMinor: MinorUnits.nullable(),
  startDate: IsoDate.nullable(),
  publishBy: IsoDate.nullable(),
  /** A gift may be sent with no post asked for: then it is not followed up and never ghosted. */
  expectsPost: z.boolean({ error: problem('field.booleanExpected') }),
  /** Agreed without a contract: the creator answers within this many hours (a contract's reply time wins). */
  replyWithinHours: z
    .number({ error: problem('field.replyHoursMissing') })
    .int({ error: problem('field.wholeHours') })
    .min(1, { error: problem('field.replyHoursMin') })
    .max(720, { error: problem('field.replyHoursMax') })
    .nullable(),
  // When these happen, the contract's deadlines start counting; moving the card into "Signed" or
  // "Product received" fills them in with that day.
  signedOn: IsoDate.nullable(),
  productReceivedOn: IsoDate.nullable(),
  notes: optionalText(5000),
};

/** Targets set by hand in place of its share of the campaign's (null: the share); set on a collaboration that exists. */
const ownTargets = CollaborationTargets.nullable();

// Typed dates are checked for range and order; stored ones are read back as they are.
const typedDates = {
  startDate: PlannedDate.nullable(),
  publishBy: PlannedDate.nullable(),
  signedOn: PlannedDate.nullable(),
  productReceivedOn: PlannedDate.nullable(),
};
export function publishByIssue(startDate: string | null | undefined, publishBy: string | null | undefined): string | null {
  return datesOutOfOrder(startDate, publishBy, 'publishBy');
}
const checkDateOrder = dateOrderCheck('startDate', 'publishBy', publishByIssue);

export const CollaborationCreateInput = z.strictObject({
  ...collaborationFields,
  ...typedDates,
  campaignId: collaborationFields.campaignId.default(null),
  feeMinor: collaborationFields.feeMinor.default(0),
  // Omitted → the campaign's currency, else the brand's.
  currency: collaborationFields.currency.optional(),
  // Omitted → the campaign's product.
  product: collaborationFields.product.optional(),
  productValueMinor: collaborationFields.productValueMinor.default(null),
  startDate: collaborationFields.startDate.default(null),
  publishBy: collaborationFields.publishBy.default(null),
  expectsPost: collaborationFields.expectsPost.default(true),
  replyWithinHours: collaborationFields.replyWithinHours.default(null),
  signedOn: collaborationFields.signedOn.default(null),
  productReceivedOn: collaborationFields.productReceivedOn.default(null),
  notes: collaborationFields.notes.default(''),
  stage: Stage.default('prospect'),
}).superRefine(...checkDateOrder);
export type CollaborationCreateInput = z.input<typeof CollaborationCreateInput>;

// The stage changes only through `collaborations.move`, so every change of stage is an event.
export const CollaborationUpdateInput = z
  .strictObject({ id: Id, ...z.object({ ...collaborationFields, ...typedDates, targets: ownTargets }).partial().shape })
  .superRefine(...checkDateOrder);
export type CollaborationUpdateInput = z.input<typeof CollaborationUpdateInput>;

export const Collaboration = z.object({
  id: Id,
  ...collaborationFields,
  targets: ownTargets,
  stage: Stage,
  stageSince: IsoDateTime,
  ...visibilityFields,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Collaboration = z.infer<typeof Collaboration>;

export const CollaborationDetail = Collaboration.extend({
  creator: Creator,
  campaign: Campaign.nullable(),
});
export type CollaborationDetail = z.infer<typeof CollaborationDetail>;

export const MoveInput = z.strictObject({
  id: Id,
  to: Stage,
  /** The stage the caller saw; if the card has moved since, the move is refused with CONFLICT. */
  from: Stage.optional(),
  note: optionalText(1000).optional(),
});
export type MoveInput = z.input<typeof MoveInput>;

export const MoveManyInput = z.strictObject({
  /** Each card with the stage the caller saw it in: all move, or none does. */
  cards: z
    .array(z.strictObject({ id: Id, from: Stage.optional() }))
    .min(1, { error: problem('field.selectOne') })
    .max(500, { error: problem('field.atMost500') })
    .refine((cards) => new Set(cards.map((c) => c.id)).size === cards.length, { error: problem('field.listedTwice') }),
  to: Stage,
});
export type MoveManyInput = z.input<typeof MoveManyInput>;

/**
 * Derived from deadlines and the reply clock, never set by hand (DOMAIN "Collaboration stages"),
 * listed from fine to worst: a card shows the worst that applies.
 */
export const HEALTHS = ['on_track', 'due_soon', 'overdue', 'no_reply', 'lost_contact', 'ghosted'] as const;
export const Health = z.enum(HEALTHS);
export type Health = z.infer<typeof Health>;

/** The next deadline's own state, which colours its chip whatever the conversation's. */
export const DeadlineHealth = Health.extract(['on_track', 'due_soon', 'overdue']);
export type DeadlineHealth = z.infer<typeof DeadlineHealth>;

/** One card on the board: only what the card shows, so 10,000 of them stay light. */
export const BoardCard = z.object({
  id: Id,
  stage: Stage,
  stageSince: IsoDateTime,
  feeMinor: MinorUnits,
  currency: Currency,
  product: z.string(),
  publishBy: IsoDate.nullable(),
  /** The day the product arrived: a gift's follow-ups and its ghosting count from it. */
  expectsPost: z.boolean(),
  productReceivedOn: IsoDate.nullable(),
  creatorId: Id,
  creatorName: z.string(),
  creatorPlatform: Platform.nullable(),
  creatorHandle: z.string().nullable(),
  campaignId: Id.nullable(),
  campaignName: z.string().nullable(),
  /** The earliest open deadline of the contract in force (creator's or brand's): its key and its name. */
  nextKey: z.string().nullable(),
  nextDeadline: z.string().nullable(),
  nextDueDate: IsoDate.nullable(),
  nextDueAt: IsoDateTime.nullable(),
  nextParty: Party.nullable(),
  health: Health,
  deadlineHealth: DeadlineHealth,
  daysLate: z.number().int().min(0),
  /** The latest logged message either way. */
  lastContactAt: IsoDateTime.nullable(),
  /** Who owes the next message: the creator (a brand message is unanswered) or the brand. */
  waitingOn: Party.nullable(),
  /** Since when: the first unanswered brand message, or the creator's latest message. */
  waitingSince: IsoDateTime.nullable(),
  /** False when the creator is inactive (e.g. three strikes). */
  creatorActive: z.boolean(),
  /** The creator's reliability score (0–100), null without history. */
  creatorScore: z.number().int().min(0).max(100).nullable(),
  /** A dispute on this collaboration is not settled. */
  disputeOpen: z.boolean(),
  /** The posts' numbers miss a campaign target by more than its margin: the misses as numbers, said by the page. */
  underperforming: z.array(TargetMiss.omit({ text: true })).nullable(),
});
export type BoardCard = z.infer<typeof BoardCard>;

export const BoardInput = z.strictObject({
  campaignId: Id.optional(),
  /** One creator's collaborations (their page lists them). */
  creatorId: Id.optional(),
  /** The archived collaborations instead of the board's. */
  archived: z.boolean().optional(),
  /** Matches the creator's name or any handle, case-insensitively. */
  search: optionalText(120).optional(),
});
export type BoardInput = z.input<typeof BoardInput>;

export const Board = z.object({ cards: z.array(BoardCard) });
export type Board = z.infer<typeof Board>;

// ── Events (append-only history) ─────────────────────────────────────────────────────────────
export { EVENT_TYPES, EventRecord, EventType, ExternalId } from './events/schemas';
export { MESSAGE_CHANNELS, MESSAGE_DIRECTIONS, MessageChannel, MessageDirection } from './events/message';

export const EventListInput = z.strictObject({
  collaborationId: Id.optional(),
  creatorId: Id.optional(),
  limit: z.number().int().min(1).max(1000, { error: problem('field.eventsPerPage') }).default(200),
  /** Page backwards: only events with a smaller id. */
  beforeId: Id.optional(),
});

const NoteLogInput = z.strictObject({
  collaborationId: Id,
  type: z.literal('note'),
  text: enterText('note', 5000),
  /** The day it happened, for a note written later (a call last week); not in the future, not before the collaboration. */
  happenedOn: PlannedDate.optional(),
  at: IsoDateTime.optional(),
  externalId: ExternalId.optional(),
});
/** A message sent or received elsewhere (mail, DM, phone): a brand message starts the reply clock, a reply stops it. */
const MessageLogInput = z.strictObject({
  collaborationId: Id,
  type: z.literal('message'),
  direction: MessageDirection,
  channel: MessageChannel,
  subject: optionalText(300).optional(),
  text: enterText('said', 20_000),
  /** The creator says they are stuck making the content: the next suggestion offers support. */
  stuck: z.boolean({ error: problem('field.booleanExpected') }).optional(),
  at: IsoDateTime.optional(),
  /** Where a script imported it from: logging the same one again gives back the first and changes nothing. */
  externalId: ExternalId.optional(),
});
export const EventLogInput = z.discriminatedUnion('type', [NoteLogInput, MessageLogInput], {
  error: problem('field.logKind'),
});
export type EventLogInput = z.input<typeof EventLogInput>;

// ── Settings ────────────────────────────────────────────────────────────────────────────────
const settingsFields = {
  brandName: optionalText(120),
  senderName: optionalText(120),
  timeZone: TimeZone,
  currency: Currency,
  /** Dates that are not working days (public holidays, office closures). */
  holidays: z
    .array(IsoDate)
    .max(500, { error: problem('field.holidaysMax') })
    .transform((dates) => [...new Set(dates)].sort()),
  paper: z.enum(['A4', 'Letter'], { error: problem('field.paper') }),
  notify: NotifySettings,
  /** The interface's language: the computer's, or one chosen here. */
  language: LanguageChoice,
};
export const Settings = z.object(settingsFields);
/** A holiday as typed: the refusal names the date, so a list of many says which one is wrong. */
export const Holiday = z.string({ error: problem('field.dateMissing') }).superRefine((value, check) => {
  const parsed = PlannedDate.safeParse(value);
  if (!parsed.success) check.addIssue({ code: 'custom', message: problem('field.holidayBad', { date: value, problem: readProblem(parsed.error.issues[0]?.message ?? '')?.key.replace('field.', '') ?? 'other' }) });
});
export type Settings = z.infer<typeof Settings>;
export const SettingsUpdateInput = z.strictObject({
  ...z.object(settingsFields).partial().shape,
  holidays: z
    .array(Holiday)
    .max(500, { error: problem('field.holidaysMax') })
    .transform((dates) => [...new Set(dates)].sort())
    .optional(),
  // Reminder settings change one at a time, so a part of them is enough.
  notify: NotifySettingsUpdate.optional(),
});

export const SampleLoadResult = z.object({ creators: z.number(), campaigns: z.number(), collaborations: z.number() });
