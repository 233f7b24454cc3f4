import { z } from 'zod';
import { problem } from '../i18n/problems';
import { Currency, Id, IsoDate, IsoDateTime, MinorUnits, optionalText } from '../fields';
import { DueBasis } from '../deadlines/basis';
import { DeadlineKind, Party } from './schedule';
import { TemplateLanguage } from '../outreach/kindSchemas';
import { ContractTerms, PresetId } from './terms';
import { ContractWarning } from './warnings';

/** API shapes of contracts, their versions, deadlines and penalties. */

export const ContractVersion = z.object({
  version: z.number().int().positive(),
  finalizedAt: IsoDateTime,
  /** SHA-256 (hex) of the rendered HTML, as stored. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  eventId: Id,
});
export type ContractVersion = z.infer<typeof ContractVersion>;

export const ContractStatus = z.enum(['none', 'draft', 'finalized']);
export type ContractStatus = z.infer<typeof ContractStatus>;

export const ContractState = z.object({
  collaborationId: Id,
  /** none: nothing saved; draft: saved terms not (yet) identical to a version; finalized: they are. */
  status: ContractStatus,
  /** The saved draft, or the suggested terms when nothing is saved yet. */
  terms: ContractTerms,
  saved: z.boolean(),
  savedAt: IsoDateTime.nullable(),
  inForceVersion: z.number().int().positive().nullable(),
  versions: z.array(ContractVersion),
  warnings: z.array(ContractWarning),
});
export type ContractState = z.infer<typeof ContractState>;

const ForCollaboration = { collaborationId: Id };

export const ContractGetInput = z.strictObject(ForCollaboration);
export const ContractPresetInput = z.strictObject({
  ...ForCollaboration,
  preset: PresetId,
  /** The language the preset's texts are written in; the creator's when left out. */
  language: TemplateLanguage.optional(),
});
export const ContractSaveInput = z.strictObject({ ...ForCollaboration, terms: ContractTerms });
export const ContractFinalizeInput = z.strictObject({
  ...ForCollaboration,
  /** Save these terms first, then finalize them, in one step. */
  terms: ContractTerms.optional(),
});
export const ContractRenderInput = z.strictObject({
  ...ForCollaboration,
  /** A finalized version, exactly as stored; omitted → the current draft. */
  version: z
    .number({ error: problem('field.versionNumber') })
    .int({ error: problem('field.versionNumber') })
    .positive({ error: problem('field.versionNumber') })
    .optional(),
});
export const RenderedContract = z.object({
  html: z.string(),
  version: z.number().int().positive().nullable(),
  sha256: z.string().nullable(),
});
export type RenderedContract = z.infer<typeof RenderedContract>;
export const ContractDocx = z.object({
  /** Safe as a file name on every system, e.g. contract-mia-chen-v2.docx. */
  filename: z.string(),
  /** The .docx file; JSON carries no bytes. */
  base64: z.string(),
});
export type ContractDocx = z.infer<typeof ContractDocx>;

export const DEADLINE_STATUSES = ['waiting', 'upcoming', 'due_soon', 'overdue', 'done_on_time', 'done_late', 'passed'] as const;
export const DeadlineStatus = z.enum(DEADLINE_STATUSES);
export type DeadlineStatus = z.infer<typeof DeadlineStatus>;

export const Deadline = z.object({
  id: Id,
  collaborationId: Id,
  key: z.string(),
  name: z.string(),
  party: Party,
  kind: DeadlineKind,
  deductible: z.boolean(),
  basis: DueBasis,
  /** The contract version that set it; 0 for the collaboration's own date, set without a contract (see rules/ownDeadlines). */
  contractVersion: z.number().int().min(0),
  dueDate: IsoDate.nullable(),
  dueAt: IsoDateTime.nullable(),
  /** The date the contract gave, when an amendment moved it; null otherwise. */
  originalDueDate: IsoDate.nullable(),
  deliveredAt: IsoDateTime.nullable(),
  deliveredOn: IsoDate.nullable(),
  /** Closed because the post was published first; the delivered fields hold that moment. */
  superseded: z.boolean(),
  status: DeadlineStatus,
  /** Whole calendar days after the due date, until delivery or "as of". */
  daysLate: z.number().int().min(0),
});
export type Deadline = z.infer<typeof Deadline>;

export const Penalty = z.object({
  collaborationId: Id,
  feeMinor: MinorUnits,
  currency: Currency,
  daysLate: z.number().int().min(0),
  daysCharged: z.number().int().min(0),
  perDayMinor: MinorUnits,
  capMinor: MinorUnits,
  /** The clause applied to the days late, before any waiver. */
  computedMinor: MinorUnits,
  /** Waived of it by amendments to the version in force. */
  waivedMinor: MinorUnits,
  /** What is deducted: computed less waived. */
  deductionMinor: MinorUnits,
  capReached: z.boolean(),
  terminationAvailable: z.boolean(),
});
export type Penalty = z.infer<typeof Penalty>;

export const DeadlineListInput = z.strictObject({
  collaborationId: Id.optional(),
  campaignId: Id.optional(),
  /** Compute statuses and penalties as of this instant; defaults to now. */
  asOf: IsoDateTime.optional(),
  /**
   * By default only what is still open (not delivered, reminders not passed): that is what a
   * calendar or a reminder needs across every contract. False adds the delivered history.
   */
  openOnly: z.boolean({ error: problem('field.booleanExpected') }).default(true),
});
export const DeadlineList = z.object({
  asOf: IsoDateTime,
  asOfDate: IsoDate,
  deadlines: z.array(Deadline),
  penalties: z.array(Penalty),
});
export type DeadlineList = z.infer<typeof DeadlineList>;

export const DeliverInput = z.strictObject({
  id: Id,
  /** When it was delivered; defaults to now. */
  at: IsoDateTime.optional(),
  note: optionalText(1000).optional(),
});
export const ReopenInput = z.strictObject({
  id: Id,
  reason: z
    .string({ error: problem('field.reopenReason') })
    .trim()
    .min(1, { error: problem('field.reopenReason') })
    .max(1000, { error: problem('field.keepThisUnder', { max: 1000 }) }),
});
