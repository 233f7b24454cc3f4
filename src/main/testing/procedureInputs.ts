import type { ProcedureName } from '../../shared/api';
import { SEED } from '../../shared/contract/fixtures';
import { presetTerms } from '../../shared/contract/presets';
import type { DeadlineList } from '../../shared/contract/schemas';
import type { NotificationList } from '../../shared/reminders/schemas';
import type { createDispatcher } from '../api/dispatcher';
import type { Amendment } from '../../shared/amendments/schemas';
import { addCalendarDays } from '../../shared/dates';

/*
 * One well-formed but wrong input and one valid input for every procedure, against the sample
 * data: the dispatcher tests and the fuzz tests start from these. The type forces a case for
 * every procedure of the contract.
 */

/** A mailbox on this computer where nothing listens: connecting to it is refused at once. */
const closedMailbox = {
  preset: 'custom',
  address: 'partnerships@lumen.example',
  user: 'partnerships@lumen.example',
  displayName: 'Lumen partnerships',
  imap: { host: '127.0.0.1', port: 1, security: 'tls' },
  smtp: { host: '127.0.0.1', port: 1, security: 'tls' },
  trustedCertificateSha256: null,
};
/** A mailbox whose servers are not there (port 1): a mail sent through it waits in the outbox. */
export const CLOSED_MAILBOX = { account: closedMailbox, password: 'abcd efgh ijkl mnop' };

