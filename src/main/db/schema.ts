import { sql } from 'drizzle-orm';
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { ShipmentItem } from '../../shared/shipments/schemas';
import type { ContractTerms } from '../../shared/contract/terms';
import type { DueBasis } from '../../shared/deadlines/basis';
import type { NotifySettings } from '../../shared/reminders/settings';
import type { ReminderFacts } from '../../shared/reminders/facts';
import { REMINDER_KINDS } from '../../shared/reminders/schemas';
import type { CampaignTargets, CollaborationTargets, Handle } from '../../shared/schemas';
import { REMINDER_ONLY_KINDS_SQL } from './sqlFragments';
import { VISIBILITIES } from '../../shared/archive';
import type { BriefOverride } from '../../shared/brief/schemas';
import { MATERIAL_KINDS } from '../../shared/materials/schemas';
import type { Cadence } from '../../shared/cadence/schemas';
import { MESSAGE_DIRECTIONS } from '../../shared/events/message';
import type { MailAccount } from '../../shared/mail/account';
import { TEMPLATE_KINDS } from '../../shared/outreach/kinds';
import { OUTBOX_STATUSES, SENT_COPIES, type OutboxProblem } from '../../shared/mail/outbox';

/**
 * Whether a creator, campaign or collaboration is shown, archived (hidden, restorable), in the
 * trash (restorable for 30 days) or deleted (the trash was emptied). A deleted row stays only
 * as the anchor the append-only history refers to; nothing lists it any more.
 */
const visibility = () => ({
  visibility: text('visibility', { enum: VISIBILITIES }).notNull().default('shown'),
  /** When it was last archived, trashed, deleted or restored; null for rows never moved out of sight. */
  visibilitySince: text('visibility_since'),
});

/*
 * Conventions: timestamps are ISO-8601 UTC strings (`2026-03-02T09:00:00.000Z`), calendar dates
 * are `YYYY-MM-DD`, money is integer minor units next to a currency code.
 */

