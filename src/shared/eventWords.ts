import { STRIKE_REASON_LABELS, type StrikeReason } from './accountability/schemas';
import { formatMoney } from './money';
import type { MessageChannel } from './schemas';
import { STAGE_LABELS, type Stage } from './stages';

/*
 * Each kind of event said in words, once: the timeline shows these, and the evidence pack prints
 * them, so a dispute reads the same on screen and on paper.
 */

/** As they read inside a sentence: "Message to the creator (email)". */
export const CHANNEL_LABELS: Record<MessageChannel, string> = { email: 'email', dm: 'DM', comment: 'comment', phone: 'phone', other: 'other' };

/** Events store the channel as written; an unexpected one is shown as it is. */
export const channelLabel = (channel: unknown): string => CHANNEL_LABELS[channel as MessageChannel] ?? String(channel);

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

export interface EventWords {
  title: string;
  detail?: string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function describeEvent(type: string, d: Record<string, unknown>): EventWords {
  switch (type) {
    case 'collaboration.created':
      return { title: `Collaboration started in ${STAGE_LABELS[d.stage as Stage] ?? String(d.stage)}` };
    case 'collaboration.moved':
      return { title: `Moved from ${STAGE_LABELS[d.from as Stage] ?? String(d.from)} to ${STAGE_LABELS[d.to as Stage] ?? String(d.to)}`, detail: text(d.note) };
    case 'collaboration.updated':
      return { title: `Changed ${Object.keys((d.changes as object) ?? {}).map((k) => FIELD_LABELS[k] ?? k).join(', ')}` };
    case 'note':
      return { title: 'Note', detail: String(d.text ?? '') };
    case 'contract.finalized':
      return { title: `Contract version ${String(d.version)} finalized`, detail: `SHA-256 ${String(d.sha256)}` };
    case 'milestone.delivered': {
      const late = Number(d.daysLate ?? 0);
      const when = late > 0 ? `${plural(late, 'day')} late` : 'on time';
      return { title: `${String(d.name)}: ${d.party === 'brand' ? 'done' : 'delivered'} ${when}`, detail: text(d.note) };
    }
    case 'milestone.reopened':
      return { title: `${String(d.name)}: reopened`, detail: String(d.reason ?? '') };
    case 'message': {
      const channel = channelLabel(d.channel);
      const title = d.direction === 'creator_to_brand' ? `Reply from the creator (${channel})` : `Message to the creator (${channel})`;
      return { title, detail: [d.subject, d.text].filter((x) => typeof x === 'string' && x !== '').join(' — ') };
    }
    case 'notification.fired':
      return { title: `Reminder: ${String(d.title)}` };
    case 'strike.added':
      return { title: `Strike: ${STRIKE_REASON_LABELS[d.reason as StrikeReason] ?? String(d.reason)}`, detail: text(d.note) };
    case 'strike.withdrawn':
      return { title: 'Strike withdrawn', detail: text(d.reason) };
    case 'creator.deactivated':
      return { title: `Creator made inactive (${plural(Number(d.activeStrikes ?? 0), 'active strike')})` };
    case 'creator.reactivated':
      return { title: 'Creator active again', detail: text(d.text) };
    case 'rating.added': {
      const scores = `communication ${String(d.communication)}/5, timeliness ${String(d.timeliness)}/5, content ${String(d.quality)}/5`;
      return { title: `${d.replaced ? 'Rating changed' : 'Rated'}: ${scores}`, detail: [d.wouldWorkAgain ? 'Would work with them again.' : 'Would not work with them again.', text(d.note)].filter(Boolean).join(' ') };
    }
    case 'dispute.opened':
      return { title: 'Dispute opened', detail: text(d.issue) };
    case 'dispute.updated': {
      if (typeof d.resolvedOn === 'string') return { title: `Dispute settled on ${d.resolvedOn}`, detail: text(d.outcome) };
      if (d.resolvedOn === null) return { title: 'Dispute reopened' };
      if (typeof d.addStep === 'string') return { title: 'Mediation step', detail: d.addStep };
      const fields = Object.keys(d).filter((k) => k !== 'disputeId').map((k) => FIELD_LABELS[k] ?? k);
      return { title: `Dispute changed: ${fields.join(', ')}`, detail: text(d.outcome) };
    }
    case 'deliverable.added':
      return { title: `Post added: ${text(d.title) ?? text(d.url) ?? String(d.platform)}` };
    case 'metrics.recorded':
      return { title: typeof d.views === 'number' ? `Numbers recorded: ${d.views.toLocaleString('en-US')} views` : 'Numbers recorded' };
    case 'metrics.imported':
      return { title: `Numbers imported: ${plural(Number(d.rows ?? 0), 'reading')}` };
    case 'remedial.step':
      return { title: `Remedial step: ${String(d.title ?? d.step)}`, detail: text(d.note) };
    default:
      return { title: type };
  }
}

/** "3 days late × €50.00 a day = €150.00 (cap €500.00)", the sum a deduction comes from. */
export function deductionWords(p: { daysLate: number; daysCharged: number; perDayMinor: number; capMinor: number; deductionMinor: number; capReached: boolean }, currency: string): string {
  const money = (minor: number) => formatMoney(minor, currency);
  if (p.daysLate === 0) return 'Nothing is late: no deduction.';
  const grace = p.daysCharged < p.daysLate ? ` (${plural(p.daysLate - p.daysCharged, 'grace day')} not charged)` : '';
  const sum = `${plural(p.daysCharged, 'day')} charged${grace} × ${money(p.perDayMinor)} a day`;
  return p.capReached ? `${sum}, capped at ${money(p.capMinor)}: ${money(p.deductionMinor)}.` : `${sum} = ${money(p.deductionMinor)} (cap ${money(p.capMinor)}).`;
}