/** One input per procedure that is well-formed JSON but wrong; the type forces a case for every procedure. */
export const BAD_INPUT: Record<ProcedureName, unknown> = {
  'influencers.create': { name: '   ', email: 'not-an-email' },
  'influencers.update': { id: 1, followers: -5 },
  'influencers.get': { id: 'one' },
  'influencers.list': { search: 42 },
  'campaigns.create': { name: 'Launch', currency: 'euro' },
  'campaigns.update': { id: 1, budgetMinor: 12.5 },
  'campaigns.get': { id: 0 },
  'campaigns.list': { archived: 'yes' },
  'cadence.get': { campaignId: 'first' },
  'cadence.save': { campaignId: 1, cadence: { enabled: true, firstAfterArrivalDays: 1, everyDays: 0 } },
  'collaborations.create': { creatorId: 1, feeMinor: -100 },
  'collaborations.update': { id: 1, publishBy: '2026-02-30' },
  'collaborations.get': {},
  'collaborations.board': { campaignId: -1 },
  'collaborations.move': { id: 1, to: 'done' },
  'collaborations.moveMany': { cards: [{ id: 1 }, { id: 1 }], to: 'negotiating' },
  'events.list': { limit: 5000 },
  'events.log': { collaborationId: 1, type: 'collaboration.moved', text: 'forged' },
  'mail.import': { files: [{ name: 'inbox.mbox', base64: 'not base64!' }] },
  'mail.take': { messages: [{ messageId: '', to: [], sentAt: 'yesterday' }] },
  'mail.unassigned.list': { all: true },
  'mail.unassigned.assign': { id: 1, collaborationId: 'first' },
  'mail.unassigned.dismiss': { id: 0 },
  'mail.settings.get': { password: true },
  'mail.settings.remove': { keepPassword: true },
  'mail.settings.save': { account: { ...closedMailbox, imap: { host: 'imap.example.com', port: 99_999, security: 'tls' } }, password: 'app-password' },
  'mail.test': { account: { ...closedMailbox, preset: 'hotmail' } },
  'mail.sync': { folder: 'INBOX' },
  'mail.status': { verbose: true },
  'mail.send': { collaborationId: 1, body: 'Hi {creator_name}, how is it going?', materialIds: [1, 1] },
  'mail.outbox.list': { collaborationId: 'first' },
  'mail.outbox.cancel': { id: 'all' },
  'mail.outbox.retry': { id: 0 },
  'contracts.get': { collaborationId: 'first' },
  'contracts.preset': { collaborationId: 1, preset: 'influencer_deluxe' },
  'contracts.save': { collaborationId: 1, terms: { preset: 'paid_video' } },
  'contracts.finalize': { collaborationId: 1, terms: { title: '' } },
  'contracts.render': { collaborationId: 1, version: 0 },
  'contracts.docx': { collaborationId: 1, version: 'latest' },
  'briefs.get': { campaignId: 1, collaborationId: 1 },
  'briefs.save': { campaignId: 1, content: { mustSay: ['x'.repeat(301)] } },
  'briefs.render': { collaborationId: 1, language: 'fr' },
  'briefs.docx': { collaborationId: 1, language: 'en', secondLanguage: 'en' },
  'deadlines.list': { asOf: 'yesterday' },
  'deadlines.deliver': { id: 1, at: '2026-13-01T00:00:00Z' },
  'deadlines.reopen': { id: 1, reason: '  ' },
  'deadlines.add': { collaborationId: 1, kind: 'other', dueDate: '2026-02-30' },
  'deadlines.update': { id: 1, dueDate: '1901-03-01' },
  'deadlines.remove': { id: 'one' },
  'notifications.list': { limit: 0 },
  'notifications.ack': { ids: [] },
  'notifications.ackAll': { ids: [1] },
  'notifications.snooze': { ids: [1], until: 'tomorrow' },
  'notifications.due': { asOf: '2026-03-02' },
  'notifications.check': { asOf: '2026-03-25T10:00:00Z' },
  'notifications.counts': { asOf: null },
  'outreach.templates': { language: 'fr' },
  'outreach.saveTemplate': { kind: 'warm_checkin', language: 'en', name: 'Mine', subject: 'Hi', body: 'Hello {creator_name}, use {discount_code}' },
  'outreach.deleteTemplate': { id: 'builtin:warm_checkin.en' },
  'outreach.compose': { collaborationId: 1, templateId: 'warm_checkin' },
  'outreach.suggest': { collaborationId: 1, asOf: 'now' },
  'outreach.nudges': { campaignId: 0 },
  'outreach.logSent': { collaborationId: 1, channel: 'pigeon', body: 'Hi' },
  'calendar.list': { from: '2026-03-31', to: '2026-03-01' },
  'calendar.ics': { campaignId: 'all' },
  'calendar.feed': { port: 1 },
  'calendar.renewFeed': { token: 'x' },
  'clock.now': { at: 'now' },
  'settings.get': { brand: 'x' },
  'settings.update': { timeZone: 'Mars/Olympus' },
  'strikes.add': { collaborationId: 1, reason: 'ghosting' },
  'strikes.withdraw': { id: 1, reason: '' },
  'strikes.list': {},
  'influencers.standing': { id: -3 },
  'influencers.trackRecord': { id: 1, asOf: 'yesterday' },
  'ratings.add': { collaborationId: 9, communication: 6, timeliness: 3, quality: 3, wouldWorkAgain: true },
  'ratings.list': { creatorId: 'mia' },
  'reliability.get': { creatorId: 1, asOf: '1 April' },
  'reliability.list': { sort: 'score' },
  'disputes.open': { collaborationId: 1, issue: '' },
  'disputes.update': { id: 1, resolvedOn: '2026-04-31' },
  'disputes.list': { collaborationId: 1.5 },
  'events.verify': { from: 1 },
  'evidence.pack': { collaborationId: 1, asOf: 'today' },
  'evidence.render': {},
  'deliverables.add': { collaborationId: 8, platform: 'myspace' },
  'deliverables.update': { id: 1, url: 'not a web address' },
  'deliverables.list': {},
  'metrics.record': { deliverableId: 1, views: -3 },
  'metrics.list': { deliverableId: 'first' },
  'metrics.performance': { collaborationId: 0 },
  'campaigns.dashboard': { campaignId: null },
  'campaigns.report': { campaignId: 1, format: 'pdf' },
  'remedial.plan': {},
  'remedial.log': { collaborationId: 8, step: 'shout' },
  'payments.add': { collaborationId: 8, kind: 'tip', paidOn: '2026-01-02', amountMinor: 100 },
  'payments.list': { collaborationId: 'eight' },
  'ledger.get': {},
  'shipments.add': { collaborationId: 8, carrier: 'pigeon', trackingNumber: 'x<y' },
  'shipments.update': { id: 1, shippedOn: '2026-03-05', deliveredOn: '2026-03-01' },
  'shipments.list': { view: 'lost' },
  'materials.add': { campaignId: 1, kind: 'poster', name: 'kit/manual.pdf', base64: 'not base64!' },
  'materials.list': { campaignId: 'first' },
  'materials.remove': { id: 0 },
  'materials.read': { ids: [1] },
  'amendments.add': { collaborationId: 8, kind: 'waiver', reason: 'Settled', amountMinor: 100, percent: 10 },
  'amendments.list': {},
  'amendments.letter': { eventId: 'first' },
  'csv.read': { base64: 'not base64!' },
  'csv.preview': { kind: 'invoices', csv: 'a' },
  'csv.import': { kind: 'creators', csv: '' },
  'csv.export': { kind: 'everything' },
  'backup.create': { now: true },
  'backup.list': { kind: 'daily' },
  'backup.restore': { name: '../../etc/passwd' },
  'backup.folders': { second: true },
  'backup.setSecondFolder': { folder: 'relative/folder' },
  'backup.exportJson': { tables: ['events'] },
  'backup.importJson': { json: '{"app":"followthrough","tables":[]}' },
  'sample.load': { force: true },
  'sample.remove': { force: true },
  'collaborations.archive': { ids: [] },
  'collaborations.restore': { id: 'first' },
  'influencers.archive': { id: -1 },
  'influencers.restore': {},
  'campaigns.archive': { id: 1.5 },
  'campaigns.restore': { ids: [1] },
  'trash.add': { kind: 'event', id: 1 },
  'trash.list': { all: true },
  'trash.restore': { kind: 'creator' },
  'trash.empty': { olderThanDays: -1 },
};

