import { STRIKE_REASON_LABELS } from './accountability/schemas';
import { formatMoney } from './money';
import type { EventBody } from './events/schemas';
import type { MessageChannel } from './events/message';
import { STAGE_LABELS } from './stages';
import { supersededWords } from './rules/supersede';
import { PAYMENT_KIND_LABELS } from './payments/labels';
import { amendmentDetail, amendmentTitle } from './amendments/words';
import { CARRIER_LABELS } from './shipments/carriers';

/*
 * Each kind of event said in words, once: the timeline shows these, and the evidence pack prints
 * them, so a dispute reads the same on screen and on paper.
 */

/** As they read inside a sentence: "Message to the creator (email)". */
export const CHANNEL_LABELS: Record<MessageChannel, string> = { email: 'email', dm: 'DM', comment: 'comment', phone: 'phone', other: 'other' };

export const channelLabel = (channel: MessageChannel): string => CHANNEL_LABELS[channel];

const FIELD_LABELS: Record<string, string> = {
  creatorId: 'creator',
  campaignId: 'campaign',
  feeMinor: 'fee',
  currency: 'currency',
  product: 'product',
  productValueMinor: 'product value',
  startDate: 'start date',
  publishBy: 'publish-by date',
  signedOn: 'signing date',
  productReceivedOn: 'product received date',
  notes: 'notes',
  issue: 'issue',
  ourPosition: 'our position',
  creatorPosition: "creator's position",
  eventIds: 'linked events',
  outcome: 'outcome',
};
const fieldLabel = (key: string) => FIELD_LABELS[key] ?? key;

export interface EventWords {
  title: string;
  detail?: string;
}

const text = (value: string | undefined): string | undefined => (value === undefined || value === '' ? undefined : value);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Every type has its words: a type added without them does not compile. */
export function describeEvent(event: EventBody): EventWords {
  switch (event.type) {
    case 'collaboration.created':
      return { title: `Collaboration started in ${STAGE_LABELS[event.data.stage]}` };
    case 'collaboration.moved':
      return { title: `Moved from ${STAGE_LABELS[event.data.from]} to ${STAGE_LABELS[event.data.to]}`, detail: text(event.data.note) };
    case 'collaboration.updated':
      return event.data.byContractVersion === undefined
        ? { title: `Changed ${Object.keys(event.data.changes).map(fieldLabel).join(', ')}` }
        : { title: `Contract version ${event.data.byContractVersion} set the ${Object.keys(event.data.changes).map(fieldLabel).join(', ')}` };
    case 'note':
      return { title: 'Note', detail: event.data.text };
    case 'contract.finalized':
      return { title: `Contract version ${event.data.version} finalized`, detail: `SHA-256 ${event.data.sha256}` };
    case 'milestone.delivered': {
      const { name, party, daysLate, note } = event.data;
      const when = daysLate > 0 ? `${plural(daysLate, 'day')} late` : 'on time';
      return { title: `${name}: ${party === 'brand' ? 'done' : 'delivered'} ${when}`, detail: text(note) };
    }
    case 'milestone.superseded':
      return { title: `${event.data.name}: ${supersededWords(event.data.daysLate).toLowerCase()}` };
    case 'milestone.reopened':
      return { title: `${event.data.name}: reopened`, detail: event.data.reason };
    case 'message': {
      const { channel, direction, subject, text: said } = event.data;
      const title = direction === 'creator_to_brand' ? `Reply from the creator (${channelLabel(channel)})` : `Message to the creator (${channelLabel(channel)})`;
      return { title, detail: [subject, said].filter((x) => x !== undefined && x !== '').join(' — ') };
    }
    case 'notification.fired':
      return { title: `Reminder: ${event.data.title}` };
    case 'strike.added':
      return { title: `Strike: ${STRIKE_REASON_LABELS[event.data.reason]}`, detail: text(event.data.note) };
    case 'strike.withdrawn':
      return { title: 'Strike withdrawn', detail: text(event.data.reason) };
    case 'creator.deactivated':
      return { title: `Creator made inactive (${plural(event.data.activeStrikes, 'active strike')})` };
    case 'creator.reactivated':
      return { title: 'Creator active again', detail: text(event.data.text) };
    case 'rating.added': {
      const d = event.data;
      const scores = `communication ${d.communication}/5, timeliness ${d.timeliness}/5, content ${d.quality}/5`;
      return { title: `${d.replaced ? 'Rating changed' : 'Rated'}: ${scores}`, detail: [d.wouldWorkAgain ? 'Would work with them again.' : 'Would not work with them again.', text(d.note)].filter(Boolean).join(' ') };
    }
    case 'dispute.opened':
      return { title: 'Dispute opened', detail: text(event.data.issue) };
    case 'dispute.updated': {
      const { disputeId: _, ...changed } = event.data;
      if (changed.resolvedOn) return { title: `Dispute settled on ${changed.resolvedOn}`, detail: text(changed.outcome) };
      if (changed.resolvedOn === null) return { title: 'Dispute reopened' };
      if (changed.addStep !== undefined) return { title: 'Mediation step', detail: changed.addStep };
      return { title: `Dispute changed: ${Object.keys(changed).map(fieldLabel).join(', ')}`, detail: text(changed.outcome) };
    }
    case 'deliverable.added':
      return { title: `Post added: ${text(event.data.title) ?? text(event.data.url) ?? event.data.platform}` };
    case 'metrics.recorded':
      return { title: event.data.views === null ? 'Numbers recorded' : `Numbers recorded: ${event.data.views.toLocaleString('en-US')} views` };
    case 'metrics.imported':
      return { title: `Numbers imported: ${plural(event.data.rows, 'reading')}` };
    case 'visibility.changed':
      return { title: visibilityWords(event.data) };
    case 'remedial.step':
      return { title: `Remedial step: ${event.data.title}`, detail: text(event.data.note) };
    case 'payment.recorded':
      return {
        title: `Paid ${formatMoney(event.data.amountMinor, event.data.currency)}: ${PAYMENT_KIND_LABELS[event.data.kind].toLowerCase()}, on ${event.data.paidOn}`,
        detail: text([event.data.method, event.data.reference].filter(Boolean).join(' · ')),
      };
    case 'shipment.recorded':
      return { title: shipmentWords(event.data), detail: text(event.data.items.map((i) => `${i.quantity} × ${i.name}`).join(', ')) };
    case 'shipment.updated':
      return { title: shipmentChangeWords(event.data.changes) };
    case 'deadline.changed':
      return { title: ownDeadlineWords(event.data), detail: text(event.data.reason) };
    case 'amendment.recorded':
      return { title: `Amended: ${amendmentTitle(event.data)}`, detail: amendmentDetail(event.data) };
  }
}

