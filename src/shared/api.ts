import { z } from 'zod';
import {
  Board,
  BoardInput,
  Campaign,
  CampaignCreateInput,
  CampaignListInput,
  CampaignUpdateInput,
  Collaboration,
  CollaborationCreateInput,
  CollaborationDetail,
  CollaborationUpdateInput,
  Creator,
  CreatorCreateInput,
  CreatorListInput,
  CreatorUpdateInput,
  EventListInput,
  EventLogInput,
  EventRecord,
  MoveInput,
  MoveManyInput,
  SampleLoadResult,
  Settings,
  SettingsUpdateInput,
} from './schemas';
import {
  ChainCheck,
  Dispute,
  DisputeListInput,
  DisputeOpenInput,
  DisputeUpdateInput,
  EvidenceDocument,
  EvidenceInput,
  EvidencePack,
  Rating,
  RatingAddInput,
  RatingListInput,
  Reliability,
  ReliabilityInput,
  ReliabilityListInput,
  Standing,
  Strike,
  StrikeAddInput,
  StrikeListInput,
  StrikeResult,
  StrikeWithdrawInput,
  VerifyInput,
} from './accountability/schemas';
import { TrackRecord, TrackRecordInput } from './accountability/trackRecord';
import { MailStatus, MailSyncOutcome } from './mail/sync';
import { MailSendInput, OutboxCancelInput, OutboxEntry, OutboxListInput, OutboxRetryInput } from './mail/outbox';
import {
  BackupCreated,
  BackupCreateInput,
  BackupFolders,
  BackupFoldersInput,
  BackupInfo,
  BackupListInput,
  BackupRestoreInput,
  JsonExport,
  JsonExportInput,
  JsonImportInput,
  JsonImportResult,
  RestoreResult,
  SecondFolderInput,
} from './backup/schemas';
import { Archived, ArchiveInput, BulkArchiveInput, RestoreInput, SampleRemoved, TrashEmptied, TrashEmptyInput, TrashInput, TrashItem } from './archive';
import { CardTab } from './cardTabSchema';
import { Shipment, ShipmentAddInput, ShipmentListInput, ShipmentUpdateInput } from './shipments/schemas';
import { Material, MaterialAddInput, MaterialFile, MaterialListInput, MaterialReadInput, MaterialRemoveInput } from './materials/schemas';
import { DeadlineAddInput, DeadlineRemoved, DeadlineRemoveInput, DeadlineUpdateInput } from './deadlines/ownSchemas';
import { Ledger, LedgerInput, Payment, PaymentAddInput, PaymentListInput } from './payments/schemas';
import { Amendment, AmendmentAddInput, AmendmentLetter, AmendmentLetterInput, AmendmentListInput } from './amendments/schemas';
import { FollowUp } from './rules/followUpSchema';
import { CsvExportInput, CsvFile, CsvImportInput, CsvReadInput, CsvReading, ImportPreview, ImportResult } from './csv/schemas';
import {
  CollaborationPerformance,
  Dashboard,
  DashboardInput,
  Deliverable,
  DeliverableAddInput,
  DeliverableListInput,
  DeliverableUpdateInput,
  PerformanceInput,
  RemedialLogInput,
  RemedialPlan,
  RemedialPlanInput,
  ReportDocument,
  ReportInput,
  Snapshot,
  SnapshotListInput,
  SnapshotRecordInput,
} from './metrics/schemas';
import { Id } from './fields';
import {
  ContractFinalizeInput,
  ContractDocx,
  ContractGetInput,
  ContractPresetInput,
  ContractRenderInput,
  ContractSaveInput,
  ContractState,
  Deadline,
  DeadlineList,
  DeadlineListInput,
  DeliverInput,
  RenderedContract,
  ReopenInput,
} from './contract/schemas';
import { ContractTerms } from './contract/terms';
import { BriefDocument, BriefDocx, BriefGetInput, BriefRenderInput, BriefSaveInput, BriefState } from './brief/apiSchemas';
import {
  Composed,
  ComposeInput,
  LogSentInput,
  NudgesInput,
  SuggestInput,
  Suggestion,
  Template,
  TemplateDeleteInput,
  TemplateListInput,
  TemplateSaveInput,
} from './outreach/schemas';
import { ClockReading } from './clock';
import { CalendarEntry, CalendarFeed, CalendarIcs, CalendarIcsInput, CalendarInput } from './calendar';
import { CadenceGetInput, CadenceSaveInput, CampaignCadence } from './cadence/schemas';
import { MailImportInput, MailSummary, MailTakeInput, UnassignedAssigned, UnassignedAssignInput, UnassignedDismissInput, UnassignedListInput, UnassignedMail } from './mail/schemas';
import { MailSettings, MailSettingsRemoveInput, MailSettingsSaveInput, MailTestInput, MailTestResult } from './mail/mailboxSchemas';
import {
  AckAllInput,
  CheckInput,
  DueInput,
  DueItem,
  NotificationAckInput,
  NotificationChangeResult,
  NotificationList,
  NotificationListInput,
  NotificationSnoozeInput,
  Pop,
  ReminderCounts,
  TickResult,
} from './reminders/schemas';