const paidVideo = presetTerms('paid_video', SEED);

/** The sample data has finalized contracts; the in-production card has open and delivered milestones. */
function sampleMilestone(dispatch: ReturnType<typeof createDispatcher>, delivered: boolean): number {
  const list = dispatch('deadlines.list', { openOnly: false });
  if (!list.ok) throw new Error(list.error.message);
  const found = (list.data as DeadlineList).deadlines.find((d) => d.party === 'creator' && (d.deliveredAt !== null) === delivered);
  if (!found) throw new Error('no such milestone in the sample data');
  return found.id;
}

/** A shipment of the sample data's second collaboration; one is recorded when there is none. */
function aShipment(dispatch: ReturnType<typeof createDispatcher>): number {
  const listed = dispatch('shipments.list', { collaborationId: 2 });
  const first = listed.ok ? (listed.data as { id: number }[])[0] : undefined;
  if (first) return first.id;
  const added = dispatch('shipments.add', { collaborationId: 2, carrier: 'ups', trackingNumber: '1Z999AA10123456784' });
  if (!added.ok) throw new Error(added.error.message);
  return (added.data as { id: number }).id;
}

/** A material in the kit of the sample's first campaign; one is added when there is none. */
function aMaterial(dispatch: ReturnType<typeof createDispatcher>): number {
  const listed = dispatch('materials.list', { campaignId: 1 });
  const first = listed.ok ? (listed.data as { id: number }[])[0] : undefined;
  if (first) return first.id;
  const added = dispatch('materials.add', nextMaterialFile());
  if (!added.ok) throw new Error(added.error.message);
  return (added.data as { id: number }).id;
}

/** A collaboration of the sample data with no contract in force (its deadlines are its own). */
export function uncontracted(dispatch: ReturnType<typeof createDispatcher>): number {
  const list = dispatch('deadlines.list', { openOnly: false });
  const board = dispatch('collaborations.board', {});
  if (!list.ok || !board.ok) throw new Error('the sample data could not be read');
  const contracted = new Set((list.data as DeadlineList).deadlines.filter((d) => d.contractVersion > 0).map((d) => d.collaborationId));
  const found = (board.data as { cards: { id: number }[] }).cards.find((c) => !contracted.has(c.id));
  if (!found) throw new Error('every sample collaboration has a contract');
  return found.id;
}

/** The open own dates of that collaboration, oldest first; one is added when there is none. */
function ownDates(dispatch: ReturnType<typeof createDispatcher>): { id: number }[] {
  const list = dispatch('deadlines.list', { collaborationId: uncontracted(dispatch), openOnly: true });
  if (!list.ok) throw new Error(list.error.message);
  const own = (list.data as DeadlineList).deadlines.filter((d) => d.contractVersion === 0).sort((a, b) => a.id - b.id);
  return own.length > 0 ? own : [{ id: addOwnDate(dispatch) }];
}

function addOwnDate(dispatch: ReturnType<typeof createDispatcher>): number {
  const added = dispatch('deadlines.add', { collaborationId: uncontracted(dispatch), kind: 'script', dueDate: '2026-04-05' });
  if (!added.ok) throw new Error(added.error.message);
  return (added.data as { id: number }).id;
}

