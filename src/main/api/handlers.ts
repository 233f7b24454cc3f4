import type { MutatingProcedureName, ParsedInput, ProcedureName, ProcedureOutput } from '../../shared/api';
import { readBoard } from '../services/board';
import { exportCalendar, listCalendar } from '../services/calendar';
import { calendarFeed, renewCalendarFeed } from '../services/calendarFeed';
import { readClock } from '../services/clock';
import { createCampaign, getCampaign, listCampaigns, updateCampaign } from '../services/campaigns';
import { getCadence, saveCadence } from '../services/cadence';
import {
  createCollaboration,
  getCollaboration,
  moveCollaboration,
  updateCollaboration,
} from '../services/collaborations';
import { moveCollaborations } from '../services/moveMany';
import { openDispute, listDisputes, updateDispute } from '../services/accountability/disputes';
import { evidenceDocument, evidencePack } from '../services/accountability/evidence';
import { addRating, listRatings } from '../services/accountability/ratings';
import { getReliability, listReliability } from '../services/accountability/reliability';
import { getStanding } from '../services/accountability/standing';
import { trackRecord } from '../services/accountability/trackRecord';
import { mailStatus, syncNow } from '../services/mail/syncNow';
import { cancelOutbox, retryOutbox, sendMail } from '../services/mail/outbox';
import { listOutbox } from '../services/mail/outboxRows';
import { MAIL_BODY_MAX } from '../../shared/mail/outbox';
import { addStrike, listStrikes, withdrawStrike } from '../services/accountability/strikes';
import { backupFolders, backUpNow, listBackupsOf, restoreBackup, setSecondFolder } from '../services/backup';
import { exportJson, importJson } from '../services/backupJson';
import type { Ctx } from '../services/context';
import { exportCsv } from '../services/csv/exportCsv';
import { previewImport, runImport } from '../services/csv/importCsv';
import { readCsvFile } from '../services/csv/source';
import { addDeliverable, listDeliverables, listSnapshots, recordSnapshot, updateDeliverable } from '../services/metrics/deliverables';
import { campaignDashboard, collaborationPerformance } from '../services/metrics/performance';
import { remedialPlan, logRemedialStep } from '../services/metrics/remedial';
import { addPayment, ledgerOf, listPayments } from '../services/payments';
import { addDeadline, removeDeadline, updateDeadline } from '../services/ownDates';
import { addShipment, listShipments, updateShipment } from '../services/shipments';
import { addMaterial, listMaterials, readMaterial, removeMaterial } from '../services/materials';
import { addAmendment, amendmentLetter, listAmendments } from '../services/amendments';
import { campaignReport } from '../services/metrics/report';
import { verifyChain } from '../db/eventChain';
import { contractDocxFor, finalizeContract, getContract, presetForCollaboration, renderContractFor, saveContract } from '../services/contracts';
import { listDeadlines } from '../services/deadlineList';
import { briefDocxFor, getBrief, renderBriefFor, saveBrief } from '../services/briefs';
import { deliverMilestone, reopenMilestone } from '../services/deadlines';
import { listEvents, logEvent, logSent } from '../services/events';
import { importMail, takeGivenMail } from '../services/mail/importMail';
import { assignUnassigned, dismissUnassigned, listUnassigned } from '../services/mail/unassigned';
import { testMailConnection } from '../services/mailbox/connectionTest';
import { getMailSettings, removeMailSettings, saveMailSettings } from '../services/mailbox/settings';
import { composeMessage } from '../services/outreach/compose';
import { listNudges, suggestFor } from '../services/outreach/suggest';
import { deleteTemplate, listTemplates, saveTemplate } from '../services/outreach/templates';
import { createCreator, getCreator, listCreators, updateCreator } from '../services/influencers';
import { ackAllNotifications, ackNotifications, dueNow, listNotifications, reminderCounts, snoozeNotifications } from '../services/notifications';
import { checkReminders } from '../services/reminders/tick';
import { loadSampleData } from '../services/sample';
import { archiveCampaign, archiveCollaborations, archiveCreator, restoreCampaign, restoreCollaboration, restoreCreator } from '../services/archive/archive';
import { removeSampleData } from '../services/archive/sampleRemove';
import { emptyTrash, listTrash, putInTrash, restoreFromTrash } from '../services/archive/trash';
import { getSettings } from '../services/settings';
import { updateSettings } from '../services/settingsUpdate';
import { ensureRoomFor } from '../db/room';

