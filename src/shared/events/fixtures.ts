import { SEED } from '../contract/fixtures';
import { presetTerms } from '../contract/presets';
import type { EventDataInput, EventType } from './schemas';

/*
 * Every shape each type of event has been stored in, by the versions that wrote it (and by the
 * upgrade tests' rows, which write them as those versions did), for the tests of the schemas, of
 * the words and of the evidence pack. `since` says which version or path wrote it.
 */

export type StoredShapes = { [T in EventType]: { since: string; data: EventDataInput<T> }[] };

const SEAL = 'c0ffee'.padEnd(64, '0');

export const STORED_SHAPES: StoredShapes = {
  'collaboration.created': [
    { since: 'the first version', data: { stage: 'prospect', feeMinor: 100_000, currency: 'EUR', campaignId: null } },
    { since: 'the first version, in a campaign', data: { stage: 'outreach', feeMinor: 0, currency: 'USD', campaignId: 3 } },
    { since: 'the upgrade tests (0001, 0007, 0008)', data: { stage: 'prospect' } },
  ],
  'collaboration.moved': [
    { since: 'the first version', data: { from: 'negotiating', to: 'signed' } },
    { since: 'the first version, with a note', data: { from: 'in_review', to: 'in_production', note: 'Second round of changes' } },
    { since: 'contracts: the day signing starts the clock', data: { from: 'contract_sent', to: 'signed', signedOn: '2026-03-02' } },
    { since: 'contracts: the day the product arrived', data: { from: 'product_shipped', to: 'product_received', productReceivedOn: '2026-03-05' } },
  ],
  'collaboration.updated': [
    { since: 'the first version', data: { changes: { feeMinor: { from: 100_000, to: 120_000 }, publishBy: { from: null, to: '2026-03-22' } } } },
    { since: 'the first version, campaign and notes', data: { changes: { campaignId: { from: null, to: 2 }, notes: { from: '', to: 'Prefers video' } } } },
    { since: 'one truth per deal: the contract in force sets the fee', data: { changes: { feeMinor: { from: 0, to: 150_000 } }, byContractVersion: 2 } },
  ],
  note: [{ since: 'the first version', data: { text: 'Called, she likes the serum' } }],
  'contract.finalized': [{ since: 'contracts', data: { version: 1, sha256: SEAL, terms: presetTerms('paid_video', SEED), html: '<h1>Collaboration agreement</h1>' } }],
  'milestone.superseded': [
    { since: 'publishing supersedes, late by then', data: { milestoneId: 10, key: 'first_draft', name: 'First draft', dueDate: '2026-03-17', closedOn: '2026-03-20', daysLate: 3, byKey: 'publish' } },
    { since: 'publishing supersedes, not yet due', data: { milestoneId: 11, key: 'script', name: 'Script', dueDate: '2026-03-25', closedOn: '2026-03-20', daysLate: 0, byKey: 'publish' } },
  ],
  'milestone.delivered': [
    { since: 'contracts, late', data: { milestoneId: 10, key: 'first_draft', name: 'First draft', party: 'creator', dueDate: '2026-03-17', deliveredOn: '2026-03-20', daysLate: 3 } },
    {
      since: 'contracts, a brand duty with a note',
      data: { milestoneId: 11, key: 'deposit', name: 'Pay the deposit', party: 'brand', dueDate: '2026-03-05', deliveredOn: '2026-03-04', daysLate: 0, note: 'Paid by bank transfer' },
    },
    {
      since: 'payments, a duty settled by a recorded payment',
      data: { milestoneId: 13, key: 'brand_deposit', name: 'Pay the deposit', party: 'brand', dueDate: '2026-03-05', deliveredOn: '2026-03-04', daysLate: 0, byPayment: true },
    },
    { since: 'contracts, a milestone without a date yet', data: { milestoneId: 12, key: 'publish', name: 'Publish the video', party: 'creator', dueDate: null, deliveredOn: '2026-03-22', daysLate: 0 } },
  ],
  'milestone.reopened': [{ since: 'contracts', data: { milestoneId: 10, key: 'first_draft', name: 'First draft', wasDeliveredOn: '2026-03-20', reason: 'Marked by mistake' } }],
  message: [
    { since: 'the reminder scheduler', data: { direction: 'brand_to_creator', channel: 'email', text: 'Hello' } },
    { since: 'the reminder scheduler, with a subject', data: { direction: 'creator_to_brand', channel: 'phone', subject: 'Call', text: 'She will post on Friday' } },
    { since: 'outreach: the creator is stuck', data: { direction: 'creator_to_brand', channel: 'dm', text: 'I do not know what to film', stuck: true } },
    {
      since: 'outreach: sent from the composer',
      data: { direction: 'brand_to_creator', channel: 'email', subject: 'How is it going?', text: 'Hi Mia, …', kind: 'warm_checkin', templateId: 'builtin:warm_checkin.en' },
    },
    { since: 'outreach: one of your own templates', data: { direction: 'brand_to_creator', channel: 'comment', text: 'Love this post!', kind: 'lost_contact_comment', templateId: 'user:3' } },
  ],
  'notification.fired': [
    { since: 'the reminder scheduler', data: { notificationId: 1, kind: 'overdue', occurrence: 3, title: 'First draft is 3 days late', dueAt: '2026-03-17T22:59:59.999Z' } },
    {
      since: 'reminders as facts',
      data: {
        notificationId: 2,
        kind: 'overdue',
        occurrence: 3,
        party: 'creator',
        facts: { creatorName: 'Mia Chen', subject: 'First draft', dueDate: '2026-03-17', daysLeft: -3, daysSinceGift: null, messageSentAt: null },
        dueAt: '2026-03-17T22:59:59.999Z',
      },
    },
  ],
  'strike.added': [
    { since: 'accountability', data: { strikeId: 1, reason: 'late_without_reason', note: '', eventIds: [] } },
    { since: 'accountability, with evidence', data: { strikeId: 2, reason: 'brief_not_followed', note: 'No product close-up', eventIds: [2, 3] } },
  ],
  'strike.withdrawn': [{ since: 'accountability', data: { strikeId: 1, reason: 'The brief was unclear on our side', wasStatus: 'active' } }],
  'creator.deactivated': [
    { since: 'accountability', data: { activeStrikes: 3, openObligations: [{ milestoneId: 10, collaborationId: 1, name: 'First draft' }] } },
    { since: 'accountability, owing nothing', data: { activeStrikes: 3, openObligations: [] } },
  ],
  'creator.reactivated': [
    { since: 'accountability, by hand', data: { reason: 'by_hand', text: 'Made active again by hand.', servedStrikeIds: [1, 2, 3] } },
    { since: 'accountability, a strike withdrawn', data: { reason: 'withdrawn', text: 'A strike was withdrawn: 2 active strikes left.', servedStrikeIds: [] } },
  ],
  'rating.added': [
    { since: 'accountability', data: { communication: 4, timeliness: 2, quality: 5, wouldWorkAgain: true, note: 'Slow', replaced: false } },
    { since: 'accountability, rated again', data: { communication: 1, timeliness: 1, quality: 3, wouldWorkAgain: false, note: '', replaced: true } },
  ],
  'dispute.opened': [{ since: 'accountability', data: { disputeId: 1, issue: 'Late post', ourPosition: 'It was due on 22 March', creatorPosition: '', eventIds: [2] } }],
  'dispute.updated': [
    { since: 'accountability, a mediation step', data: { disputeId: 1, addStep: 'Called the agent' } },
    { since: 'accountability, settled', data: { disputeId: 1, resolvedOn: '2026-03-30', outcome: 'Agreed on 30 days' } },
    { since: 'accountability, reopened', data: { disputeId: 1, resolvedOn: null } },
    { since: 'accountability, positions and evidence', data: { disputeId: 1, creatorPosition: 'The product arrived late', eventIds: [2, 3] } },
  ],
  'deliverable.added': [
    { since: 'campaign metrics', data: { deliverableId: 1, platform: 'instagram', url: 'https://instagram.com/p/1', title: '' } },
    { since: 'campaign metrics, titled', data: { deliverableId: 2, platform: 'youtube', url: '', title: 'Launch video' } },
    { since: 'campaign metrics, neither', data: { deliverableId: 3, platform: 'tiktok', url: '', title: '' } },
  ],
  'metrics.recorded': [
    {
      since: 'campaign metrics',
      data: { deliverableId: 1, snapshotId: 1, capturedAt: '2026-03-25T10:00:00.000Z', views: 1200, reach: null, likes: 80, comments: 4, shares: null, saves: null, clicks: 12, conversions: null, costMinor: null },
    },
    {
      since: 'campaign metrics, without views',
      data: { deliverableId: 1, snapshotId: 2, capturedAt: '2026-03-26T10:00:00.000Z', views: null, reach: null, likes: 90, comments: null, shares: null, saves: null, clicks: null, conversions: null, costMinor: 5_000 },
    },
  ],
  'metrics.imported': [{ since: 'campaign metrics', data: { rows: 12, newPosts: 2 } }],
  'remedial.step': [
    { since: 'campaign metrics', data: { step: 'talk', title: 'Talk first', note: '' } },
    { since: 'campaign metrics, with a note', data: { step: 'new_schedule', title: 'Agree a new schedule', note: 'Posting moved to 4 April' } },
  ],
  'payment.recorded': [
    { since: 'payments', data: { kind: 'deposit', paidOn: '2026-03-04', amountMinor: 30_000, currency: 'EUR', method: 'Bank transfer', reference: 'INV-12' } },
  ],
  'deadline.changed': [
    { since: 'own deadlines, added', data: { change: 'added', key: 'own_1', name: 'Draft', fromDate: null, toDate: '2026-03-15' } },
    { since: 'own deadlines, removed', data: { change: 'removed', key: 'own_publish_by', name: 'Post published', fromDate: '2026-03-22', toDate: null, reason: 'No post after all' } },
  ],
  'shipment.recorded': [
    {
      since: 'shipments',
      data: { shipmentId: 1, carrier: 'dhl', trackingNumber: 'JD0146000012345', items: [{ sku: 'GS-30', name: 'Glow serum', quantity: 2, valueMinor: 2_250 }], address: 'Keizersgracht 1\n1015 AA Amsterdam', shippedOn: '2026-02-26', deliveredOn: null, returnedOn: null },
    },
  ],
  'shipment.updated': [{ since: 'shipments', data: { shipmentId: 1, changes: { deliveredOn: { from: null, to: '2026-03-02' } } } }],
  'amendment.recorded': [
    {
      since: 'amendments, an extension',
      data: { kind: 'extension', contractVersion: 1, agreedOn: '2026-03-20', reason: 'Shipping delay', milestoneKey: 'publish', milestoneName: 'Post published', fromDate: '2026-03-22', toDate: '2026-03-29', requestedBy: 'creator', messageEventId: 12 },
    },
    { since: 'amendments, a waiver by share', data: { kind: 'waiver', contractVersion: 1, agreedOn: '2026-04-02', reason: 'Settled: deduction halved', amountMinor: null, waivedBp: 5_000, currency: 'EUR', disputeId: 1 } },
    { since: 'amendments, a fee change', data: { kind: 'fee_change', contractVersion: 2, agreedOn: '2026-04-02', reason: 'One more story', fromMinor: 100_000, toMinor: 120_000, currency: 'EUR' } },
  ],
  'visibility.changed': [
    { since: 'archive and trash', data: { kind: 'collaboration', id: 1, from: 'shown', to: 'archived' } },
    { since: 'archive and trash, sample removed', data: { kind: 'campaign', id: 2, from: 'shown', to: 'deleted', sample: true } },
  ],
};

/**
 * Rows the upgrade tests write that no version of the app wrote: kept to prove the upgrades cope
 * with them, and refused here, so nothing like them gets in again.
 */
export const NEVER_WRITTEN: { why: string; type: string; data: unknown }[] = [
  { why: 'a stuck flag that is not true or false (0009)', type: 'message', data: { direction: 'creator_to_brand', channel: 'email', text: 'Hello', stuck: 'yes' } },
  { why: 'a rung that is not a message kind (0009)', type: 'message', data: { direction: 'brand_to_creator', channel: 'email', text: 'Hello', kind: 3 } },
  { why: 'terms cut down to what one migration reads (0004)', type: 'contract.finalized', data: { version: 1, sha256: 'ab', html: '<p>', terms: { replySlaHours: 48 } } },
  { why: 'a type the app never had (0008)', type: 'strike.given', data: { reason: 'missed_deadline' } },
  { why: 'the filler of the upgrade tests', type: 'events.type #1', data: { filled: 1 } },
];