/** A week more for an open, dated milestone of a contract in the sample data. */
function extension(dispatch: ReturnType<typeof createDispatcher>) {
  const list = dispatch('deadlines.list', { openOnly: true });
  if (!list.ok) throw new Error(list.error.message);
  const found = (list.data as DeadlineList).deadlines.find((d) => d.party === 'creator' && d.contractVersion > 0 && d.dueDate !== null);
  if (!found) throw new Error('no open dated milestone in the sample data');
  return { collaborationId: found.collaborationId, kind: 'extension', deadlineId: found.id, newDate: addCalendarDays(found.dueDate!, 7), requestedBy: 'creator', reason: 'Shipping was late' };
}

/** The sample data has an overdue milestone, so a reminder check fires at least one notification. */
function firedNotification(dispatch: ReturnType<typeof createDispatcher>): number {
  dispatch('notifications.check', {});
  const list = dispatch('notifications.list', { all: true });
  if (!list.ok) throw new Error(list.error.message);
  const first = (list.data as NotificationList).items[0];
  if (!first) throw new Error('no reminder fired for the sample data');
  return first.id;
}

export const VALID_INPUT: Record<ProcedureName, unknown> = {
  'influencers.create': { name: 'Ada Lovelace', email: 'ada@example.com' },
  'influencers.update': { id: 1, followers: 50_000 },
  'influencers.get': { id: 1 },
  'influencers.list': { search: 'mia' },
  'campaigns.create': { name: 'Autumn', currency: 'USD' },
  'campaigns.update': { id: 1, budgetMinor: 1250 },
  'campaigns.get': { id: 1 },
  'campaigns.list': {},
  'cadence.get': { campaignId: 1 },
  'cadence.save': { campaignId: 1, cadence: { enabled: true, firstAfterArrivalDays: 2, everyDays: 10 } },
  'collaborations.create': { creatorId: 1, feeMinor: 10_000 },
  'collaborations.update': { id: 1, publishBy: '2026-03-22' },
  'collaborations.get': { id: 1 },
  'collaborations.board': {},
  'collaborations.move': { id: 1, to: 'negotiating' },
  'collaborations.moveMany': { cards: [{ id: 1 }, { id: 2 }], to: 'negotiating' },
  'events.list': { collaborationId: 1 },
  'events.log': { collaborationId: 1, type: 'note', text: 'Phoned; she will reply Friday' },
  // New Message-IDs each time: the same mail again is only counted as already logged.
  'mail.import': () => {
    mails += 1;
    return { files: [{ name: 'inbox.mbox', base64: Buffer.from(sampleMbox(mails)).toString('base64') }] };
  },
  'mail.take': () => {
    mails += 1;
    return { messages: [agencyMail(mails)] };
  },
  'mail.unassigned.list': {},
  // Placed on the suggested creator's collaboration, the agency's address becomes theirs (creators.other_emails).
  'mail.unassigned.assign': (dispatch: ReturnType<typeof createDispatcher>) => {
    const waiting = waitingMail(dispatch);
    const board = dispatch('collaborations.board', { creatorId: waiting.suggestedCreator?.id ?? waiting.creator?.id });
    const card = board.ok ? (board.data as { cards: { id: number }[] }).cards[0] : undefined;
    if (!card) throw new Error('the waiting mail’s creator has no collaboration');
    return { id: waiting.id, collaborationId: card.id };
  },
  'mail.unassigned.dismiss': (dispatch: ReturnType<typeof createDispatcher>) => ({ id: waitingMail(dispatch).id }),
  'mail.settings.get': {},
  'mail.settings.remove': {},
  'mail.settings.save': CLOSED_MAILBOX,
  // Nothing listens on port 1: both sides answer "unreachable" at once, without waiting for a timeout.
  'mail.test': { account: closedMailbox, password: 'abcd efgh ijkl mnop' },
  // Connected to a server that is not there: the sync answers what is wrong, and changes nothing.
  'mail.sync': (dispatch: ReturnType<typeof createDispatcher>) => {
    connectClosedMailbox(dispatch);
    return {};
  },
  'mail.status': {},
  // Connected to a server that is not there: the mail waits in the outbox with the reason.
  'mail.send': (dispatch: ReturnType<typeof createDispatcher>) => {
    connectClosedMailbox(dispatch);
    return { collaborationId: 1, subject: 'Your video', body: 'Hi Mia, how is the video going? Anything you need from us?' };
  },
  'mail.outbox.list': {},
  'mail.outbox.cancel': async (dispatch: ReturnType<typeof createDispatcher>) => ({ id: await queuedMail(dispatch) }),
  'mail.outbox.retry': async (dispatch: ReturnType<typeof createDispatcher>) => ({ id: await queuedMail(dispatch) }),
  'contracts.get': { collaborationId: 1 },
  'contracts.preset': { collaborationId: 1, preset: 'paid_video_ads' },
  'contracts.save': { collaborationId: 1, terms: paidVideo },
  'contracts.finalize': { collaborationId: 1, terms: paidVideo },
  'contracts.render': { collaborationId: 1 },
  'contracts.docx': { collaborationId: 1 },
  'briefs.get': { collaborationId: 1 },
  'briefs.save': { campaignId: 1, content: { product: 'Glow serum', mustSay: ['Lasts all day'], length: '60–90 s', contactName: 'Ana' } },
  'briefs.render': { collaborationId: 1, secondLanguage: 'zh' },
  'briefs.docx': { collaborationId: 1 },
  'deadlines.list': { asOf: '2026-04-01T12:00:00Z' },
  'deadlines.deliver': (dispatch: ReturnType<typeof createDispatcher>) => ({ id: sampleMilestone(dispatch, false) }),
  'deadlines.reopen': (dispatch: ReturnType<typeof createDispatcher>) => ({ id: sampleMilestone(dispatch, true), reason: 'Marked on the wrong card' }),
  'deadlines.add': (dispatch: ReturnType<typeof createDispatcher>) => ({ collaborationId: uncontracted(dispatch), kind: 'draft', dueDate: '2026-04-10' }),
  // The oldest own date is moved, the newest dropped: two are added before the disk fills (fullDiskTrial).
  'deadlines.update': (dispatch: ReturnType<typeof createDispatcher>) => ({ id: ownDates(dispatch)[0]!.id, dueDate: '2026-04-20' }),
  'deadlines.remove': (dispatch: ReturnType<typeof createDispatcher>) => {
    const dates = ownDates(dispatch);
    return { id: dates.length > 1 ? dates.at(-1)!.id : addOwnDate(dispatch), reason: 'No longer needed' };
  },
  'notifications.list': { all: true },
  'notifications.ack': (dispatch: ReturnType<typeof createDispatcher>) => ({ ids: [firedNotification(dispatch)] }),
  'notifications.snooze': (dispatch: ReturnType<typeof createDispatcher>) => ({ ids: [firedNotification(dispatch)] }),
  'notifications.ackAll': {},
  'notifications.due': { asOf: '2026-04-01T12:00:00Z' },
  'notifications.check': {},
  'notifications.counts': {},
  'outreach.templates': { language: 'zh' },
  'outreach.saveTemplate': { kind: 'warm_checkin', language: 'en', name: 'Mine', subject: 'Hi {creator_name}', body: 'Hello {creator_name}, how is {product}?' },
  'outreach.deleteTemplate': (dispatch: ReturnType<typeof createDispatcher>) => {
    const saved = dispatch('outreach.saveTemplate', { kind: 'thank_you', language: 'nl', name: 'Bedankt', subject: '', body: 'Dank je, {creator_name}!' });
    if (!saved.ok) throw new Error(saved.error.message);
    return { id: Number((saved.data as { id: string }).id.slice('user:'.length)) };
  },
  'outreach.compose': { collaborationId: 1, templateId: 'builtin:warm_checkin.nl' },
  'outreach.suggest': { collaborationId: 1 },
  'outreach.nudges': {},
  'outreach.logSent': { collaborationId: 1, channel: 'email', subject: 'Hi', body: 'How is it going?', kind: 'warm_checkin' },
  'calendar.list': { from: '2026-03-01', to: '2026-03-31', campaignId: 1 },
  'calendar.ics': {},
  'calendar.feed': {},
  'calendar.renewFeed': {},
  'clock.now': {},
  'settings.get': {},
  'settings.update': { brandName: 'Acme Kitchen' },
  'strikes.add': { collaborationId: 1, reason: 'poor_communication', note: 'No answer to three emails' },
  'strikes.withdraw': (dispatch: ReturnType<typeof createDispatcher>) => {
    const added = dispatch('strikes.add', { collaborationId: 2, reason: 'brief_not_followed' });
    if (!added.ok) throw new Error(added.error.message);
    return { id: (added.data as { strike: { id: number } }).strike.id, reason: 'The brief was unclear on our side' };
  },
  'strikes.list': { creatorId: 1 },
  'influencers.standing': { id: 1 },
  'influencers.trackRecord': { id: 1 },
  // The sample's ninth collaboration is completed.
  'ratings.add': { collaborationId: 9, communication: 4, timeliness: 5, quality: 4, wouldWorkAgain: true, note: 'Lovely to work with' },
  'ratings.list': { creatorId: 4 },
  'reliability.get': { creatorId: 1 },
  'reliability.list': {},
  'disputes.open': { collaborationId: 6, issue: 'The draft is late and the creator disputes the deduction' },
  'disputes.update': (dispatch: ReturnType<typeof createDispatcher>) => {
    // An open dispute is reused (the update leaves it open), so the update can be tried even when opening one would not fit on the disk.
    const listed = dispatch('disputes.list', { collaborationId: 6 });
    const open = listed.ok ? (listed.data as { id: number; resolvedOn: string | null }[]).find((d) => d.resolvedOn === null) : undefined;
    const opened = open ? { ok: true as const, data: open } : dispatch('disputes.open', { collaborationId: 6, issue: 'Usage rights' });
    if (!opened.ok) throw new Error(opened.error.message);
    return { id: (opened.data as { id: number }).id, addStep: 'Called the agent', outcome: 'Agreed on 30 days' };
  },
  'disputes.list': {},
  'events.verify': {},
  'evidence.pack': { collaborationId: 6 },
  'evidence.render': { collaborationId: 6 },
  // The sample's eighth collaboration is published, in the first campaign.
  'deliverables.add': { collaborationId: 8, platform: 'youtube', url: 'https://youtu.be/abc', title: 'Desk tour' },
  'deliverables.update': (dispatch: ReturnType<typeof createDispatcher>) => ({ id: samplePost(dispatch), title: 'Desk tour, part 2' }),
  'deliverables.list': { collaborationId: 8 },
  'metrics.record': (dispatch: ReturnType<typeof createDispatcher>) => ({ deliverableId: samplePost(dispatch), views: 12_400, likes: 800, costMinor: 45_000 }),
  'metrics.list': (dispatch: ReturnType<typeof createDispatcher>) => ({ deliverableId: samplePost(dispatch) }),
  'metrics.performance': { collaborationId: 8 },
  'campaigns.dashboard': { campaignId: 1 },
  'campaigns.report': { campaignId: 1 },
  'remedial.plan': { collaborationId: 8 },
  'remedial.log': { collaborationId: 8, step: 'talk', note: 'Called; the algorithm changed' },
  'payments.add': { collaborationId: 8, kind: 'bonus', paidOn: '2026-01-02', amountMinor: 5_000, method: 'Bank transfer', reference: 'INV-7' },
  'payments.list': { collaborationId: 8 },
  'ledger.get': { collaborationId: 8 },
  'shipments.add': { collaborationId: 2, carrier: 'dhl', trackingNumber: 'JD0146000012345', items: [{ sku: 'GS-30', name: 'Glow serum', quantity: 2, valueMinor: 2_250 }], shippedOn: '2026-01-02' },
  'shipments.update': (dispatch: ReturnType<typeof createDispatcher>) => ({ id: aShipment(dispatch), trackingNumber: 'JD0146000099999' }),
  'shipments.list': { view: 'in_transit' },
  // Other bytes each time: the same file twice in one kit is refused.
  'materials.add': () => nextMaterialFile(),
  'materials.list': { campaignId: 1, removed: true },
  'materials.remove': (dispatch: ReturnType<typeof createDispatcher>) => ({ id: aMaterial(dispatch) }),
  'materials.read': (dispatch: ReturnType<typeof createDispatcher>) => ({ id: aMaterial(dispatch) }),
  'amendments.add': (dispatch: ReturnType<typeof createDispatcher>) => extension(dispatch),
  'amendments.list': { collaborationId: 1 },
  'amendments.letter': (dispatch: ReturnType<typeof createDispatcher>) => {
    const added = dispatch('amendments.add', extension(dispatch));
    if (!added.ok) throw new Error(added.error.message);
    return { eventId: (added.data as Amendment).eventId };
  },
  'csv.read': { base64: Buffer.from('name,email\nZo\u00eb M\u00fcller,zoe@example.nl\n', 'latin1').toString('base64') },
  'csv.preview': { kind: 'creators', csv: 'name,email\nAda Lovelace,ada@example.com\n' },
  // A new name each time: a creator already there is refused.
  'csv.import': () => {
    imports += 1;
    return { kind: 'creators', csv: `name,email\nAda Lovelace ${imports},ada${imports}@example.com\n` };
  },
  'csv.export': { kind: 'collaborations' },
  'backup.create': {},
  'backup.list': {},
  'backup.restore': (dispatch: ReturnType<typeof createDispatcher>) => {
    const made = dispatch('backup.create', {});
    if (!made.ok) throw new Error(made.error.message);
    return { name: (made.data as { name: string }).name };
  },
  'backup.folders': {},
  // Clearing it: a folder set here would receive the copies of every later backup of the test.
  'backup.setSecondFolder': { folder: null },
  'backup.exportJson': {},
  'backup.importJson': (dispatch: ReturnType<typeof createDispatcher>) => {
    const exported = dispatch('backup.exportJson', {});
    if (!exported.ok) throw new Error(exported.error.message);
    return { json: (exported.data as { json: string }).json };
  },
  'sample.load': {},
  'sample.remove': {},
  'collaborations.archive': (dispatch: ReturnType<typeof createDispatcher>) => ({ ids: [firstCard(dispatch, false) ?? 1] }),
  'collaborations.restore': (dispatch: ReturnType<typeof createDispatcher>) => {
    const archived = firstCard(dispatch, true);
    if (archived !== null) return { id: archived };
    const id = firstCard(dispatch, false) ?? 1;
    made(dispatch, 'collaborations.archive', { id });
    return { id };
  },
  'influencers.archive': (dispatch: ReturnType<typeof createDispatcher>) => ({ id: newCreator(dispatch) }),
  'influencers.restore': (dispatch: ReturnType<typeof createDispatcher>) => {
    // One archived already first, as for the trash: making one takes two writes.
    const archived = firstArchived(dispatch, 'influencers.list');
    if (archived !== null) return { id: archived };
    const id = newCreator(dispatch);
    made(dispatch, 'influencers.archive', { id });
    return { id };
  },
  'campaigns.archive': (dispatch: ReturnType<typeof createDispatcher>) => ({ id: newCampaign(dispatch) }),
  'campaigns.restore': (dispatch: ReturnType<typeof createDispatcher>) => {
    const archived = firstArchived(dispatch, 'campaigns.list');
    if (archived !== null) return { id: archived };
    const id = newCampaign(dispatch);
    made(dispatch, 'campaigns.archive', { id });
    return { id };
  },
  'trash.add': (dispatch: ReturnType<typeof createDispatcher>) => ({ kind: 'campaign', id: newCampaign(dispatch) }),
  'trash.list': {},
  'trash.restore': (dispatch: ReturnType<typeof createDispatcher>) => {
    // What is in the trash already first: making something to restore takes two writes, which a
    // nearly full disk refuses more often than not, and the restore would then never be tried.
    const listed = dispatch('trash.list', {});
    const waiting = listed.ok ? (listed.data as { kind: string; id: number }[])[0] : undefined;
    if (waiting) return { kind: waiting.kind, id: waiting.id };
    const id = newCampaign(dispatch);
    made(dispatch, 'trash.add', { kind: 'campaign', id });
    return { kind: 'campaign', id };
  },
  'trash.empty': {},
};