interface Procedure<I extends z.ZodType, O extends z.ZodType, M extends boolean = boolean> {
  input: I;
  output: O;
  /** Changes data: listeners (other windows, tabs) are told to refresh after it succeeds. */
  mutates: M;
  summary: string;
}

const query = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string): Procedure<I, O, false> => ({
  input,
  output,
  mutates: false,
  summary,
});
const command = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string): Procedure<I, O, true> => ({
  input,
  output,
  mutates: true,
  summary,
});

const ById = z.strictObject({ id: Id });
const Nothing = z.strictObject({});

/**
 * The public API: procedure name → input schema → output schema. The Electron IPC handler, the
 * browser host and the renderer client are all driven by this one table. Names are stable.
 */
export const procedures = {
  'influencers.create': command(CreatorCreateInput, Creator, 'Add a creator'),
  'influencers.update': command(CreatorUpdateInput, Creator, 'Change some fields of a creator'),
  'influencers.get': query(ById, Creator, 'One creator'),
  'influencers.list': query(CreatorListInput, z.array(Creator), 'Creators, by name (the archived ones with archived: true)'),

  'campaigns.create': command(CampaignCreateInput, Campaign, 'Add a campaign'),
  'campaigns.update': command(CampaignUpdateInput, Campaign, 'Change some fields of a campaign'),
  'campaigns.get': query(ById, Campaign, 'One campaign'),
  'campaigns.list': query(CampaignListInput, z.array(Campaign), 'Campaigns, by name (the archived ones with archived: true)'),
  'cadence.get': query(CadenceGetInput, CampaignCadence, "A campaign's check-in rhythm while content is made (first check-in N days after the product arrives, then every N days until the draft); the default one, flagged isDefault, when it has none"),
  'cadence.save': command(CadenceSaveInput, CampaignCadence, "Set a campaign's check-in rhythm (enabled, firstAfterArrivalDays 0–60, everyDays 1–60); null goes back to the default"),

  'collaborations.create': command(CollaborationCreateInput, Collaboration, 'Start a collaboration with a creator'),
  'collaborations.update': command(CollaborationUpdateInput, Collaboration, 'Change the terms or details of a collaboration'),
  'collaborations.get': query(ById, CollaborationDetail, 'One collaboration with its creator and campaign'),
  'collaborations.board': query(BoardInput, Board, 'Every card on the board, optionally filtered (the archived ones with archived: true)'),
  'collaborations.move': command(MoveInput, Collaboration, 'Move a collaboration to another stage (recorded as an event)'),
  'collaborations.moveMany': command(MoveManyInput, z.array(Collaboration), 'Move several collaborations to one stage: all move, or none does'),

  'events.list': query(EventListInput, z.array(EventRecord), 'The dated history, newest first'),
  'events.log': command(EventLogInput, EventRecord, 'Add a dated note or message to a collaboration; with an externalId, logging the same one again answers the first and changes nothing'),

  'mail.import': command(MailImportInput, MailSummary, "Import .eml files or .mbox exports (files: [{ name, base64 }], 50 MB together; collaborationId: the card they were dropped on): mail to or from a creator's address is logged as a message on its collaboration (by its thread, else the card, else the creator's most recent open one) or waits unassigned; the same Message-ID is never logged twice. Answers what went where"),
  'mail.take': command(MailTakeInput, MailSummary, 'Take mail already read elsewhere (a mailbox sync, a script) as values: matched, de-duplicated by Message-ID and logged exactly as mail.import does'),
  'mail.unassigned.list': query(UnassignedListInput, z.array(UnassignedMail), 'Mail waiting to be placed, newest first: from a creator with no open collaboration, or from an unknown address that mentions a creator (suggestedCreator)'),
  'mail.unassigned.assign': command(UnassignedAssignInput, UnassignedAssigned, "Place a waiting mail on a collaboration (logged with its Message-ID); placed on the suggested creator's, the sender's address becomes theirs unless rememberAddress is false"),
  'mail.unassigned.dismiss': command(UnassignedDismissInput, UnassignedMail, 'Leave a waiting mail out: not logged, and not taken again when imported again'),
  'mail.send': command(MailSendInput, OutboxEntry, "Send a message written in the composer to the collaboration's creator through the connected mailbox (SMTP), threaded on the latest mail of the conversation (In-Reply-To, References), with files of the campaign's kit attached (materialIds). Sent: logged at once as a message (the reply clock starts) and put in the Sent folder. Not sent (offline, a server problem): it waits in the outbox with the reason and is tried again with growing pauses; a mail is never handed to the server twice (its Message-ID)"),
  'mail.outbox.list': query(OutboxListInput, z.array(OutboxEntry), 'The outbox: messages waiting to be sent or refused (with the reason and the next try), then the last sent and cancelled, newest first; optionally one collaboration\'s'),
  'mail.outbox.cancel': command(OutboxCancelInput, OutboxEntry, 'Cancel a message still waiting in the outbox (queued or failed): it is never sent. A sent one, or one being handed over right now, is refused'),
  'mail.outbox.retry': command(OutboxRetryInput, z.array(OutboxEntry), 'Try the outbox now: the message given (queued or failed), or every queued one whose time has come. Answers each message tried, as it stands after'),
  'mail.settings.get': query(Nothing, MailSettings, 'The connected mailbox (or null): its IMAP and SMTP servers and user, whether a password is kept for it (never the password), where passwords are kept, and the providers Followthrough knows (presets)'),
  // Before save, so a caller that walks the procedures in order leaves a mailbox connected.
  'mail.settings.remove': command(MailSettingsRemoveInput, MailSettings, 'Disconnect the mailbox: its settings and the password kept for it are gone'),
  'mail.settings.save': command(MailSettingsSaveInput, MailSettings, 'Connect a mailbox or change its settings: the password goes to the keychain (desktop) or memory (browser host), never the database; left out, the one kept for the same user on the same servers stays. If the password cannot be kept safely, nothing is saved'),
  'mail.sync': command(Nothing, MailSyncOutcome, "Read what is new in the connected mailbox now (the inbox and the Sent folder, whatever its name): mail to or from a creator is taken as mail.import takes it, only new UIDs are read, and nothing is logged twice. Answers what was taken, or what is wrong with the connection (as mail.test words it)"),
  'mail.status': query(Nothing, MailStatus, "How the mailbox link is doing: connected, syncing now (with a first sync's progress), the last sync and the next, the last problem, each folder's place, and how much mail waits to be placed"),
  'mail.test': query(MailTestInput, MailTestResult, "Log in to the mailbox's IMAP and SMTP servers (the settings given, else the connected ones) and answer per side ok, with the inbox and the Sent folder found, or what is wrong: auth_failed (appPasswordNeeded), unreachable, certificate (with its SHA-256 to trust), tls_mismatch or other, with the server's own words"),

  'contracts.get': query(ContractGetInput, ContractState, 'The contract of a collaboration: draft, versions and warnings'),
  'contracts.preset': query(ContractPresetInput, ContractTerms, 'A preset (seeding, paid_video, paid_video_ads) filled in for a collaboration'),
  'contracts.save': command(ContractSaveInput, ContractState, 'Save the contract draft'),
  'contracts.finalize': command(ContractFinalizeInput, ContractState, 'Store the draft as an immutable, hashed version and count its deadlines'),
  'contracts.render': query(ContractRenderInput, RenderedContract, 'The printable HTML of the draft or of a finalized version'),
  'contracts.docx': query(ContractRenderInput, ContractDocx, 'The draft or a finalized version as a Word (.docx) file, base64-encoded'),

  'briefs.get': query(BriefGetInput, BriefState, "The creative brief of a campaign, or of a collaboration: its campaign's brief, the fields it sets itself, the brief the creator gets, their dates, the materials and the brief check's warnings"),
  'briefs.save': command(BriefSaveInput, BriefState, "Save a campaign's brief (content), or the fields a collaboration sets itself (override; a field the same as the campaign's, or left out, follows the campaign)"),
  'briefs.render': query(BriefRenderInput, BriefDocument, "A collaboration's one-page brief as a printable HTML document, in the creator's language unless one is asked for, optionally beside a second (print or save it as PDF)"),
  'briefs.docx': query(BriefRenderInput, BriefDocx, "A collaboration's one-page brief as a Word (.docx) file, base64-encoded"),

  'deadlines.list': query(DeadlineListInput, DeadlineList, 'Deadlines with their status, and the penalties so far (optional asOf)'),
  'deadlines.deliver': command(DeliverInput, Deadline, 'Mark a milestone delivered (or a brand duty done); recorded as an event'),
  'deadlines.reopen': command(ReopenInput, Deadline, 'Undo a delivery marked by mistake; recorded as an event'),
  'deadlines.add': command(DeadlineAddInput, Deadline, "Add one of the collaboration's own dates, agreed without a contract (post by, script or draft by a day, or anything else): it reminds and turns late like a contract's"),
  'deadlines.update': command(DeadlineUpdateInput, Deadline, "Move or rename one of the collaboration's own dates; a contract's milestone moves only by amendment"),
  'deadlines.remove': command(DeadlineRemoveInput, DeadlineRemoved, "Drop one of the collaboration's own dates that is no longer agreed; what was done stays on record"),

  'notifications.list': query(NotificationListInput, NotificationList, 'Reminders fired, unread first (the bell)'),
  'notifications.ack': command(NotificationAckInput, NotificationChangeResult, 'Acknowledge reminders: they stay quiet'),
  'notifications.ackAll': command(AckAllInput, NotificationChangeResult, 'Acknowledge every unread reminder'),
  'notifications.snooze': command(NotificationSnoozeInput, NotificationChangeResult, 'Hide reminders until a time (default: one day); then they pop up again'),
  'notifications.due': query(DueInput, z.array(DueItem), 'What needs attention at an instant (optional asOf), without recording anything'),
  'notifications.check': command(CheckInput, TickResult, 'Run the reminder check now (the app does it every minute)'),
  'notifications.counts': query(DueInput, ReminderCounts, 'Overdue, due today and due this week, and the next few deadlines'),

  'outreach.templates': query(TemplateListInput, z.array(Template), 'Message templates: the built-in ones and your own'),
  'outreach.saveTemplate': command(TemplateSaveInput, Template, 'Create or change one of your own templates (unknown variables are refused)'),
  'outreach.deleteTemplate': command(TemplateDeleteInput, z.object({ deleted: z.literal(true) }), 'Delete one of your own templates'),
  'outreach.compose': query(ComposeInput, Composed, 'A template filled in for a collaboration; missing values are listed'),
  'outreach.suggest': query(SuggestInput, Suggestion, 'The next message to send and why (optional asOf)'),
  'outreach.nudges': query(NudgesInput, z.array(Suggestion), 'Every collaboration that needs a message now, with the suggested rung'),
  'outreach.logSent': command(LogSentInput, EventRecord, 'Record a message as sent (starts the reply clock)'),

  'calendar.list': query(CalendarInput, z.array(CalendarEntry), 'Every dated obligation between two dates, optionally by campaign or creator'),
  'calendar.ics': query(CalendarIcsInput, CalendarIcs, 'All deadlines as an iCalendar (.ics) file'),
  'calendar.feed': query(Nothing, CalendarFeed, 'The live calendar feed (webcal:// on this computer) that calendar apps subscribe to, and whether it is served'),
  'calendar.renewFeed': command(Nothing, CalendarFeed, 'A new feed address: calendars subscribed to the old one stop getting updates'),

  'clock.now': query(Nothing, ClockReading, "The app's now, and whether it is pinned (FOLLOWTHROUGH_NOW): the page counts from it"),

  'settings.get': query(Nothing, Settings, 'Brand settings'),
  'settings.update': command(SettingsUpdateInput, Settings, 'Change brand settings'),

  'strikes.add': command(StrikeAddInput, StrikeResult, 'Give the creator of a collaboration a strike; at 3 active strikes they become inactive'),
  'strikes.withdraw': command(StrikeWithdrawInput, StrikeResult, 'Take a strike back, with a reason (recorded; nothing is deleted)'),
  'strikes.list': query(StrikeListInput, z.array(Strike), "A creator's or a collaboration's strikes, newest first, withdrawn ones included"),
  'influencers.standing': query(ById, Standing, 'Whether a creator may join new collaborations, and what they must complete first'),
  'influencers.trackRecord': query(TrackRecordInput, TrackRecord, "A creator's track record with the brand (optional asOf): collaborations by stage, deadlines on time and late, strikes, reliability, fees agreed and paid per currency, posts against their targets, and what they still owe elsewhere"),

  'ratings.add': command(RatingAddInput, Rating, 'Rate the creator of a completed or terminated collaboration (rating again replaces it)'),
  'ratings.list': query(RatingListInput, z.array(Rating), "A creator's or a collaboration's ratings"),
  'reliability.get': query(ReliabilityInput, Reliability, "A creator's reliability score, explained (optional asOf)"),
  'reliability.list': query(ReliabilityListInput, z.array(Reliability), 'The reliability of every creator (optional asOf)'),

  'disputes.open': command(DisputeOpenInput, Dispute, 'Open a dispute on a collaboration'),
  'disputes.update': command(DisputeUpdateInput, Dispute, 'Change a dispute: positions, linked events, a mediation step, the outcome, settle or reopen'),
  'disputes.list': query(DisputeListInput, z.array(Dispute), 'Disputes, newest first, optionally of one collaboration'),

  'events.verify': query(VerifyInput, ChainCheck, 'Check the hash chain of the whole history: intact, or the first link that does not hold'),
  'evidence.pack': query(EvidenceInput, EvidencePack, 'Everything that matters in a dispute about a collaboration, as data (the JSON export)'),
  'evidence.render': query(EvidenceInput, EvidenceDocument, 'The evidence pack as a printable HTML document (print or save it as PDF)'),

  'deliverables.add': command(DeliverableAddInput, Deliverable, 'Add a published post to a collaboration'),
  'deliverables.update': command(DeliverableUpdateInput, Deliverable, "Change a post's address, platform, title or publication time"),
  'deliverables.list': query(DeliverableListInput, z.array(Deliverable), "A collaboration's posts with their newest numbers"),
  'metrics.record': command(SnapshotRecordInput, Snapshot, "Record a post's numbers as read now (or at capturedAt)"),
  'metrics.list': query(SnapshotListInput, z.array(Snapshot), "Every reading of a post's numbers, oldest first"),
  'metrics.performance': query(PerformanceInput, CollaborationPerformance, "A collaboration's totals, rates and costs, judged against its campaign's targets"),
  'campaigns.dashboard': query(DashboardInput, Dashboard, "A campaign's performance: every collaboration, the totals, who is below target, and the numbers over time"),
  'campaigns.report': query(ReportInput, ReportDocument, 'The campaign report as a printable HTML document (print or save it as PDF)'),
  'remedial.plan': query(RemedialPlanInput, RemedialPlan, 'The remedial plan of a collaboration below target: the steps, which are done, and the next one'),
  'remedial.log': command(RemedialLogInput, EventRecord, 'Record a step of the remedial plan as taken'),
  'payments.add': command(PaymentAddInput, Payment, 'Record money paid to the creator (deposit, balance, bonus, shipping refund or other), on the day it was paid'),
  'payments.list': query(PaymentListInput, z.array(Payment), "A collaboration's payments, in the order they were paid"),
  'ledger.get': query(LedgerInput, Ledger, 'What a collaboration costs: fee, deduction so far, paid towards the fee and beside it, and what is still to pay'),
  'shipments.add': command(ShipmentAddInput, Shipment, "Record a parcel sent to the creator (carrier, tracking number, items, address, shipped / delivered / returned days); moveCard: true moves a delivered one's card to Product received, dated the day it arrived"),
  'shipments.update': command(ShipmentUpdateInput, Shipment, 'New facts about a parcel: a tracking number, the day it was delivered or came back (moveCard as for shipments.add)'),
  'shipments.list': query(ShipmentListInput, z.array(Shipment), "Shipments, newest first: of one collaboration, or all of them; view in_transit or arrived_no_post for the shipments page's lists"),
  'materials.add': command(MaterialAddInput, Material, "Add a file to a campaign's materials kit (kind manual, photos, reference_video, brand_story or other; the bytes as base64, 50 MB at most): copied beside the data, checked by its SHA-256; the same file twice in one kit is refused"),
  'materials.list': query(MaterialListInput, z.array(Material), "A campaign's materials kit, oldest first, with whether each file is there (removed: true adds the removed ones)"),
  'materials.remove': command(MaterialRemoveInput, Material, 'Take a material out of its kit: the row stays, marked removed, and its file is deleted'),
  'materials.read': query(MaterialReadInput, MaterialFile, "A material's file as base64, checked against its SHA-256, for a download"),
  'amendments.add': command(AmendmentAddInput, Amendment, 'Record a change agreed after the contract: a milestone moved to a later date, the late-delivery deduction waived in part or whole, or the fee changed'),
  'amendments.list': query(AmendmentListInput, z.array(Amendment), "A collaboration's amendments, oldest first, each marked whether the version it amends is still in force"),
  'amendments.letter': query(AmendmentLetterInput, AmendmentLetter, 'One amendment as a printable letter for both parties to sign, in the language(s) of the contract it amends unless one is asked for (print or save it as PDF)'),
  'csv.read': query(CsvReadInput, CsvReading, 'Read a CSV file’s bytes: the encoding (detected, or as chosen) and the other likely ones with their first lines, the columns, and the number format it appears to use'),
  'csv.preview': query(CsvImportInput, ImportPreview, 'Read a CSV of creators or metrics: the column mapping, a sample, and every problem, without importing'),
  'csv.import': command(CsvImportInput, ImportResult, 'Import a CSV of creators or metrics: all rows or none'),
  'csv.export': query(CsvExportInput, CsvFile, 'Creators, collaborations (with deadlines, lateness and deduction) or metrics as CSV'),

  'backup.create': command(BackupCreateInput, BackupCreated, 'Back up the database now (kept beside it, in backups/, and copied to the second folder if one is set); every copy is checked'),
  'backup.list': query(BackupListInput, z.array(BackupInfo), 'The backups, newest first, with what each holds: daily (7 kept), weekly (4), made by hand (10) and replaced data (5), here and in the second folder'),
  'backup.restore': command(BackupRestoreInput, RestoreResult, 'Replace the database with a backup that passes every check; the replaced data is kept as a backup'),
  'backup.folders': query(BackupFoldersInput, BackupFolders, 'Where backups go: the folder next to the data and the second folder, with what stops copies there'),
  'backup.setSecondFolder': command(SecondFolderInput, BackupFolders, 'Set (or, with null, clear) a second folder every backup is also copied to, such as an external drive'),
  'backup.exportJson': query(JsonExportInput, JsonExport, 'The whole database as JSON'),
  'backup.importJson': command(JsonImportInput, JsonImportResult, 'Replace all data with a JSON export of the same version (checked first; the replaced data is kept)'),

  'sample.load': command(Nothing, SampleLoadResult, 'Fill an empty workspace with example creators and collaborations'),
  'sample.remove': command(Nothing, SampleRemoved, 'Delete exactly the sample data (its history stays, marked); refused, naming it, if you recorded work of your own on it'),

  'collaborations.archive': command(BulkArchiveInput, Archived, 'Archive a collaboration (id) or several (ids): off the board, the calendar and the reminders, restorable'),
  'collaborations.restore': command(RestoreInput, Archived, 'Bring an archived collaboration back to the board (its creator and campaign must not be archived)'),
  'influencers.archive': command(ArchiveInput, Archived, 'Archive a creator none of whose collaborations is on the board'),
  'influencers.restore': command(RestoreInput, Archived, 'Bring an archived creator back'),
  'campaigns.archive': command(ArchiveInput, Archived, 'Archive a campaign none of whose collaborations is on the board'),
  'campaigns.restore': command(RestoreInput, Archived, 'Bring an archived campaign back'),
  'trash.add': command(TrashInput, TrashItem, 'Put in the trash what has no evidence value: a draft collaboration, a creator or campaign without collaborations'),
  'trash.list': query(Nothing, z.array(TrashItem), 'What is in the trash, and when each is deleted for good (30 days after)'),
  'trash.restore': command(TrashInput, TrashItem, 'Take something back out of the trash'),
  'trash.empty': command(TrashEmptyInput, TrashEmptied, 'Delete for good what is in the trash (optionally only what has been there olderThanDays); the history stays, marked'),
} as const;

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures;
/** What a caller may send (defaults not yet applied). */
export type ProcedureInput<K extends ProcedureName> = z.input<Procedures[K]['input']>;
/** What a handler receives (validated, defaults applied). */
export type ParsedInput<K extends ProcedureName> = z.output<Procedures[K]['input']>;
export type ProcedureOutput<K extends ProcedureName> = z.infer<Procedures[K]['output']>;

/** The procedures that change data (declared with `command`). */
export type MutatingProcedureName = { [K in ProcedureName]: Procedures[K]['mutates'] extends true ? K : never }[ProcedureName];

export const PROCEDURE_NAMES = Object.keys(procedures) as ProcedureName[];

export function isProcedureName(name: unknown): name is ProcedureName {
  return typeof name === 'string' && Object.hasOwn(procedures, name);
}

/** Server-pushed messages (SSE in the browser host, IPC in Electron). */
export const PushEvent = z.discriminatedUnion('type', [
  /** `origin`: the page that made the change, which has refreshed already and skips this notice. */
  z.object({ type: z.literal('changed'), procedure: z.string(), origin: z.string().optional() }),
  /** The reminder check fired or closed reminders; `pops` are the ones to show now. */
  z.object({ type: z.literal('reminders'), fired: z.number(), closed: z.number(), pops: z.array(Pop) }),
  /** A tray item or native notification was clicked: show this collaboration (on `tab` if given). */
  z.object({ type: z.literal('open'), collaborationId: Id, tab: CardTab.optional(), followUp: FollowUp.optional() }),
]);
export type PushEvent = z.infer<typeof PushEvent>;