export const creators = sqliteTable('creators', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  handles: text('handles', { mode: 'json' }).$type<Handle[]>().notNull().default(sql`'[]'`),
  followers: integer('followers'),
  region: text('region'),
  timeZone: text('time_zone'),
  language: text('language'),
  email: text('email'),
  /** Further addresses the creator writes from (a second inbox, an agent); mail from any of them is theirs. */
  otherEmails: text('other_emails', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
  shippingAddress: text('shipping_address').notNull().default(''),
  notes: text('notes').notNull().default(''),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  /** Set while inactive because of the strike limit (not by hand); completing the obligations clears it. */
  inactiveByStrikesSince: text('inactive_by_strikes_since'),
  /** Median hours from the first unanswered brand message to the creator's reply, over all replies. */
  medianReplyHours: real('median_reply_hours'),
  ...visibility(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const campaigns = sqliteTable('campaigns', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  product: text('product').notNull().default(''),
  goals: text('goals').notNull().default(''),
  targets: text('targets', { mode: 'json' }).$type<CampaignTargets>().notNull().default(sql`'{}'`),
  budgetMinor: integer('budget_minor'),
  currency: text('currency').notNull(),
  /** The days the campaign runs, both included; either may be open. */
  startDate: text('start_date'),
  endDate: text('end_date'),
  /** The check-in rhythm while content is made; null keeps the default one. */
  cadence: text('cadence', { mode: 'json' }).$type<Cadence>(),
  ...visibility(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const collaborations = sqliteTable(
  'collaborations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    creatorId: integer('creator_id')
      .notNull()
      .references(() => creators.id),
    campaignId: integer('campaign_id').references(() => campaigns.id),
    stage: text('stage').notNull(),
    // Mirrors the latest `collaboration.moved` event so the board needs no event scan.
    stageSince: text('stage_since').notNull(),
    feeMinor: integer('fee_minor').notNull().default(0),
    currency: text('currency').notNull(),
    product: text('product').notNull().default(''),
    productValueMinor: integer('product_value_minor'),
    startDate: text('start_date'),
    publishBy: text('publish_by'),
    // Agreed without a contract: the creator answers within this many hours (a contract's own time wins).
    replyWithinHours: integer('reply_within_hours'),
    // A gift sent with no post asked for: no follow-ups, never ghosted.
    expectsPost: integer('expects_post', { mode: 'boolean' }).notNull().default(true),
    // Targets the brand set for this collaboration in place of its share of the campaign's.
    targets: text('targets', { mode: 'json' }).$type<CollaborationTargets>(),
    // The dates contract deadlines are counted from (brand's time zone).
    signedOn: text('signed_on'),
    productReceivedOn: text('product_received_on'),
    // The first brand message still waiting for the creator's reply: the reply-SLA clock runs from it.
    awaitingReplySince: text('awaiting_reply_since'),
    // The conversation so far, recounted from the logged messages whenever one is logged, so the
    // "who needs a nudge" view over every collaboration needs no scan of the messages.
    lastContactAt: text('last_contact_at'),
    lastReplyAt: text('last_reply_at'),
    creatorStuck: integer('creator_stuck', { mode: 'boolean' }).notNull().default(false),
    remindersSinceReply: integer('reminders_since_reply').notNull().default(0),
    /** Rungs sent since the creator's last reply, comma-separated (e.g. "warm_checkin,lost_contact_comment"). */
    rungsSinceReply: text('rungs_since_reply').notNull().default(''),
    notes: text('notes').notNull().default(''),
    ...visibility(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('collaborations_stage_idx').on(t.stage),
    index('collaborations_creator_idx').on(t.creatorId),
    index('collaborations_campaign_idx').on(t.campaignId),
    index('collaborations_awaiting_reply_idx').on(t.awaitingReplySince).where(sql`${t.awaitingReplySince} IS NOT NULL`),
    check('collaborations_fee_nonnegative', sql`${t.feeMinor} >= 0`),
  ],
);

// Append-only: migration 0001 adds triggers that refuse UPDATE and DELETE.
export const events = sqliteTable(
  'events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    recordedAt: text('recorded_at').notNull(),
    type: text('type').notNull(),
    collaborationId: integer('collaboration_id').references(() => collaborations.id),
    creatorId: integer('creator_id').references(() => creators.id),
    // What each type holds is src/shared/events/schemas.ts: read it through that, never as it lies.
    data: text('data', { mode: 'json' }).$type<unknown>().notNull().default(sql`'{}'`),
    /** SHA-256 of this event's content chained with the previous event's hash (see db/eventChain.ts). */
    hash: text('hash'),
    prevHash: text('prev_hash'),
    /**
     * Where the event came from outside the app (a mailbox's Message-ID, an import's row), so a
     * re-import or a mail re-sync finds it instead of recording it twice. Both or neither.
     */
    externalSource: text('external_source'),
    externalId: text('external_id'),
  },
  (t) => [
    index('events_collaboration_idx').on(t.collaborationId, t.id),
    index('events_creator_idx').on(t.creatorId, t.id),
    // Only the events that have one: the app's own events (nearly all) cost the index nothing.
    uniqueIndex('events_external_idx').on(t.externalSource, t.externalId).where(sql`${t.externalId} IS NOT NULL`),
  ],
);

/** A single row (id = 1): the newest link of the event chain, so removing the last event shows too. */
export const eventChain = sqliteTable('event_chain', {
  id: integer('id').primaryKey(),
  lastId: integer('last_id').notNull(),
  lastHash: text('last_hash').notNull(),
});

export const strikes = sqliteTable(
  'strikes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    creatorId: integer('creator_id').notNull().references(() => creators.id),
    collaborationId: integer('collaboration_id').notNull().references(() => collaborations.id),
    reason: text('reason').notNull(),
    note: text('note').notNull().default(''),
    eventIds: text('event_ids', { mode: 'json' }).$type<number[]>().notNull().default(sql`'[]'`),
    at: text('at').notNull(),
    status: text('status', { enum: ['active', 'withdrawn', 'served'] }).notNull().default('active'),
    withdrawnAt: text('withdrawn_at'),
    withdrawnReason: text('withdrawn_reason'),
  },
  (t) => [index('strikes_creator_idx').on(t.creatorId, t.status), index('strikes_collaboration_idx').on(t.collaborationId)],
);

/** One rating per collaboration; rating again replaces it (the events keep both). */
export const ratings = sqliteTable(
  'ratings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    collaborationId: integer('collaboration_id').notNull().references(() => collaborations.id),
    creatorId: integer('creator_id').notNull().references(() => creators.id),
    communication: integer('communication').notNull(),
    timeliness: integer('timeliness').notNull(),
    quality: integer('quality').notNull(),
    wouldWorkAgain: integer('would_work_again', { mode: 'boolean' }).notNull(),
    note: text('note').notNull().default(''),
    ratedAt: text('rated_at').notNull(),
  },
  (t) => [uniqueIndex('ratings_collaboration_idx').on(t.collaborationId), index('ratings_creator_idx').on(t.creatorId)],
);

export const disputes = sqliteTable(
  'disputes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    collaborationId: integer('collaboration_id').notNull().references(() => collaborations.id),
    issue: text('issue').notNull(),
    ourPosition: text('our_position').notNull().default(''),
    creatorPosition: text('creator_position').notNull().default(''),
    eventIds: text('event_ids', { mode: 'json' }).$type<number[]>().notNull().default(sql`'[]'`),
    steps: text('steps', { mode: 'json' }).$type<{ at: string; text: string }[]>().notNull().default(sql`'[]'`),
    outcome: text('outcome').notNull().default(''),
    resolvedOn: text('resolved_on'),
    openedAt: text('opened_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('disputes_collaboration_idx').on(t.collaborationId)],
);

// A single row (id = 1).
export const settings = sqliteTable(
  'settings',
  {
    id: integer('id').primaryKey(),
    brandName: text('brand_name').notNull().default(''),
    senderName: text('sender_name').notNull().default(''),
    timeZone: text('time_zone').notNull(),
    currency: text('currency').notNull(),
    holidays: text('holidays', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    paper: text('paper').notNull().default('A4'),
    // Null until the user first changes a reminder setting: the defaults apply.
    notify: text('notify', { mode: 'json' }).$type<NotifySettings>(),
    // 'system' follows the computer's language; otherwise one of LOCALES.
    language: text('language').notNull().default('system'),
  },
  (t) => [check('settings_single_row', sql`${t.id} = 1`)],
);

/*
 * The editable draft of a collaboration's contract, and the late-delivery terms of the version in
 * force. Finalized versions themselves live in the append-only events (`contract.finalized`).
 */
export const contracts = sqliteTable('contracts', {
  collaborationId: integer('collaboration_id')
    .primaryKey()
    .references(() => collaborations.id),
  draft: text('draft', { mode: 'json' }).$type<ContractTerms>().notNull(),
  savedAt: text('saved_at').notNull(),
  inForceVersion: integer('in_force_version'),
  // Copied from the version in force so penalties over thousands of contracts need no JSON parse.
  lateEnabled: integer('late_enabled', { mode: 'boolean' }).notNull().default(false),
  feeMinor: integer('fee_minor').notNull().default(0),
  currency: text('currency').notNull().default('EUR'),
  deductionBp: integer('deduction_bp').notNull().default(0),
  capBp: integer('cap_bp').notNull().default(0),
  graceDays: integer('grace_days').notNull().default(0),
  terminationDays: integer('termination_days').notNull().default(0),
  replySlaHours: integer('reply_sla_hours'),
  // What amendments to the version in force waived of the deduction: an amount, and a share of it in basis points.
  waivedMinor: integer('waived_minor').notNull().default(0),
  waivedBp: integer('waived_bp').notNull().default(0),
});

/** Every dated obligation of the contract in force: creator milestones and brand duties. */
export const milestones = sqliteTable(
  'milestones',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    collaborationId: integer('collaboration_id')
      .notNull()
      .references(() => collaborations.id),
    key: text('key').notNull(),
    name: text('name').notNull(),
    party: text('party').notNull(),
    kind: text('kind').notNull(),
    deductible: integer('deductible', { mode: 'boolean' }).notNull(),
    basis: text('basis', { mode: 'json' }).$type<DueBasis>().notNull(),
    sort: integer('sort').notNull(),
    contractVersion: integer('contract_version').notNull(),
    // Null until the event it is counted from has happened.
    dueDate: text('due_date'),
    dueAt: text('due_at'),
    // The date the contract gave, when an amendment moved it (null otherwise).
    originalDueDate: text('original_due_date'),
    deliveredAt: text('delivered_at'),
    deliveredOn: text('delivered_on'),
    // Closed when the post was published before it came (the delivered columns hold that moment).
    superseded: integer('superseded', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('milestones_collaboration_key_idx').on(t.collaborationId, t.key),
    index('milestones_due_idx').on(t.dueAt),
    // Open deadlines are few next to the delivered history; the calendar and reminders read only them.
    index('milestones_open_idx').on(t.collaborationId, t.sort).where(sql`${t.deliveredAt} IS NULL`),
    // The scheduler's tick reads open deadlines by due time only.
    index('milestones_open_due_idx')
      .on(t.dueAt)
      .where(sql`${t.deliveredAt} IS NULL AND ${t.kind} NOT IN ${sql.raw(REMINDER_ONLY_KINDS_SQL)}`),
  ],
);

/**
 * A collaboration's own dated obligations besides its publish-by date (a script or a draft by a
 * day), agreed without a contract; they become deadlines while no contract is in force.
 */
export const ownDeadlines = sqliteTable(
  'own_deadlines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    collaborationId: integer('collaboration_id')
      .notNull()
      .references(() => collaborations.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    dueDate: text('due_date').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('own_deadlines_collaboration_idx').on(t.collaborationId)],
);

/** Parcels sent to creators: carrier, tracking number, items, address, and the days they moved. */
export const shipments = sqliteTable(
  'shipments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    collaborationId: integer('collaboration_id')
      .notNull()
      .references(() => collaborations.id),
    carrier: text('carrier').notNull(),
    trackingNumber: text('tracking_number').notNull().default(''),
    items: text('items', { mode: 'json' }).$type<ShipmentItem[]>().notNull().default(sql`'[]'`),
    address: text('address').notNull().default(''),
    shippedOn: text('shipped_on'),
    deliveredOn: text('delivered_on'),
    returnedOn: text('returned_on'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('shipments_collaboration_idx').on(t.collaborationId),
    // The shipments page reads what is still on its way.
    index('shipments_in_transit_idx').on(t.shippedOn).where(sql`${t.deliveredOn} IS NULL AND ${t.returnedOn} IS NULL`),
  ],
);

/**
 * Every reminder fired, so a restart never fires one twice. One row per obligation (`item`),
 * kind and occurrence (the lead time, or the day of lateness for daily overdue reminders).
 */
export const notifications = sqliteTable(
  'notifications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    item: text('item').notNull(),
    kind: text('kind', { enum: REMINDER_KINDS }).notNull(),
    occurrence: integer('occurrence').notNull().default(0),
    collaborationId: integer('collaboration_id').references(() => collaborations.id),
    /** Whose obligation it is ('creator' | 'brand'); a creator's one is followed up by a message. */
    party: text('party', { enum: ['creator', 'brand'] }),
    /** What its words need (ReminderFacts); the words are made where they are read, in the brand's language. */
    facts: text('facts', { mode: 'json' }).$type<ReminderFacts>().notNull().default(sql`'{}'`),
    dueAt: text('due_at').notNull(),
    firedAt: text('fired_at').notNull(),
    shownAt: text('shown_at'),
    acknowledgedAt: text('acknowledged_at'),
    snoozedUntil: text('snoozed_until'),
    closedAt: text('closed_at'),
  },
  (t) => [
    uniqueIndex('notifications_item_kind_idx').on(t.item, t.kind, t.occurrence),
    index('notifications_open_idx').on(t.item).where(sql`${t.closedAt} IS NULL`),
    index('notifications_fired_idx').on(t.firedAt),
  ],
);

/** A single row (id = 1): when the scheduler last looked, so a gap (sleep, app closed) is noticed. */
export const schedulerState = sqliteTable(
  'scheduler_state',
  {
    id: integer('id').primaryKey(),
    lastTickAt: text('last_tick_at').notNull(),
  },
  (t) => [check('scheduler_state_single_row', sql`${t.id} = 1`)],
);

/** The user's own message templates; the built-in ones live in code (src/shared/outreach/templates). */
export const outreachTemplates = sqliteTable('outreach_templates', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind').notNull(),
  language: text('language').notNull(),
  name: text('name').notNull(),
  subject: text('subject').notNull().default(''),
  body: text('body').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** A published post of a collaboration, whose numbers are read over time. */
export const deliverables = sqliteTable(
  'deliverables',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    collaborationId: integer('collaboration_id').notNull().references(() => collaborations.id),
    platform: text('platform').notNull(),
    url: text('url').notNull().default(''),
    title: text('title').notNull().default(''),
    publishedAt: text('published_at'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('deliverables_collaboration_idx').on(t.collaborationId), index('deliverables_url_idx').on(t.url)],
);

/** One reading of a post's numbers; null is unknown, not zero. */
export const metricSnapshots = sqliteTable(
  'metric_snapshots',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    deliverableId: integer('deliverable_id').notNull().references(() => deliverables.id),
    capturedAt: text('captured_at').notNull(),
    views: integer('views'),
    reach: integer('reach'),
    likes: integer('likes'),
    comments: integer('comments'),
    shares: integer('shares'),
    saves: integer('saves'),
    clicks: integer('clicks'),
    conversions: integer('conversions'),
    costMinor: integer('cost_minor'),
    source: text('source', { enum: ['manual', 'csv'] }).notNull(),
  },
  // A post read twice at the same moment is a duplicate, whichever way it arrives.
  (t) => [uniqueIndex('metric_snapshots_reading_idx').on(t.deliverableId, t.capturedAt)],
);

/**
 * What "Load sample data" made, so "Remove sample data" removes exactly that and can tell whether
 * the user has worked on it since: a digest of each row as loaded, and the last event of the load.
 */
export const sampleRows = sqliteTable(
  'sample_rows',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: ['creator', 'campaign', 'collaboration', 'contract'] }).notNull(),
    rowId: integer('row_id').notNull(),
    digest: text('digest').notNull(),
    lastEventId: integer('last_event_id').notNull(),
  },
  (t) => [uniqueIndex('sample_rows_kind_row_idx').on(t.kind, t.rowId)],
);