let posts = 0;
let imports = 0;
let mails = 0;

/** A reply from a sample creator and an agency mail naming another one's handle, as a mailbox export. */
function sampleMbox(n: number): string {
  return [
    'From mia@example.com Fri Feb 27 10:15:00 2026',
    'From: Mia Janssen <mia@example.com>',
    'To: Ana <partnerships@lumen.example>',
    'Subject: Re: Spring kitchen launch',
    `Message-ID: <mia-${n}@example.com>`,
    'Date: Fri, 27 Feb 2026 11:15:00 +0100',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Hi Ana, the skillet arrived today. I will start filming next week!',
    '',
    'From bookings@talent.example Fri Feb 27 12:00:00 2026',
    `From: Talent Bookings <bookings${n}@talent.example>`,
    'To: partnerships@lumen.example',
    'Subject: Working with @jordanreviews',
    `Message-ID: <talent-${n}@talent.example>`,
    'Date: Fri, 27 Feb 2026 12:00:00 +0000',
    '',
    'Hello, we now manage @jordanreviews. Please send contracts to this address.',
    '',
  ].join('\n');
}

/** A mail from an agency nobody knows yet that names a sample creator's handle: it waits, unassigned. */
function agencyMail(n: number) {
  return {
    messageId: `<agency-${n}@agency.example>`,
    from: `lin.manager${n}@agency.example`,
    to: ['partnerships@lumen.example'],
    subject: 'Rates for linwei_home',
    text: 'Hello, I look after @linwei_home. Her rates for the spring are attached.',
    sentAt: '2026-02-28T10:00:00Z',
  };
}

