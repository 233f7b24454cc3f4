import { z } from 'zod';
import { Currency, Id, IsoDate, IsoDateTime, MinorUnits, PlannedDate, enterText } from '../fields';
import { Locale } from '../i18n/locales';
import { problem } from '../i18n/problems';

/*
 * What changed after a contract, by agreement: a milestone moved to a later date, a deduction
 * waived in part or whole, the fee changed. Each is a dated fact of the collaboration's history,
 * never an edit of the contract; it applies to the version in force when it was agreed (a new
 * version is the whole agreement again, and replaces them).
 */

export const AMENDMENT_KINDS = ['extension', 'waiver', 'fee_change'] as const;
export const AmendmentKind = z.enum(AMENDMENT_KINDS, { error: problem('field.amendmentKind') });
export type AmendmentKind = z.infer<typeof AmendmentKind>;

export const REQUESTERS = ['creator', 'brand'] as const;
export const Requester = z.enum(REQUESTERS, { error: problem('field.requester') });
export type Requester = z.infer<typeof Requester>;

const common = {
  collaborationId: Id,
  /** The day it was agreed; today when left out. */
  agreedOn: IsoDate.optional(),
  reason: enterText('reason', 1000),
};

export const ExtensionInput = z.strictObject({
  ...common,
  kind: z.literal('extension'),
  /** The deadline moved (a creator's milestone of the contract in force). */
  deadlineId: Id,
  newDate: PlannedDate,
  requestedBy: Requester,
  /** The logged message in which it was agreed, if any. */
  messageEventId: Id.nullable().default(null),
});

export const WaiverInput = z
  .strictObject({
    ...common,
    kind: z.literal('waiver'),
    /** A fixed amount taken off the deduction… */
    amountMinor: MinorUnits.min(1, { error: problem('field.waiveAmount') }).optional(),
    /** …or a share of it, whatever it comes to. */
    percent: z
      .number({ error: problem('field.percentMissing') })
      .gt(0, { error: problem('field.waiveMoreThan0') })
      .max(100, { error: problem('field.waiveMax') })
      .multipleOf(0.01, { error: problem('field.twoDecimals') })
      .optional(),
    /** The dispute it settled, if any. */
    disputeId: Id.nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if ((v.amountMinor === undefined) === (v.percent === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['amountMinor'], message: problem('field.amountOrPercent') });
    }
  });

export const FeeChangeInput = z.strictObject({
  ...common,
  kind: z.literal('fee_change'),
  feeMinor: MinorUnits.min(1, { error: problem('field.newFee') }),
});

export const AmendmentAddInput = z.discriminatedUnion('kind', [ExtensionInput, WaiverInput, FeeChangeInput], { error: problem('field.amendmentKind') });
export type AmendmentAddInput = z.input<typeof AmendmentAddInput>;

/** What the history records of an amendment (the data of its `amendment.recorded` event). */
const base = { contractVersion: z.number().int().min(1), agreedOn: IsoDate, reason: z.string() };
export const AmendmentFacts = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('extension'),
    milestoneKey: z.string(),
    milestoneName: z.string(),
    fromDate: IsoDate,
    toDate: IsoDate,
    requestedBy: Requester,
    messageEventId: Id.nullable(),
  }),
  z.object({ ...base, kind: z.literal('waiver'), amountMinor: MinorUnits.nullable(), waivedBp: z.number().int().min(1).max(10_000).nullable(), currency: Currency, disputeId: Id.nullable() }),
  z.object({ ...base, kind: z.literal('fee_change'), fromMinor: MinorUnits, toMinor: MinorUnits, currency: Currency }),
]);
export type AmendmentFacts = z.infer<typeof AmendmentFacts>;

export const Amendment = z.object({
  /** The event that records it. */
  eventId: Id,
  recordedAt: IsoDateTime,
  collaborationId: Id,
  /** True while the contract version it amends is in force. */
  inForce: z.boolean(),
  facts: AmendmentFacts,
});
export type Amendment = z.infer<typeof Amendment>;

export const AmendmentListInput = z.strictObject({ collaborationId: Id });
export const AmendmentLetterInput = z.strictObject({
  eventId: Id,
  /**
   * The language the letter is written in, alone. Without it, the letter goes to the creator like the
   * contract it amends: in the contract's language, or its two side by side.
   */
  language: Locale.optional(),
});
export const AmendmentLetter = z.object({ filename: z.string(), html: z.string() });
export type AmendmentLetter = z.infer<typeof AmendmentLetter>;