/**
 * A creative brief: one per campaign, and per collaboration only the fields it overrides (a
 * campaign row holds every field, a collaboration row a part of them).
 */
export const briefs = sqliteTable(
  'briefs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    campaignId: integer('campaign_id').references(() => campaigns.id),
    collaborationId: integer('collaboration_id').references(() => collaborations.id),
    content: text('content', { mode: 'json' }).$type<BriefOverride>().notNull().default(sql`'{}'`),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('briefs_campaign_idx').on(t.campaignId),
    uniqueIndex('briefs_collaboration_idx').on(t.collaborationId),
    check('briefs_one_owner', sql`(${t.campaignId} IS NULL) <> (${t.collaborationId} IS NULL)`),
  ],
);

/**
 * Files a campaign gives its creators (a manual, photos, reference videos, the brand story),
 * copied into the data folder under `stored` and checked by their SHA-256. A removed one keeps its
 * row (a brief already sent listed it) and loses its file.
 */
export const materials = sqliteTable(
  'materials',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    campaignId: integer('campaign_id')
      .notNull()
      .references(() => campaigns.id),
    kind: text('kind', { enum: MATERIAL_KINDS }).notNull(),
    /** The file's name as the brand chose it. */
    name: text('name').notNull(),
    /** The copy's path inside the data folder's materials folder. */
    stored: text('stored').notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    mediaType: text('media_type').notNull().default('application/octet-stream'),
    addedAt: text('added_at').notNull(),
    removedAt: text('removed_at'),
  },
  (t) => [index('materials_campaign_idx').on(t.campaignId)],
);

