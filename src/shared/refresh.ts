import type { MutatingProcedureName, ProcedureName } from './api';

/*
 * What a change can alter, as the names (or `area.` prefixes) of the queries whose answers it may
 * change: after a change each page refreshes those and nothing else, once. The type asks for
 * every procedure that changes data, so a new one has to say what it touches.
 */

type Scope = 'everything' | 'data' | readonly string[];

/** Queries no ordinary change of data alters: the backups, the message templates, the settings, the clock, the feed's address, the mailbox's settings and connection. */
const APART_FROM_DATA = ['backup.', 'outreach.templates', 'settings.get', 'clock.now', 'calendar.feed', 'mail.settings.get', 'mail.test'];

const SCOPES: Record<MutatingProcedureName, Scope> = {
  'influencers.create': 'data',
  'influencers.update': 'data',
  'campaigns.create': 'data',
  'campaigns.update': 'data',
  // The rhythm moves reminders, suggestions and the nudges.
  'cadence.save': 'data',
  'collaborations.create': 'data',
  'collaborations.update': 'data',
  'collaborations.move': 'data',
  'collaborations.moveMany': 'data',
  'events.log': 'data',
  'mail.import': 'data',
  'mail.take': 'data',
  'mail.sync': 'data',
  // Placed mail is a message on a card (its clock, its health), and maybe a creator's new address.
  'mail.unassigned.assign': 'data',
  'mail.unassigned.dismiss': ['mail.unassigned.'],
  // Sent mail is a message on a card (its clock, its health); the outbox is read as data too.
  'mail.send': 'data',
  'mail.outbox.retry': 'data',
  'mail.outbox.cancel': ['mail.outbox.'],
  'mail.settings.remove': ['mail.settings.get', 'mail.test', 'mail.status'],
  'mail.settings.save': ['mail.settings.get', 'mail.test', 'mail.status'],
  'contracts.save': 'data',
  'contracts.finalize': 'data',
  'briefs.save': 'data',
  'deadlines.deliver': 'data',
  'deadlines.reopen': 'data',
  'deadlines.add': 'data',
  'deadlines.update': 'data',
  'deadlines.remove': 'data',
  'notifications.ack': ['notifications.'],
  'notifications.ackAll': ['notifications.'],
  'notifications.snooze': ['notifications.'],
  // A check records what fired in the history too.
  'notifications.check': ['notifications.', 'events.', 'evidence.'],
  'outreach.saveTemplate': ['outreach.'],
  'outreach.deleteTemplate': ['outreach.'],
  'outreach.logSent': 'data',
  'calendar.renewFeed': ['calendar.feed'],
  // The time zone and holidays move every deadline; the brand's name fills every message.
  'settings.update': 'everything',
  'strikes.add': 'data',
  'strikes.withdraw': 'data',
  'ratings.add': 'data',
  'disputes.open': 'data',
  'disputes.update': 'data',
  'deliverables.add': 'data',
  'deliverables.update': 'data',
  'metrics.record': 'data',
  'remedial.log': 'data',
  'payments.add': 'data',
  'shipments.add': 'data',
  'shipments.update': 'data',
  // The kit fills the support offer's message and the brief.
  'materials.add': 'data',
  'materials.remove': 'data',
  'amendments.add': 'data',
  'csv.import': 'data',
  'backup.create': ['backup.'],
  'backup.restore': 'everything',
  'backup.importJson': 'everything',
  'backup.setSecondFolder': ['backup.'],
  'sample.load': 'data',
  'sample.remove': 'data',
  'collaborations.archive': 'data',
  'collaborations.restore': 'data',
  'influencers.archive': 'data',
  'influencers.restore': 'data',
  'campaigns.archive': 'data',
  'campaigns.restore': 'data',
  'trash.add': 'data',
  'trash.restore': 'data',
  'trash.empty': 'data',
};

/** Whether the answer of query `query` may have changed after `change` succeeded. */
export function changes(change: ProcedureName | string, query: string): boolean {
  const scope = SCOPES[change as MutatingProcedureName] ?? 'everything';
  if (scope === 'everything') return true;
  const within = (names: readonly string[]) => names.some((n) => (n.endsWith('.') ? query.startsWith(n) : query === n));
  if (scope === 'data') return !within(APART_FROM_DATA);
  return within(scope);
}