/** The first mail waiting to be placed; one is taken in when none is. */
function waitingMail(dispatch: ReturnType<typeof createDispatcher>): { id: number; creator: { id: number } | null; suggestedCreator: { id: number } | null } {
  type Waiting = ReturnType<typeof waitingMail>;
  const listed = dispatch('mail.unassigned.list', {});
  const first = listed.ok ? (listed.data as Waiting[])[0] : undefined;
  if (first) return first;
  mails += 1;
  const taken = dispatch('mail.take', { messages: [agencyMail(mails)] });
  if (!taken.ok) throw new Error(taken.error.message);
  const again = dispatch('mail.unassigned.list', {});
  const made = again.ok ? (again.data as Waiting[])[0] : undefined;
  if (!made) throw new Error('no mail waits to be placed');
  return made;
}
let materialFiles = 0;

function connectClosedMailbox(dispatch: ReturnType<typeof createDispatcher>): void {
  const saved = dispatch('mail.settings.save', CLOSED_MAILBOX);
  if (saved instanceof Promise || !saved.ok) throw new Error('the mailbox could not be connected');
}


/** A mail waiting in the outbox: sent to a server that is not there. */
async function queuedMail(dispatch: ReturnType<typeof createDispatcher>): Promise<number> {
  connectClosedMailbox(dispatch);
  const sent = await dispatch('mail.send', { collaborationId: 1, body: 'Hi Mia, a quick check-in: how is the video going?' });
  if (!sent.ok) throw new Error(sent.error.message);
  return (sent.data as { id: number }).id;
}