/**
 * Mail taken from the mailbox or an .eml/.mbox file that could not be placed on a collaboration by
 * itself: from a known creator with no open collaboration, or from an unknown address that
 * mentions a creator's handle. It waits here until the brand assigns or dismisses it; assigning
 * logs it as a message event with the same Message-ID, so it is never logged twice.
 */
export const mailUnassigned = sqliteTable(
  'mail_unassigned',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    messageId: text('message_id').notNull(),
    direction: text('direction', { enum: MESSAGE_DIRECTIONS }).notNull(),
    /** The creator the address belongs to, when it is known. */
    creatorId: integer('creator_id').references(() => creators.id),
    /** A creator whose handle the message mentions, offered as "is this …?". */
    suggestedCreatorId: integer('suggested_creator_id').references(() => creators.id),
    fromAddress: text('from_address').notNull(),
    toAddresses: text('to_addresses', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    subject: text('subject').notNull().default(''),
    snippet: text('snippet').notNull().default(''),
    sentAt: text('sent_at').notNull(),
    inReplyTo: text('in_reply_to'),
    references: text('references', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    createdAt: text('created_at').notNull(),
    /** Set when the brand placed it on a collaboration (then logged as an event) or dismissed it. */
    settledAt: text('settled_at'),
  },
  (t) => [uniqueIndex('mail_unassigned_message_idx').on(t.messageId), index('mail_unassigned_open_idx').on(t.settledAt)],
);

/** The brand's mailbox (one row, once connected): servers and user name, never the password. */
export const mailAccount = sqliteTable(
  'mail_account',
  {
    id: integer('id').primaryKey(),
    account: text('account', { mode: 'json' }).$type<MailAccount>().notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('mail_account_single_row', sql`${t.id} = 1`)],
);

/**
 * How far the mailbox has been read, folder by folder: a sync fetches only UIDs above `lastUid`
 * while the folder's UIDVALIDITY is the one recorded (a new one means the server renumbered the
 * folder: read it again from the start; Message-IDs keep anything from being logged twice).
 * Written after each batch, so a sync cut off by a crash or sleep resumes where it stopped.
 */
export const mailFolders = sqliteTable(
  'mail_folders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** 'inbox' or 'sent': which folder this is, whatever the server calls it. */
    role: text('role', { enum: ['inbox', 'sent'] }).notNull(),
    path: text('path').notNull(),
    uidValidity: text('uid_validity').notNull(),
    lastUid: integer('last_uid').notNull().default(0),
    /** How many messages the folder held at the first sync, for its progress bar. */
    total: integer('total').notNull().default(0),
    syncedAt: text('synced_at'),
  },
  (t) => [uniqueIndex('mail_folders_role_idx').on(t.role)],
);