/**
 * Procedures whose service answers with a promise: the Word library builds its files
 * asynchronously, the mail parser reads a mail as a stream, and a connection test waits for the servers.
 */
export type AsyncProcedureName = 'contracts.docx' | 'briefs.docx' | 'mail.import' | 'mail.test' | 'mail.sync' | 'mail.send' | 'mail.outbox.retry';

/**
 * Procedures that change data but cannot run inside the dispatcher's write transaction: SQLite
 * refuses VACUUM INTO (a backup) inside one, and a restore or an import closes the connection and
 * puts another file in its place. Each checks its own writes, and refuses first when the disk has no
 * room for what it writes; every other change is one transaction. A material's file and its row
 * are two writes, each undone if the other fails: the row's commit must be seen failing.
 */
export const WRITES_OUTSIDE_TRANSACTION: ReadonlySet<string> = new Set<MutatingProcedureName>([
  'backup.create',
  'backup.restore',
  'backup.importJson',
  'materials.add',
  'materials.remove',
  // Its mail is read first, asynchronously; what it stores is then one write transaction of its own.
  'mail.import',
  // The password goes to the secrets store, outside the database: it is kept first, and put back
  // if the settings' own write then fails; disconnecting deletes the settings first.
  'mail.settings.save',
  'mail.settings.remove',
  // It waits on the mail server between batches; each batch and its place in the folder are one write transaction of their own.
  'mail.sync',
  // A mail is stored in the outbox (one write), waits on the SMTP server, then is marked sent with its message event (another).
  'mail.send',
  'mail.outbox.retry',
]);

type HandlerOutput<K extends ProcedureName> = K extends AsyncProcedureName ? Promise<ProcedureOutput<K>> : ProcedureOutput<K>;

export type Handlers = { [K in ProcedureName]: (ctx: Ctx, input: ParsedInput<K>) => HandlerOutput<K> };

