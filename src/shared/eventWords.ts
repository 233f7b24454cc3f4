import type { FlatNamespace, TFunction } from 'i18next';
import { formatIsoDate } from './dates';
import { formatMoney } from './money';
import type { EventBody } from './events/schemas';
import type { MessageChannel } from './events/message';
import { amendmentDetail, amendmentTitle } from './amendments/words';
import { deadlineName } from './deadlines/names';
import type { Say } from './i18n/createI18n';
import { carrierLabel } from './shipments/carriers';
import { reminderTitle } from './reminders/words';

/*
 * Each kind of event said in words, once: the timeline shows these, and the evidence pack prints
 * them, so a dispute reads the same on screen and on paper. The words are the catalogs' (namespace
 * `events`), in the language of the `t` the caller gives.
 */

/** Any translator: a component's `t` (whatever its namespaces) or a printout's. */
export type Words = TFunction<FlatNamespace>;

/** As it reads inside a sentence: "Message to the creator (email)". */
export const channelLabel = (channel: MessageChannel, t: Words): string => t(`channel.${channel}`, { ns: 'events' });

const FIELDS = [
  'creatorId',
  'campaignId',
  'feeMinor',
  'currency',
  'product',
  'productValueMinor',
  'startDate',
  'publishBy',
  'signedOn',
  'productReceivedOn',
  'notes',
  'issue',
  'ourPosition',
  'creatorPosition',
  'eventIds',
  'outcome',
  'expectsPost',
  'targets',
] as const;
const SHIPMENT_FIELDS = ['carrier', 'trackingNumber', 'items', 'address', 'shippedOn', 'deliveredOn', 'returnedOn'] as const;

const isOneOf = <T extends string>(list: readonly T[], key: string): key is T => (list as readonly string[]).includes(key);

// A field these words do not know (one added later) is named by its key rather than dropped.
function fieldList(keys: string[], t: Words): string {
  const names = keys.map((key) => (isOneOf(FIELDS, key) ? t(`field.${key}`, { ns: 'events' }) : key));
  return names.join(t('listSeparator', { ns: 'events' }));
}

function shipmentFieldList(keys: string[], t: Words): string {
  const names = keys.map((key) => (isOneOf(SHIPMENT_FIELDS, key) ? t(`shipmentField.${key}`, { ns: 'events' }) : key));
  return names.join(t('listSeparator', { ns: 'events' }));
}

export interface EventWords {
  title: string;
  detail?: string;
}

type Day = (isoDate: string | null | undefined) => string;

const text = (value: string | undefined): string | undefined => (value === undefined || value === '' ? undefined : value);

/**
 * Every type has its words: a type added without them does not compile. `intlTag` is the form money
 * (left out, the computer's own) and dates (left out, the app's "11 Jun 2026") are written in.
 */
