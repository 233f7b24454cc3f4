import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { Dispute, Rating, Strike } from '../../shared/accountability/schemas';
import { Deadline } from '../../shared/contract/schemas';
import { Shipment } from '../../shared/shipments/schemas';
import { ContractTerms, LateDelivery, MilestoneKind } from '../../shared/contract/terms';
import { Id, IsoDateTime, MinorUnits, Currency, optionalText, enterText, Email } from '../../shared/fields';
import { Deliverable, Snapshot } from '../../shared/metrics/schemas';
import { TemplateLanguage } from '../../shared/outreach/kindSchemas';
import { TemplateKind } from '../../shared/outreach/kindSchemas';
import { NotificationRecord } from '../../shared/reminders/schemas';
import { Reliability } from '../../shared/accountability/schemas';
import { EventType, ExternalId } from '../../shared/events/schemas';
import { Campaign, Collaboration, Creator, Settings } from '../../shared/schemas';
import * as tables from './schema';
import { problem } from '../../shared/i18n/problems';
import { BriefOverride } from '../../shared/brief/schemas';
import { Cadence } from '../../shared/cadence/schemas';
import { MaterialKind, MaterialName } from '../../shared/materials/schemas';
import { MessageDirection } from '../../shared/events/message';
import { MailAccount } from '../../shared/mail/account';
import { OutboxProblem, OutboxStatus, SentCopy } from '../../shared/mail/outbox';

/*
 * What a stored row may hold, column by column, from the same field schemas the API checks its
 * input with: a row an import brings in must be one the app could have written itself, or the
 * board, the evidence pack or the next create would trip over it later. The type requires an
 * entry for every table of the schema and a schema for every column, each producing the column's
 * own type. How a column is stored (JSON text, 0/1 for booleans) is taken from drizzle's column
 * definitions, so the schemas below are written in the app's terms.
 */

/**
 * Ids stay at or below 2^31 − 1: far beyond any real workspace, and far enough below 2^53 that
 * the next id SQLite hands out is still exact in JavaScript (2^53 − 1 + 1 and + 2 are not).
 */
export const MAX_ID = 2 ** 31 - 1;
const RowId = Id.max(MAX_ID, { error: problem('service.idsUpTo', { max: MAX_ID.toLocaleString('en') }) });
const Hash = z.string().regex(/^[0-9a-f]{64}$/, { error: problem('service.sealExpected') });
const SingleRow = z.literal(1, { error: problem('service.singleRow') });
const Count = z.number().int({ error: problem('service.wholeExpected') }).min(0, { error: problem('service.notNegative') });
const BasisPoints = Count.max(10_000, { error: problem('service.atMost100') });

type TableKey = { [K in keyof typeof tables]: (typeof tables)[K] extends SQLiteTable ? K : never }[keyof typeof tables];
type Row<T> = T extends SQLiteTable ? T['$inferSelect'] : never;
type ColumnSchemas<T> = { [C in keyof Row<T>]-?: z.ZodType<Row<T>[C]> };

