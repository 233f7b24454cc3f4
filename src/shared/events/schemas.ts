import { z } from 'zod';
import { Rating, StrikeReason, StrikeStatus } from '../accountability/schemas';
import { ArchivableKind, Visibility } from '../archive';
import { Party } from '../contract/schedule';
import { ContractTerms } from '../contract/terms';
import { Currency, Id, IsoDate, IsoDateTime, MinorUnits } from '../fields';
import { RemedialStep, Snapshot } from '../metrics/schemas';
import { TemplateKind } from '../outreach/kindSchemas';
import { TemplateId } from '../outreach/schemas';
import { Platform } from '../platformSchemas';
import { ReminderFacts } from '../reminders/facts';
import { ReminderKind } from '../reminders/schemas';
import { Stage } from '../stageSchema';
import { PaymentFacts } from '../payments/schemas';
import { AmendmentFacts } from '../amendments/schemas';
import { ShipmentFacts } from '../shipments/schemas';
import { MessageChannel, MessageDirection } from './message';
import { problem } from '../i18n/problems';

/*
 * What each kind of event holds, once. Writers are held to it when they append (unknown fields
 * included), readers get the event typed by its `type`. An event is never rewritten, so a field a
 * later version added is optional here: the history an earlier version wrote must still read.
 */

const body = <T extends string, S extends z.ZodRawShape>(type: T, data: S) => z.object({ type: z.literal(type), data: z.object(data) });

const Count = z.number().int().min(0);
/** The value a collaboration field had, or got: every editable field is text, a number or empty. */
const FieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: problem('field.sha256') });

/** Why a creator inactive by strikes became active again. */
export const ReactivationReason = z.enum(['withdrawn', 'obligations_completed', 'by_hand']);
export type ReactivationReason = z.infer<typeof ReactivationReason>;

export const EventBody = z.discriminatedUnion('type', [
  body('collaboration.created', {
    stage: Stage,
    // Only the stage is read back; the terms it started with are kept beside it.
    feeMinor: MinorUnits.optional(),
    currency: Currency.optional(),
    campaignId: Id.nullable().optional(),
  }),
  body('collaboration.moved', {
    from: Stage,
    to: Stage,
    /** The day a move into Signed or Product received filled in (since contracts came). */
    signedOn: IsoDate.optional(),
    productReceivedOn: IsoDate.optional(),
    note: z.string().optional(),
  }),
  body('collaboration.updated', {
    changes: z.record(z.string(), z.object({ from: FieldValue, to: FieldValue })),
    /** The deal a finalized contract version set (one truth per deal), rather than an edit by hand. */
    byContractVersion: z.number().int().positive().optional(),
  }),
  /** `happenedOn`: the day it happened, when noted later; the event's own time stays when it was noted. */
  body('note', { text: z.string(), happenedOn: IsoDate.optional() }),
  body('contract.finalized', { version: z.number().int().positive(), sha256: Sha256, terms: ContractTerms, html: z.string() }),
  body('milestone.delivered', {
    milestoneId: Id,
    key: z.string(),
    name: z.string(),
    party: Party,
    dueDate: IsoDate.nullable(),
    deliveredOn: IsoDate,
    daysLate: Count,
    note: z.string().optional(),
    /** Settled by a payment the brand recorded (a deposit, the balance): the words say so in the reader's language. */
    byPayment: z.literal(true).optional(),
  }),
  /** The post was published before this deliverable came: closed on that day, its lateness frozen there. */
  body('milestone.superseded', { milestoneId: Id, key: z.string(), name: z.string(), dueDate: IsoDate.nullable(), closedOn: IsoDate, daysLate: Count, byKey: z.string() }),
  body('milestone.reopened', { milestoneId: Id, key: z.string(), name: z.string(), wasDeliveredOn: IsoDate.nullable(), reason: z.string() }),
  body('message', {
    direction: MessageDirection,
    channel: MessageChannel,
    subject: z.string().optional(),
    text: z.string(),
    /** The creator says they are stuck making the content (a reply only). */
    stuck: z.boolean().optional(),
    /** The rung of the ladder and the template, for messages sent from the composer. */
    kind: TemplateKind.optional(),
    templateId: TemplateId.optional(),
  }),
  body('notification.fired', {
    notificationId: Id,
    kind: ReminderKind,
    occurrence: z.number().int(),
    // What the words need, said where the history is read; earlier versions kept an English title instead.
    party: Party.nullable().optional(),
    facts: ReminderFacts.optional(),
    title: z.string().optional(),
    dueAt: IsoDateTime,
  }),
  body('strike.added', { strikeId: Id, reason: StrikeReason, note: z.string(), eventIds: z.array(Id) }),
  body('strike.withdrawn', { strikeId: Id, reason: z.string(), wasStatus: StrikeStatus }),
  body('creator.deactivated', {
    activeStrikes: Count,
    /** What they owed then: completing it makes them active again. */
    openObligations: z.array(z.object({ milestoneId: Id, collaborationId: Id, name: z.string() })),
  }),
  body('creator.reactivated', { reason: ReactivationReason, text: z.string(), servedStrikeIds: z.array(Id) }),
  body('rating.added', {
    communication: Rating.shape.communication,
    timeliness: Rating.shape.timeliness,
    quality: Rating.shape.quality,
    wouldWorkAgain: z.boolean(),
    note: z.string(),
    /** A rating given before was replaced. */
    replaced: z.boolean(),
  }),
  body('dispute.opened', { disputeId: Id, issue: z.string(), ourPosition: z.string(), creatorPosition: z.string(), eventIds: z.array(Id) }),
  /** Only what changed; `resolvedOn: null` reopens a settled dispute. */
  body('dispute.updated', {
    disputeId: Id,
    issue: z.string().optional(),
    ourPosition: z.string().optional(),
    creatorPosition: z.string().optional(),
    outcome: z.string().optional(),
    resolvedOn: IsoDate.nullable().optional(),
    eventIds: z.array(Id).optional(),
    addStep: z.string().optional(),
  }),
  body('deliverable.added', { deliverableId: Id, platform: Platform, url: z.string(), title: z.string() }),
  body('metrics.recorded', {
    deliverableId: Id,
    snapshotId: Id,
    ...Snapshot.pick({ capturedAt: true, views: true, reach: true, likes: true, comments: true, shares: true, saves: true, clicks: true, conversions: true, costMinor: true }).shape,
  }),
  body('metrics.imported', { rows: Count, newPosts: Count }),
  body('remedial.step', { step: RemedialStep, title: z.string(), note: z.string() }),
  /** Money paid to the creator, on the day it was paid (the event's own time is when it was recorded). */
  body('payment.recorded', PaymentFacts.shape),
  /** One of the collaboration's own dates (agreed without a contract) added, moved, renamed or removed. */
  body('deadline.changed', {
    change: z.enum(['added', 'moved', 'renamed', 'removed']),
    key: z.string(),
    name: z.string(),
    fromDate: IsoDate.nullable(),
    toDate: IsoDate.nullable(),
    reason: z.string().optional(),
  }),
  /** A parcel sent to the creator, as first recorded. */
  body('shipment.recorded', ShipmentFacts.shape),
  /** A shipment's facts changed (delivered, returned, a tracking number added…): only what changed. */
  body('shipment.updated', { shipmentId: Id, changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })) }),
  /** Something agreed after the contract: a milestone moved, a deduction waived, the fee changed. */
  z.object({ type: z.literal('amendment.recorded'), data: AmendmentFacts }),
  /**
   * A collaboration, creator or campaign archived, put in the trash, restored or deleted (the trash
   * emptied, or the sample data removed): the history itself is never deleted, this marks it.
   */
  body('visibility.changed', { kind: ArchivableKind, id: Id, from: Visibility, to: Visibility, sample: z.boolean().optional() }),
]);
/** What a writer gives: the type and its data. */
export type EventBody = z.infer<typeof EventBody>;
export type EventType = EventBody['type'];