export function describeEvent(event: EventBody, t: Words, intlTag?: string): EventWords {
  const ns = 'events';
  // A Chinese reader must not meet "2026-06-11 已发出": dates read as the pages and the evidence pack write them.
  const day: Day = (isoDate) => (isoDate ? formatIsoDate(isoDate, intlTag) : '');
  switch (event.type) {
    case 'collaboration.created':
      return { title: t('created', { ns, stage: t(`stage.${event.data.stage}`, { ns: 'domain' }) }) };
    case 'collaboration.moved':
      return { title: t('moved', { ns, from: t(`stage.${event.data.from}`, { ns: 'domain' }), to: t(`stage.${event.data.to}`, { ns: 'domain' }) }), detail: text(event.data.note) };
    case 'collaboration.updated': {
      const fields = fieldList(Object.keys(event.data.changes), t);
      return event.data.byContractVersion === undefined
        ? { title: t('changed', { ns, fields }) }
        : { title: t('changedByContract', { ns, version: event.data.byContractVersion, fields }) };
    }
    case 'note':
      return { title: t('note', { ns }), detail: event.data.text };
    case 'contract.finalized':
      return { title: t('contractFinalized', { ns, version: event.data.version }), detail: `SHA-256 ${event.data.sha256}` };
    case 'milestone.delivered': {
      const { party, daysLate, note, byPayment } = event.data;
      const name = nameOf(event.data, t);
      const title = daysLate > 0 ? t('deliveredLate', { ns, name, party, days: daysLate }) : t('deliveredOnTime', { ns, name, party });
      // Before payments said so by a flag, their note was the English word.
      return { title, detail: byPayment || note === PAID_NOTE ? t('settledByPayment', { ns }) : text(note) };
    }
    case 'milestone.superseded': {
      const { daysLate } = event.data;
      const name = nameOf(event.data, t);
      return { title: daysLate > 0 ? t('supersededLate', { ns, name, days: daysLate }) : t('superseded', { ns, name }) };
    }
    case 'milestone.reopened':
      return { title: t('reopened', { ns, name: nameOf(event.data, t) }), detail: event.data.reason };
    case 'message': {
      const { channel, direction, subject, text: said } = event.data;
      const title = t(direction === 'creator_to_brand' ? 'messageFromCreator' : 'messageToCreator', { ns, channel: channelLabel(channel, t) });
      return { title, detail: [subject, said].filter((x) => x !== undefined && x !== '').join(' — ') };
    }
    case 'notification.fired':
      // Earlier reminders kept an English title; later ones their facts, said in the reader's language.
      return {
        title: t('reminder', {
          ns,
          title: event.data.facts
            ? reminderTitle({ kind: event.data.kind, occurrence: event.data.occurrence, party: event.data.party ?? null, facts: event.data.facts }, { t })
            : (event.data.title ?? ''),
        }),
      };
    case 'strike.added':
      return { title: t('strike', { ns, reason: t(`strikeReason.${event.data.reason}`, { ns }) }), detail: text(event.data.note) };
    case 'strike.withdrawn':
      return { title: t('strikeWithdrawn', { ns }), detail: text(event.data.reason) };
    case 'creator.deactivated':
      return { title: t('deactivated', { ns, count: event.data.activeStrikes }) };
    case 'creator.reactivated':
      return { title: t('reactivated', { ns }), detail: text(event.data.text) };
    case 'rating.added': {
      const d = event.data;
      const scores = { communication: d.communication, timeliness: d.timeliness, quality: d.quality };
      const note = text(d.note);
      const detail =
        note === undefined
          ? t(d.wouldWorkAgain ? 'wouldWorkAgain' : 'wouldNotWorkAgain', { ns })
          : t(d.wouldWorkAgain ? 'wouldWorkAgainNote' : 'wouldNotWorkAgainNote', { ns, note });
      return { title: t(d.replaced ? 'ratingChanged' : 'rated', { ns, ...scores }), detail };
    }
    case 'dispute.opened':
      return { title: t('disputeOpened', { ns }), detail: text(event.data.issue) };
    case 'dispute.updated': {
      const { disputeId: _, ...changed } = event.data;
      if (changed.resolvedOn) return { title: t('disputeSettled', { ns, date: day(changed.resolvedOn) }), detail: text(changed.outcome) };
      if (changed.resolvedOn === null) return { title: t('disputeReopened', { ns }) };
      if (changed.addStep !== undefined) return { title: t('mediationStep', { ns }), detail: changed.addStep };
      return { title: t('disputeChanged', { ns, fields: fieldList(Object.keys(changed), t) }), detail: text(changed.outcome) };
    }
    case 'deliverable.added':
      return { title: t('postAdded', { ns, post: text(event.data.title) ?? text(event.data.url) ?? event.data.platform }) };
    case 'metrics.recorded':
      return { title: event.data.views === null ? t('numbersRecorded', { ns }) : t('numbersRecordedViews', { ns, views: event.data.views }) };
    case 'metrics.imported':
      return { title: t('numbersImported', { ns, rows: event.data.rows }) };
    case 'visibility.changed':
      return { title: visibilityWords(event.data, t) };
    case 'remedial.step':
      return { title: t('remedialStep', { ns, title: t(`remedial.step.${event.data.step}.title`, { ns: 'campaigns' }) }), detail: text(event.data.note) };
    case 'payment.recorded':
      return {
        title: t('paid', { ns, amount: formatMoney(event.data.amountMinor, event.data.currency, intlTag), kind: event.data.kind, date: day(event.data.paidOn) }),
        detail: text([event.data.method, event.data.reference].filter(Boolean).join(' · ')),
      };
    case 'shipment.recorded':
      return { title: shipmentWords(event.data, t, day), detail: text(event.data.items.map((i) => `${i.quantity} × ${i.name}`).join(', ')) };
    case 'shipment.updated':
      return { title: shipmentChangeWords(event.data.changes, t, day) };
    case 'deadline.changed':
      return { title: ownDeadlineWords(event.data, t, day), detail: text(event.data.reason) };
    case 'amendment.recorded':
      return { title: t('amended', { ns, title: amendmentTitle(event.data, t, intlTag) }), detail: amendmentDetail(event.data, t, intlTag) };
  }
}

