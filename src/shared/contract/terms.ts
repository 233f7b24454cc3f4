import { z } from 'zod';
import { Currency, MinorUnits, optionalText, PlannedDate } from '../fields';
import { problem } from '../i18n/problems';
import type { en } from '../i18n/resources';
import { TemplateLanguage } from '../outreach/kindSchemas';
import { Platform } from '../platformSchemas';

/*
 * The clause model of a contract. Every clause is data with a default a small brand can accept;
 * the draft text, the warnings, the deadlines and the penalties are all derived from it.
 */

/** The clause fields a refusal names, worded by the errors catalog (`contract.field.*`). */
type TermField = keyof typeof en.errors.contract.field;
const named = (field: TermField) => ({ fieldKey: `contract.field.${field}` });

const wholeNumber = (field: TermField, min: number, max: number) =>
  z
    .number({ error: problem('contract.enter', named(field)) })
    .int({ error: problem('contract.wholeNumber', named(field)) })
    .min(min, { error: problem('contract.notLessThan', { ...named(field), min }) })
    .max(max, { error: problem('contract.notMoreThan', { ...named(field), max }) });

/** A percentage with at most two decimals, so it converts to whole basis points. */
const percent = (field: TermField) =>
  z
    .number({ error: problem('contract.enterNumber', named(field)) })
    .min(0, { error: problem('contract.notNegative', named(field)) })
    .max(100, { error: problem('contract.atMost100', named(field)) })
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, {
      error: problem('contract.twoDecimals', named(field)),
    });

const requiredText = (field: TermField, max: number) =>
  z
    .string({ error: problem('contract.enter', named(field)) })
    .trim()
    .min(1, { error: problem('contract.enter', named(field)) })
    .max(max, { error: problem('contract.keepUnder', { ...named(field), max }) });

const shortList = (field: TermField, maxItems: number, maxLength: number) =>
  z.array(requiredText(field, maxLength)).max(maxItems, { error: problem('contract.entriesMax', { max: maxItems }) });

export const DAY_COUNTS = ['calendar', 'working'] as const;
export const DayCount = z.enum(DAY_COUNTS, { error: problem('contract.chooseDayCount') });
export type DayCount = z.infer<typeof DayCount>;

/** The events deadlines are counted from. */
export const ANCHORS = ['product_received', 'signed', 'fixed'] as const;
export const Anchor = z.enum(ANCHORS, { error: problem('contract.chooseAnchor') });
export type Anchor = z.infer<typeof Anchor>;
export const ANCHOR_LABELS: Record<Anchor, string> = { product_received: 'product received', signed: 'signing', fixed: 'a fixed date' };

/** What a milestone delivers; `draft` starts the brand's review window, `publish` the post-publication dates. */
export const MILESTONE_KINDS = ['feedback', 'script', 'draft', 'publish', 'other'] as const;
export const MilestoneKind = z.enum(MILESTONE_KINDS, { error: problem('contract.chooseMilestoneKind') });
export type MilestoneKind = z.infer<typeof MilestoneKind>;

export const PRESETS = ['seeding', 'paid_video', 'paid_video_ads'] as const;
export const PresetId = z.enum(PRESETS, { error: problem('contract.choosePreset') });
export type PresetId = z.infer<typeof PresetId>;

export const Parties = z.strictObject({
  brandName: requiredText('brandName', 120),
  brandRepresentative: optionalText(120),
  creatorName: requiredText('creatorName', 120),
  creatorHandle: optionalText(120),
  creatorEmail: optionalText(254),
});

export const FeeTerms = z.strictObject({
  feeMinor: MinorUnits,
  currency: Currency,
  products: optionalText(300),
  productValueMinor: MinorUnits.nullable(),
  depositPct: percent('depositPct'),
  depositDueDays: wholeNumber('depositDueDays', 0, 365),
  balanceDueDays: wholeNumber('balanceDueDays', 0, 365),
  shippingPaidBy: z.enum(['brand', 'creator'], { error: problem('contract.chooseShippingPayer') }),
});

export const DISCLOSURE_MARKETS = ['us', 'uk', 'eu', 'cn', 'other'] as const;

export const Brief = z.strictObject({
  platforms: z.array(Platform).max(13),
  format: optionalText(200),
  length: optionalText(100),
  style: optionalText(2000),
  sellingPoints: shortList('sellingPoint', 20, 300),
  brandElements: optionalText(1000),
  tags: shortList('tag', 30, 200),
  disclosure: optionalText(120),
  disclosureMarket: z.enum(DISCLOSURE_MARKETS, { error: problem('contract.chooseMarket') }),
  exclusive: z.boolean({ error: problem('contract.trueOrFalse') }),
  minimumLiveDays: wholeNumber('minimumLiveDays', 0, 3650),
});