/** Every procedure of the contract mapped to its service; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  'influencers.create': createCreator,
  'influencers.update': updateCreator,
  'influencers.get': (ctx, { id }) => getCreator(ctx, id),
  'influencers.list': listCreators,

  'campaigns.create': createCampaign,
  'campaigns.update': updateCampaign,
  'campaigns.get': (ctx, { id }) => getCampaign(ctx, id),
  'campaigns.list': listCampaigns,
  'cadence.get': getCadence,
  'cadence.save': saveCadence,

  'collaborations.create': createCollaboration,
  'collaborations.update': updateCollaboration,
  'collaborations.get': (ctx, { id }) => getCollaboration(ctx, id),
  'collaborations.board': readBoard,
  'collaborations.move': moveCollaboration,
  'collaborations.moveMany': moveCollaborations,

  'events.list': listEvents,
  'events.log': logEvent,

  'mail.import': importMail,
  'mail.take': takeGivenMail,
  'mail.unassigned.list': (ctx) => listUnassigned(ctx),
  'mail.unassigned.assign': assignUnassigned,
  'mail.unassigned.dismiss': dismissUnassigned,
  'mail.settings.get': (ctx) => getMailSettings(ctx),
  'mail.settings.remove': (ctx) => removeMailSettings(ctx),
  'mail.settings.save': saveMailSettings,
  'mail.test': (ctx, input) => testMailConnection(ctx, input),
  'mail.sync': (ctx) => syncNow(ctx),
  'mail.status': (ctx) => mailStatus(ctx),
  'mail.send': (ctx, input) => {
    ensureRoomFor(ctx.db.$client, { mailOf: Buffer.byteLength(input.body) + Buffer.byteLength(input.subject ?? '') });
    return sendMail(ctx, input);
  },
  'mail.outbox.list': listOutbox,
  'mail.outbox.cancel': cancelOutbox,
  'mail.outbox.retry': (ctx, input) => {
    // Any queued mail may be tried: room for the longest one a UTF-8 text can be.
    ensureRoomFor(ctx.db.$client, { mailOf: 4 * MAIL_BODY_MAX });
    return retryOutbox(ctx, input);
  },

  'contracts.get': (ctx, { collaborationId }) => getContract(ctx, collaborationId),
  'contracts.preset': presetForCollaboration,
  'contracts.save': saveContract,
  'contracts.finalize': finalizeContract,
  'contracts.render': renderContractFor,
  'contracts.docx': contractDocxFor,

  'briefs.get': getBrief,
  'briefs.save': saveBrief,
  'briefs.render': renderBriefFor,
  'briefs.docx': briefDocxFor,

  'deadlines.list': listDeadlines,
  'deadlines.deliver': deliverMilestone,
  'deadlines.reopen': reopenMilestone,
  'deadlines.add': addDeadline,
  'deadlines.update': updateDeadline,
  'deadlines.remove': removeDeadline,

  'notifications.list': listNotifications,
  'notifications.ack': ackNotifications,
  'notifications.snooze': snoozeNotifications,
  'notifications.due': dueNow,
  'notifications.check': (ctx) => checkReminders(ctx),
  'notifications.ackAll': (ctx) => ackAllNotifications(ctx),
  'notifications.counts': reminderCounts,

  'outreach.templates': listTemplates,
  'outreach.saveTemplate': saveTemplate,
  'outreach.deleteTemplate': deleteTemplate,
  'outreach.compose': composeMessage,
  'outreach.suggest': suggestFor,
  'outreach.nudges': listNudges,
  'outreach.logSent': logSent,

  'calendar.list': listCalendar,
  'calendar.ics': exportCalendar,
  'calendar.feed': calendarFeed,
  'calendar.renewFeed': renewCalendarFeed,

  'clock.now': (ctx) => readClock(ctx),

  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': updateSettings,

  'strikes.add': addStrike,
  'strikes.withdraw': withdrawStrike,
  'strikes.list': listStrikes,
  'influencers.standing': (ctx, input) => getStanding(ctx, input.id),
  'influencers.trackRecord': trackRecord,
  'ratings.add': addRating,
  'ratings.list': listRatings,
  'reliability.get': getReliability,
  'reliability.list': listReliability,
  'disputes.open': openDispute,
  'disputes.update': updateDispute,
  'disputes.list': listDisputes,
  'events.verify': (ctx, input) => verifyChain(ctx.db.$client, input.head),
  'evidence.pack': evidencePack,
  'evidence.render': evidenceDocument,
  'deliverables.add': addDeliverable,
  'deliverables.update': updateDeliverable,
  'deliverables.list': listDeliverables,
  'metrics.record': recordSnapshot,
  'metrics.list': listSnapshots,
  'metrics.performance': collaborationPerformance,
  'campaigns.dashboard': campaignDashboard,
  'campaigns.report': campaignReport,
  'remedial.plan': remedialPlan,
  'remedial.log': logRemedialStep,
  'payments.add': addPayment,
  'payments.list': listPayments,
  'ledger.get': ledgerOf,
  'shipments.add': addShipment,
  'shipments.update': updateShipment,
  'shipments.list': listShipments,
  'materials.add': addMaterial,
  'materials.list': listMaterials,
  'materials.remove': removeMaterial,
  'materials.read': readMaterial,
  'amendments.add': addAmendment,
  'amendments.list': listAmendments,
  'amendments.letter': amendmentLetter,
  'csv.read': (_ctx, input) => readCsvFile(input),
  'csv.preview': previewImport,
  'csv.import': runImport,
  'csv.export': exportCsv,
  'backup.create': (ctx) => {
    ensureRoomFor(ctx.db.$client, { backupOf: 'database' });
    return backUpNow(ctx);
  },
  'backup.list': (ctx) => listBackupsOf(ctx),
  'backup.restore': (ctx, input) => {
    ensureRoomFor(ctx.db.$client, { restoreOf: input.name });
    return restoreBackup(ctx, input);
  },
  'backup.folders': (ctx) => backupFolders(ctx),
  'backup.setSecondFolder': setSecondFolder,
  'backup.exportJson': (ctx) => exportJson(ctx),
  'backup.importJson': (ctx, input) => {
    ensureRoomFor(ctx.db.$client, { importOf: input.json });
    return importJson(ctx, input);
  },
  'sample.load': (ctx) => loadSampleData(ctx),
  'sample.remove': (ctx) => removeSampleData(ctx),
  'collaborations.archive': archiveCollaborations,
  'collaborations.restore': restoreCollaboration,
  'influencers.archive': archiveCreator,
  'influencers.restore': restoreCreator,
  'campaigns.archive': archiveCampaign,
  'campaigns.restore': restoreCampaign,
  'trash.add': putInTrash,
  'trash.list': (ctx) => listTrash(ctx),
  'trash.restore': restoreFromTrash,
  'trash.empty': emptyTrash,
};