/** "3 days late × €50.00 a day = €150.00 (cap €500.00)", the sum a deduction comes from. */
export function deductionWords(
  p: { daysLate: number; daysCharged: number; perDayMinor: number; capMinor: number; computedMinor: number; waivedMinor: number; deductionMinor: number; capReached: boolean },
  currency: string,
  t: Words,
  intlTag?: string,
): string {
  const ns = 'events';
  const money = (minor: number) => formatMoney(minor, currency, intlTag);
  if (p.daysLate === 0) return t('deduction.none', { ns });
  const sum = { charged: p.daysCharged, grace: Math.max(0, p.daysLate - p.daysCharged), perDay: money(p.perDayMinor), cap: money(p.capMinor), computed: money(p.computedMinor) };
  const computation = t(p.capReached ? 'deduction.capped' : 'deduction.uncapped', { ns, ...sum });
  return p.waivedMinor === 0 ? computation : t('deduction.waived', { ns, computation, waived: money(p.waivedMinor), deducted: money(p.deductionMinor) });
}

function shipmentWords({ carrier, trackingNumber, shippedOn, deliveredOn }: Extract<EventBody, { type: 'shipment.recorded' }>['data'], t: Words, day: Day): string {
  // "Other" says nothing about how the parcel went: only a named carrier is worth saying.
  const how = [carrier === 'other' ? '' : carrierLabel(carrier, t), trackingNumber].filter(Boolean).join(' ');
  const when = deliveredOn ? 'delivered' : shippedOn ? 'shipped' : 'none';
  return t('shipmentRecorded', { ns: 'events', tracked: how ? 'yes' : 'no', how, when, date: day(deliveredOn ?? shippedOn) });
}

function shipmentChangeWords(changes: Record<string, { from: unknown; to: unknown }>, t: Words, day: Day): string {
  const delivered = changes.deliveredOn?.to;
  const returned = changes.returnedOn?.to;
  if (typeof delivered === 'string') return t('shipmentDelivered', { ns: 'events', date: day(delivered) });
  if (typeof returned === 'string') return t('shipmentReturned', { ns: 'events', date: day(returned) });
  return t('shipmentUpdated', { ns: 'events', fields: shipmentFieldList(Object.keys(changes), t) });
}

function ownDeadlineWords(data: Extract<EventBody, { type: 'deadline.changed' }>['data'], t: Words, day: Day): string {
  const { change, fromDate, toDate } = data;
  const name = nameOf(data, t);
  const ns = 'events';
  if (change === 'added') return t('deadlineAdded', { ns, name, to: day(toDate) });
  if (change === 'moved') return t('deadlineMoved', { ns, name, from: day(fromDate), to: day(toDate) });
  if (change === 'renamed') return t('deadlineRenamed', { ns, name });
  return t('deadlineRemoved', { ns, name, from: day(fromDate) });
}

function visibilityWords({ kind, from, to, sample }: Extract<EventBody, { type: 'visibility.changed' }>['data'], t: Words): string {
  const ns = 'events';
  if (to === 'archived') return t('visibility.archived', { ns, kind });
  if (to === 'trashed') return t('visibility.trashed', { ns, kind });
  if (to === 'deleted') return t(sample ? 'visibility.removedWithSample' : 'visibility.deleted', { ns, kind });
  return t(from === 'trashed' ? 'visibility.restoredFromTrash' : 'visibility.restoredFromArchive', { ns, kind });
}

const PAID_NOTE = 'Paid';

/** A deadline's name as the reader's language says it, when Followthrough gave it. */
function nameOf(d: { key: string; name: string }, t: Words): string {
  const say: Say = (key, params) => t(key as never, params as never) as unknown as string;
  return deadlineName(d, say);
}