/**
 * Mail written in the composer and sent through the connected mailbox. A row is stored before the
 * mail is handed to the server and marked 'sending' while it is, so a mail is never handed over
 * twice: one cut off mid-way is looked for in the Sent folder, never simply sent again. The
 * Message-ID is the mail's own, made here: the message event logged when it goes carries it, and a
 * sync that meets it in the Sent folder finds it logged already.
 */
export const mailOutbox = sqliteTable(
  'mail_outbox',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    messageId: text('message_id').notNull(),
    collaborationId: integer('collaboration_id')
      .notNull()
      .references(() => collaborations.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull().default(''),
    body: text('body').notNull(),
    kind: text('kind', { enum: TEMPLATE_KINDS }),
    templateId: text('template_id'),
    inReplyTo: text('in_reply_to'),
    references: text('references', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    materialIds: text('material_ids', { mode: 'json' }).$type<number[]>().notNull().default(sql`'[]'`),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    createdAt: text('created_at').notNull(),
    lastAttemptAt: text('last_attempt_at'),
    nextAttemptAt: text('next_attempt_at'),
    problem: text('problem', { mode: 'json' }).$type<OutboxProblem>(),
    sentAt: text('sent_at'),
    eventId: integer('event_id').references(() => events.id),
    sentCopy: text('sent_copy', { enum: SENT_COPIES }),
  },
  (t) => [uniqueIndex('mail_outbox_message_idx').on(t.messageId), index('mail_outbox_status_idx').on(t.status, t.nextAttemptAt)],
);