export const ROW_SCHEMAS: { [K in TableKey]: ColumnSchemas<(typeof tables)[K]> } = {
  creators: {
    id: RowId,
    name: Creator.shape.name,
    handles: Creator.shape.handles,
    followers: Creator.shape.followers,
    region: Creator.shape.region,
    timeZone: Creator.shape.timeZone,
    language: Creator.shape.language,
    email: Creator.shape.email,
    otherEmails: z.array(Email).max(20),
    shippingAddress: Creator.shape.shippingAddress,
    notes: Creator.shape.notes,
    active: Creator.shape.active,
    inactiveByStrikesSince: IsoDateTime.nullable(),
    medianReplyHours: Reliability.shape.medianReplyHours,
    visibility: Creator.shape.visibility,
    visibilitySince: Creator.shape.visibilitySince,
    createdAt: Creator.shape.createdAt,
    updatedAt: Creator.shape.updatedAt,
  },
  campaigns: {
    id: RowId,
    name: Campaign.shape.name,
    product: Campaign.shape.product,
    goals: Campaign.shape.goals,
    targets: Campaign.shape.targets,
    budgetMinor: Campaign.shape.budgetMinor,
    currency: Campaign.shape.currency,
    startDate: Campaign.shape.startDate,
    endDate: Campaign.shape.endDate,
    cadence: Cadence.nullable(),
    visibility: Campaign.shape.visibility,
    visibilitySince: Campaign.shape.visibilitySince,
    createdAt: Campaign.shape.createdAt,
    updatedAt: Campaign.shape.updatedAt,
  },
  collaborations: {
    id: RowId,
    creatorId: RowId,
    campaignId: RowId.nullable(),
    stage: Collaboration.shape.stage,
    stageSince: Collaboration.shape.stageSince,
    feeMinor: Collaboration.shape.feeMinor,
    currency: Collaboration.shape.currency,
    product: Collaboration.shape.product,
    productValueMinor: Collaboration.shape.productValueMinor,
    startDate: Collaboration.shape.startDate,
    publishBy: Collaboration.shape.publishBy,
    expectsPost: Collaboration.shape.expectsPost,
    targets: Collaboration.shape.targets,
    replyWithinHours: Collaboration.shape.replyWithinHours,
    signedOn: Collaboration.shape.signedOn,
    productReceivedOn: Collaboration.shape.productReceivedOn,
    awaitingReplySince: IsoDateTime.nullable(),
    lastContactAt: IsoDateTime.nullable(),
    lastReplyAt: IsoDateTime.nullable(),
    creatorStuck: z.boolean(),
    remindersSinceReply: Count,
    rungsSinceReply: z.string().refine((v) => v === '' || v.split(',').every((k) => TemplateKind.safeParse(k).success), {
      error: problem('service.messageKinds'),
    }),
    notes: Collaboration.shape.notes,
    visibility: Collaboration.shape.visibility,
    visibilitySince: Collaboration.shape.visibilitySince,
    createdAt: Collaboration.shape.createdAt,
    updatedAt: Collaboration.shape.updatedAt,
  },
  events: {
    id: RowId,
    at: IsoDateTime,
    recordedAt: IsoDateTime,
    type: EventType,
    collaborationId: RowId.nullable(),
    creatorId: RowId.nullable(),
    // What the data holds depends on the type: see ROW_RULES (rowRules.ts).
    data: z.record(z.string(), z.unknown(), { error: problem('service.objectExpected') }),
    hash: Hash.nullable(),
    // The first event of the chain follows no seal.
    prevHash: z.union([Hash, z.literal('')]).nullable(),
    externalSource: ExternalId.shape.source.nullable(),
    externalId: ExternalId.shape.id.nullable(),
  },
  eventChain: { id: SingleRow, lastId: RowId, lastHash: Hash },
  strikes: {
    id: RowId,
    creatorId: RowId,
    collaborationId: RowId,
    reason: Strike.shape.reason,
    note: Strike.shape.note,
    eventIds: z.array(RowId),
    at: Strike.shape.at,
    status: Strike.shape.status,
    withdrawnAt: Strike.shape.withdrawnAt,
    withdrawnReason: Strike.shape.withdrawnReason,
  },
  ratings: {
    id: RowId,
    collaborationId: RowId,
    creatorId: RowId,
    communication: Rating.shape.communication,
    timeliness: Rating.shape.timeliness,
    quality: Rating.shape.quality,
    wouldWorkAgain: Rating.shape.wouldWorkAgain,
    note: Rating.shape.note,
    ratedAt: Rating.shape.ratedAt,
  },
  disputes: {
    id: RowId,
    collaborationId: RowId,
    issue: Dispute.shape.issue,
    ourPosition: Dispute.shape.ourPosition,
    creatorPosition: Dispute.shape.creatorPosition,
    eventIds: z.array(RowId),
    steps: Dispute.shape.steps,
    outcome: Dispute.shape.outcome,
    resolvedOn: Dispute.shape.resolvedOn,
    openedAt: Dispute.shape.openedAt,
    updatedAt: Dispute.shape.updatedAt,
  },
  settings: {
    id: SingleRow,
    brandName: Settings.shape.brandName,
    senderName: Settings.shape.senderName,
    timeZone: Settings.shape.timeZone,
    currency: Settings.shape.currency,
    holidays: Settings.shape.holidays,
    paper: Settings.shape.paper,
    notify: Settings.shape.notify.nullable(),
    language: Settings.shape.language,
  },
  contracts: {
    collaborationId: RowId,
    draft: ContractTerms,
    savedAt: IsoDateTime,
    inForceVersion: z.number().int().positive().nullable(),
    lateEnabled: z.boolean(),
    feeMinor: MinorUnits,
    currency: Currency,
    deductionBp: BasisPoints,
    capBp: BasisPoints,
    graceDays: LateDelivery.shape.graceDays,
    terminationDays: Count.max(365, { error: problem('service.atMost365') }),
    replySlaHours: ContractTerms.shape.replySlaHours.nullable(),
    waivedMinor: MinorUnits,
    waivedBp: BasisPoints,
  },
  shipments: {
    id: RowId,
    collaborationId: RowId,
    carrier: Shipment.shape.carrier,
    trackingNumber: Shipment.shape.trackingNumber,
    items: Shipment.shape.items,
    address: Shipment.shape.address,
    shippedOn: Shipment.shape.shippedOn,
    deliveredOn: Shipment.shape.deliveredOn,
    returnedOn: Shipment.shape.returnedOn,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  },
  briefs: {
    id: RowId,
    campaignId: RowId.nullable(),
    collaborationId: RowId.nullable(),
    content: BriefOverride,
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  },
  materials: {
    id: RowId,
    campaignId: RowId,
    kind: MaterialKind,
    name: MaterialName,
    // A plain name inside the materials folder: an imported row must not point anywhere else.
    stored: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/, { error: problem('service.storedName') }),
    bytes: Count,
    sha256: Hash,
    mediaType: z.string().min(1).max(200),
    addedAt: IsoDateTime,
    removedAt: IsoDateTime.nullable(),
  },
  mailAccount: { id: SingleRow, account: MailAccount, updatedAt: IsoDateTime },
  mailFolders: {
    id: RowId,
    role: z.enum(['inbox', 'sent']),
    path: z.string().min(1).max(1000),
    uidValidity: z.string().regex(/^\d{1,20}$/),
    lastUid: Count,
    total: Count,
    syncedAt: IsoDateTime.nullable(),
  },
  mailUnassigned: {
    id: RowId,
    messageId: z.string().min(1).max(1000),
    direction: MessageDirection,
    creatorId: RowId.nullable(),
    suggestedCreatorId: RowId.nullable(),
    fromAddress: z.string().max(1000),
    toAddresses: z.array(z.string().max(1000)).max(500),
    subject: z.string().max(2000),
    snippet: z.string().max(2000),
    sentAt: IsoDateTime,
    inReplyTo: z.string().max(1000).nullable(),
    references: z.array(z.string().max(1000)).max(500),
    createdAt: IsoDateTime,
    settledAt: IsoDateTime.nullable(),
  },
  mailOutbox: {
    id: RowId,
    messageId: z.string().min(1).max(1000),
    collaborationId: RowId,
    toAddress: Email,
    subject: z.string().max(300),
    body: z.string().min(1).max(20_000),
    kind: TemplateKind.nullable(),
    templateId: z.string().max(200).nullable(),
    inReplyTo: z.string().max(1000).nullable(),
    references: z.array(z.string().max(1000)).max(500),
    materialIds: z.array(RowId).max(20),
    status: OutboxStatus,
    attempts: Count,
    createdAt: IsoDateTime,
    lastAttemptAt: IsoDateTime.nullable(),
    nextAttemptAt: IsoDateTime.nullable(),
    problem: OutboxProblem.nullable(),
    sentAt: IsoDateTime.nullable(),
    eventId: RowId.nullable(),
    sentCopy: SentCopy.nullable(),
  },
  ownDeadlines: {
    id: RowId,
    collaborationId: RowId,
    kind: MilestoneKind,
    name: enterText('due', 120),
    dueDate: Deadline.shape.dueDate.unwrap(),
    createdAt: IsoDateTime,
  },
  milestones: {
    id: RowId,
    collaborationId: RowId,
    key: Deadline.shape.key.min(1),
    name: Deadline.shape.name,
    party: Deadline.shape.party,
    kind: Deadline.shape.kind,
    deductible: Deadline.shape.deductible,
    basis: Deadline.shape.basis,
    sort: z.number().int(),
    contractVersion: Deadline.shape.contractVersion,
    dueDate: Deadline.shape.dueDate,
    dueAt: Deadline.shape.dueAt,
    originalDueDate: Deadline.shape.originalDueDate,
    deliveredAt: Deadline.shape.deliveredAt,
    deliveredOn: Deadline.shape.deliveredOn,
    superseded: Deadline.shape.superseded,
  },
  notifications: {
    id: RowId,
    item: NotificationRecord.shape.item.min(1),
    kind: NotificationRecord.shape.kind,
    occurrence: NotificationRecord.shape.occurrence,
    collaborationId: RowId.nullable(),
    party: NotificationRecord.shape.party,
    facts: NotificationRecord.shape.facts,
    dueAt: NotificationRecord.shape.dueAt,
    firedAt: NotificationRecord.shape.firedAt,
    shownAt: NotificationRecord.shape.shownAt,
    acknowledgedAt: NotificationRecord.shape.acknowledgedAt,
    snoozedUntil: NotificationRecord.shape.snoozedUntil,
    closedAt: NotificationRecord.shape.closedAt,
  },
  schedulerState: { id: SingleRow, lastTickAt: IsoDateTime },
  outreachTemplates: {
    id: RowId,
    kind: TemplateKind,
    language: TemplateLanguage,
    name: enterText('templateName', 120),
    subject: optionalText(300),
    body: enterText('messageText', 10_000),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  },
  deliverables: {
    id: RowId,
    collaborationId: RowId,
    platform: Deliverable.shape.platform,
    url: z.string().refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), { error: problem('service.webAddress') }),
    title: optionalText(200),
    publishedAt: Deliverable.shape.publishedAt,
    createdAt: Deliverable.shape.createdAt,
  },
  metricSnapshots: {
    id: RowId,
    deliverableId: RowId,
    capturedAt: Snapshot.shape.capturedAt,
    views: Snapshot.shape.views,
    reach: Snapshot.shape.reach,
    likes: Snapshot.shape.likes,
    comments: Snapshot.shape.comments,
    shares: Snapshot.shape.shares,
    saves: Snapshot.shape.saves,
    clicks: Snapshot.shape.clicks,
    conversions: Snapshot.shape.conversions,
    costMinor: Snapshot.shape.costMinor,
    source: Snapshot.shape.source,
  },
  sampleRows: {
    id: RowId,
    kind: z.enum(['creator', 'campaign', 'collaboration', 'contract']),
    rowId: RowId,
    digest: Hash,
    lastEventId: Count,
  },
};

/** One column as stored: its SQL name, how its value is kept, and what the value must be. */
export interface StoredColumn {
  name: string;
  storage: 'json' | 'boolean' | 'plain';
  nullable: boolean;
  schema: z.ZodType;
}

const storageOf = (column: SQLiteColumn): StoredColumn['storage'] =>
  column.columnType === 'SQLiteTextJson' ? 'json' : column.columnType === 'SQLiteBoolean' ? 'boolean' : 'plain';

/** Every table by its SQL name, with its columns by their SQL names. */
export const STORED_TABLES: ReadonlyMap<string, ReadonlyMap<string, StoredColumn>> = new Map(
  (Object.keys(ROW_SCHEMAS) as TableKey[]).map((key) => {
    const table = tables[key] as SQLiteTable;
    const schemas = ROW_SCHEMAS[key] as Record<string, z.ZodType>;
    const columns = Object.entries(getTableColumns(table)).map(([tsKey, column]): [string, StoredColumn] => [
      column.name,
      { name: column.name, storage: storageOf(column), nullable: !column.notNull, schema: schemas[tsKey]! },
    ]);
    return [getTableName(table), new Map(columns)];
  }),
);