export const EVENT_TYPES: readonly EventType[] = EventBody.options.map((option) => option.shape.type.value);
export const EventType = z.enum(EVENT_TYPES);

/** The data of one type of event, as read (`EventData`) and as a writer may give it (`EventDataInput`). */
export type EventData<T extends EventType = EventType> = Extract<EventBody, { type: T }>['data'];
export type EventDataInput<T extends EventType = EventType> = Extract<z.input<typeof EventBody>, { type: T }>['data'];

/**
 * Where an event came from outside the app, unique per source: a mailbox's Message-ID, a row of an
 * import. The same one appended again gives back the event it made the first time.
 */
export const ExternalId = z.strictObject({
  source: z
    .string({ error: problem('field.sourceMissing') })
    .regex(/^[a-z][a-z0-9_.-]{0,39}$/, { error: problem('field.sourceFormat') }),
  id: z
    .string({ error: problem('field.externalIdMissing') })
    .min(1, { error: problem('field.externalIdMissing') })
    .max(1000, { error: problem('field.externalIdLong') })
    .refine((id) => id.trim() === id, { error: problem('field.externalIdSpaces') }),
});
export type ExternalId = z.infer<typeof ExternalId>;

const EventHeader = z.object({
  id: Id,
  /** When it happened (may be earlier than it was recorded, e.g. a call logged afterwards). */
  at: IsoDateTime,
  recordedAt: IsoDateTime,
  collaborationId: Id.nullable(),
  creatorId: Id.nullable(),
  externalId: ExternalId.nullable(),
});

/** One event of the append-only history, narrowed by `type`. */
export const EventRecord = z.intersection(EventHeader, EventBody);
export type EventRecord = z.infer<typeof EventRecord>;
export type EventRecordOf<T extends EventType> = Extract<EventRecord, { type: T }>;

/** Narrows a record by its type, e.g. to read the data of one the caller knows the type of. */
export function isEventOf<T extends EventType>(event: EventRecord, type: T): event is EventRecordOf<T> {
  return event.type === type;
}
