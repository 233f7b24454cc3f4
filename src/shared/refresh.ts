import type { MutatingProcedureName, ProcedureName } from './api';

/*
 * What a change can alter, as the names (or `area.` prefixes) of the queries whose answers it may
 * change: after a change each page refreshes those and nothing else, once. The type asks for
 * every procedure that changes data, so a new one has to say what it touches.
 */

type Scope = 'everything' | 'data' | readonly string[];

/** Queries no ordinary change of data alters: the backups, the message templates, the settings, the clock, the feed's address. */
const APART_FROM_DATA = ['backup.', 'outreach.templates', 'settings.get', 'clock.now', 'calendar.feed'];

const SCOPES: Record<MutatingProcedureName, Scope> = {
  'influencers.create': 'data',
  'influencers.update': 'data',
  'campaigns.create': 'data',
  'campaigns.update': 'data',
  'collaborations.create': 'data',
  'collaborations.update': 'data',
  'collaborations.move': 'data',
  'collaborations.moveMany': 'data',
  'events.log': 'data',
  'contracts.save': 'data',
  'contracts.finalize': 'data',
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