/** "3 days late × €50.00 a day = €150.00 (cap €500.00)", the sum a deduction comes from. */
export function deductionWords(
  p: { daysLate: number; daysCharged: number; perDayMinor: number; capMinor: number; computedMinor: number; waivedMinor: number; deductionMinor: number; capReached: boolean },
  currency: string,
): string {
  const money = (minor: number) => formatMoney(minor, currency);
  if (p.daysLate === 0) return 'Nothing is late: no deduction.';
  const grace = p.daysCharged < p.daysLate ? ` (${plural(p.daysLate - p.daysCharged, 'grace day')} not charged)` : '';
  const sum = `${plural(p.daysCharged, 'day')} charged${grace} × ${money(p.perDayMinor)} a day`;
  const computed = p.capReached ? `${sum}, capped at ${money(p.capMinor)}: ${money(p.computedMinor)}.` : `${sum} = ${money(p.computedMinor)} (cap ${money(p.capMinor)}).`;
  return p.waivedMinor === 0 ? computed : `${computed} Waived by agreement: ${money(p.waivedMinor)}. Deducted: ${money(p.deductionMinor)}.`;
}

function shipmentWords({ carrier, trackingNumber, shippedOn, deliveredOn }: Extract<EventBody, { type: 'shipment.recorded' }>['data']): string {
  const how = [CARRIER_LABELS[carrier], trackingNumber].filter((p) => p && p !== 'Other').join(' ');
  const when = deliveredOn ? `, delivered ${deliveredOn}` : shippedOn ? `, shipped ${shippedOn}` : '';
  return `Shipment recorded${how ? ` (${how})` : ''}${when}`;
}

function shipmentChangeWords(changes: Record<string, { from: unknown; to: unknown }>): string {
  const delivered = changes.deliveredOn?.to;
  const returned = changes.returnedOn?.to;
  if (typeof delivered === 'string') return `Shipment delivered on ${delivered}`;
  if (typeof returned === 'string') return `Shipment returned on ${returned}`;
  return `Shipment updated: ${Object.keys(changes).map(shipmentField).join(', ')}`;
}

const shipmentField = (key: string) =>
  ({ carrier: 'carrier', trackingNumber: 'tracking number', items: 'items', address: 'address', shippedOn: 'shipped on', deliveredOn: 'delivered on', returnedOn: 'returned on' })[key] ?? key;

function ownDeadlineWords({ change, name, fromDate, toDate }: Extract<EventBody, { type: 'deadline.changed' }>['data']): string {
  if (change === 'added') return `Deadline agreed: “${name}” by ${toDate}`;
  if (change === 'moved') return `Deadline moved: “${name}” from ${fromDate} to ${toDate}`;
  if (change === 'renamed') return `Deadline renamed: “${name}”`;
  return `Deadline dropped: “${name}” (was ${fromDate})`;
}

const KIND_WORDS = { collaboration: 'Collaboration', creator: 'Creator', campaign: 'Campaign' } as const;

function visibilityWords({ kind, from, to, sample }: Extract<EventBody, { type: 'visibility.changed' }>['data']): string {
  const what = KIND_WORDS[kind];
  if (to === 'archived') return `${what} archived`;
  if (to === 'trashed') return `${what} moved to the trash`;
  if (to === 'deleted') return sample ? `${what} removed with the sample data` : `${what} deleted (the trash was emptied)`;
  return from === 'trashed' ? `${what} restored from the trash` : `${what} restored from the archive`;
}