export const MilestoneTerm = z.strictObject({
  /** Stable within a contract, so deliveries survive a new version. */
  key: z
    .string({ error: problem('contract.enterKey') })
    .regex(/^[a-z][a-z0-9_]{0,39}$/, { error: problem('contract.keyFormat') })
    // The brand's own duties and the post-publication dates use these prefixes.
    .refine((key) => !key.startsWith('brand_') && !key.startsWith('post_'), {
      error: problem('contract.keyReserved'),
    }),
  name: requiredText('milestoneName', 80),
  kind: MilestoneKind,
  offsetDays: wholeNumber('offsetDays', 0, 365),
  dayCount: DayCount,
  anchor: Anchor,
  /** The day it is due when it falls on a fixed date (a launch day) rather than a count of days. */
  onDate: PlannedDate.optional(),
  /** Late delivery of this milestone counts towards the deduction. */
  deductible: z.boolean({ error: problem('contract.trueOrFalse') }),
}).superRefine((m, ctx) => {
  if (m.anchor === 'fixed' && m.onDate === undefined) ctx.addIssue({ code: 'custom', path: ['onDate'], message: problem('contract.pickDueDay') });
});
export type MilestoneTerm = z.infer<typeof MilestoneTerm>;

export const ReviewTerms = z.strictObject({
  brandReviewDays: wholeNumber('brandReviewDays', 0, 60),
  brandReviewDayCount: DayCount,
  revisionDays: wholeNumber('revisionDays', 0, 60),
  revisionDayCount: DayCount,
  includedRounds: wholeNumber('includedRounds', 0, 10),
  silenceMeansApproval: z.boolean({ error: problem('contract.trueOrFalse') }),
});

export const LateDelivery = z.strictObject({
  enabled: z.boolean({ error: problem('contract.trueOrFalse') }),
  deductionPctPerDay: percent('deductionPctPerDay'),
  capPct: percent('capPct'),
  graceDays: wholeNumber('graceDays', 0, 60),
  terminationDays: wholeNumber('terminationDays', 1, 365),
  recoverDeposit: z.boolean({ error: problem('contract.trueOrFalse') }),
  recoverProduct: z.boolean({ error: problem('contract.trueOrFalse') }),
});

export const USAGE_CHANNELS = ['brand_website', 'brand_social', 'paid_ads'] as const;
export const UsageChannel = z.enum(USAGE_CHANNELS, { error: problem('contract.chooseChannel') });
export const USAGE_CHANNEL_LABELS: Record<z.infer<typeof UsageChannel>, string> = {
  brand_website: "the brand's own website",
  brand_social: "the brand's own social accounts",
  paid_ads: 'paid ads and whitelisting',
};

export const UsageRights = z.strictObject({
  contentOwner: z.enum(['creator', 'brand'], { error: problem('contract.chooseOwner') }),
  channels: z.array(UsageChannel).max(3),
  /** Null with `perpetual` false means no duration was agreed, which the builder warns about. */
  licenceDays: wholeNumber('licenceDays', 1, 3650).nullable(),
  perpetual: z.boolean({ error: problem('contract.trueOrFalse') }),
  territory: optionalText(200),
  rawFootage: z.boolean({ error: problem('contract.trueOrFalse') }),
});

export const KillFee = z.strictObject({ enabled: z.boolean(), pct: percent('killFee') });

export const MoralsClause = z.strictObject({
  enabled: z.boolean(),
  triggers: optionalText(2000),
  cureDays: wholeNumber('cureDays', 0, 60),
});

export const LegalText = z.strictObject({
  termination: optionalText(5000),
  confidentiality: optionalText(5000),
  governingLaw: optionalText(1000),
});

/** Which of the two languages decides when the texts differ. */
export const PREVAILING = ['first', 'second'] as const;
export const Prevailing = z.enum(PREVAILING, { error: problem('contract.choosePrevailing') });
export type Prevailing = z.infer<typeof Prevailing>;

export const ContractTerms = z.strictObject({
  preset: PresetId,
  title: requiredText('title', 160),
  parties: Parties,
  fee: FeeTerms,
  brief: Brief,
  replySlaHours: wholeNumber('replySlaHours', 1, 720),
  milestones: z
    .array(MilestoneTerm)
    .max(20, { error: problem('contract.tooManyMilestones', { max: 20 }) })
    .refine((list) => new Set(list.map((m) => m.key)).size === list.length, {
      error: problem('contract.duplicateMilestoneKey'),
    }),
  review: ReviewTerms,
  lateDelivery: LateDelivery,
  usage: UsageRights,
  killFee: KillFee,
  morals: MoralsClause,
  legal: LegalText,
  // Terms stored before contracts had a language were English only, so they parse as that.
  language: TemplateLanguage.default('en'),
  /** Printed beside the first, paragraph by paragraph. */
  secondLanguage: TemplateLanguage.nullable().default(null),
  prevailing: Prevailing.default('first'),
}).superRefine((t, ctx) => {
  if (t.secondLanguage === t.language) {
    ctx.addIssue({ code: 'custom', path: ['secondLanguage'], message: problem('contract.sameSecondLanguage') });
  }
});
export type ContractTerms = z.infer<typeof ContractTerms>;