export function nextMaterialFile() {
  materialFiles += 1;
  return { campaignId: 1, kind: 'manual', name: `Manual ${materialFiles}.pdf`, base64: Buffer.from(`%PDF-1.4 manual ${materialFiles}\n`).toString('base64') };
}
let extras = 0;

/** The first archived creator or campaign, if any. */
function firstArchived(dispatch: ReturnType<typeof createDispatcher>, list: 'influencers.list' | 'campaigns.list'): number | null {
  const listed = dispatch(list, { archived: true });
  return listed.ok ? ((listed.data as { id: number }[])[0]?.id ?? null) : null;
}

/** The first card on the board, or among the archived ones. */
function firstCard(dispatch: ReturnType<typeof createDispatcher>, archived: boolean): number | null {
  const board = dispatch('collaborations.board', { archived });
  return board.ok ? ((board.data as { cards: { id: number }[] }).cards[0]?.id ?? null) : null;
}

function made(dispatch: ReturnType<typeof createDispatcher>, name: 'collaborations.archive' | 'influencers.archive' | 'campaigns.archive' | 'trash.add', input: object): void {
  const result = dispatch(name, input);
  if (!result.ok) throw new Error(result.error.message);
}

/** A creator or campaign of its own, with no collaborations: one that may be archived or put in the trash. */
function newCreator(dispatch: ReturnType<typeof createDispatcher>): number {
  extras += 1;
  const result = dispatch('influencers.create', { name: `Extra creator ${extras}` });
  if (!result.ok) throw new Error(result.error.message);
  return (result.data as { id: number }).id;
}

function newCampaign(dispatch: ReturnType<typeof createDispatcher>): number {
  extras += 1;
  const result = dispatch('campaigns.create', { name: `Extra campaign ${extras}`, currency: 'EUR' });
  if (!result.ok) throw new Error(result.error.message);
  return (result.data as { id: number }).id;
}
function samplePost(dispatch: ReturnType<typeof createDispatcher>): number {
  // A post already there will do: preparing an input must not need room on a full disk.
  const listed = dispatch('deliverables.list', { collaborationId: 8 });
  if (listed.ok && (listed.data as { id: number }[]).length > 0) return (listed.data as { id: number }[])[0]!.id;
  posts += 1;
  const added = dispatch('deliverables.add', { collaborationId: 8, platform: 'instagram', url: `https://instagram.com/p/sample-${posts}` });
  if (!added.ok) throw new Error(added.error.message);
  return (added.data as { id: number }).id;
}

/** A valid input for the procedure; one that needs a mail sent first is made asynchronously. */
export const validInput = async (name: ProcedureName, dispatch: ReturnType<typeof createDispatcher>): Promise<unknown> => {
  const input = VALID_INPUT[name];
  return typeof input === 'function' ? await input(dispatch) : input;
};

