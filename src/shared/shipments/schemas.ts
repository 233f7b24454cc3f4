import { z } from 'zod';
import { Currency, Id, IsoDate, IsoDateTime, MinorUnits, optionalText, PlannedDate, enterText } from '../fields';
import { CARRIERS } from './carriers';
import { problem } from '../i18n/problems';

/*
 * A parcel sent to a creator: the carrier and tracking number, what was in it, where it went, and
 * the days it was shipped, delivered or came back. Delivery is what starts a contract's clock.
 */

export const Carrier = z.enum(CARRIERS, { error: problem('field.carrier') });

export const ShipmentItem = z.strictObject({
  sku: optionalText(60).default(''),
  name: enterText('shipped', 120),
  quantity: z.number({ error: problem('field.howMany') }).int({ error: problem('field.wholeNumber') }).min(1, { error: problem('field.atLeast1') }).max(999, { error: problem('field.atMost999') }).default(1),
  /** The value of one, in the collaboration's currency (for customs and the record). */
  valueMinor: MinorUnits.nullable().default(null),
});
export type ShipmentItem = z.infer<typeof ShipmentItem>;

const TrackingNumber = optionalText(60).regex(/^[A-Za-z0-9 -]*$/, { error: problem('field.trackingChars') });

const dates = {
  shippedOn: PlannedDate.nullable(),
  deliveredOn: PlannedDate.nullable(),
  returnedOn: PlannedDate.nullable(),
};

/** Delivered or returned before it was shipped: the sentence, at the later date's field. */
export function shipmentDateIssue(v: { shippedOn?: string | null; deliveredOn?: string | null; returnedOn?: string | null }): { path: string; message: string } | null {
  if (v.shippedOn && v.deliveredOn && v.deliveredOn < v.shippedOn) return { path: 'deliveredOn', message: problem('field.deliveredBeforeShipped', { shipped: v.shippedOn }) };
  if (v.shippedOn && v.returnedOn && v.returnedOn < v.shippedOn) return { path: 'returnedOn', message: problem('field.returnedBeforeShipped', { shipped: v.shippedOn }) };
  return null;
}
const checkDates = (v: Parameters<typeof shipmentDateIssue>[0], ctx: z.RefinementCtx) => {
  const issue = shipmentDateIssue(v);
  if (issue) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
};

export const ShipmentAddInput = z
  .strictObject({
    collaborationId: Id,
    carrier: Carrier.default('other'),
    trackingNumber: TrackingNumber.default(''),
    items: z.array(ShipmentItem).max(50, { error: problem('field.itemsMax') }).default([]),
    /** Where it goes; the creator's shipping address when left out. */
    address: optionalText(500).optional(),
    shippedOn: dates.shippedOn.default(null),
    deliveredOn: dates.deliveredOn.default(null),
    returnedOn: dates.returnedOn.default(null),
    /** Delivered: move the card to Product received (dated the day of delivery), once the user agreed. */
    moveCard: z.boolean({ error: problem('field.booleanExpected') }).default(false),
  })
  .superRefine(checkDates);
export type ShipmentAddInput = z.input<typeof ShipmentAddInput>;

export const ShipmentUpdateInput = z
  .strictObject({
    id: Id,
    carrier: Carrier.optional(),
    trackingNumber: TrackingNumber.optional(),
    items: z.array(ShipmentItem).max(50, { error: problem('field.itemsMax') }).optional(),
    address: optionalText(500).optional(),
    shippedOn: dates.shippedOn.optional(),
    deliveredOn: dates.deliveredOn.optional(),
    returnedOn: dates.returnedOn.optional(),
    moveCard: z.boolean({ error: problem('field.booleanExpected') }).default(false),
  })
  .superRefine(checkDates);
export type ShipmentUpdateInput = z.input<typeof ShipmentUpdateInput>;

export const SHIPMENT_VIEWS = ['all', 'in_transit', 'arrived_no_post'] as const;
export const ShipmentListInput = z.strictObject({
  collaborationId: Id.optional(),
  /** In transit: shipped, not delivered or returned. Arrived, no post: delivered, and nothing published yet. */
  view: z.enum(SHIPMENT_VIEWS).default('all'),
});

export const Shipment = z.object({
  id: Id,
  collaborationId: Id,
  creatorName: z.string(),
  campaignName: z.string().nullable(),
  carrier: Carrier,
  trackingNumber: z.string(),
  trackingUrl: z.string().nullable(),
  items: z.array(ShipmentItem),
  /** What was sent, at its value: quantity × value of each. */
  valueMinor: MinorUnits,
  currency: Currency,
  address: z.string(),
  shippedOn: IsoDate.nullable(),
  deliveredOn: IsoDate.nullable(),
  returnedOn: IsoDate.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Shipment = z.infer<typeof Shipment>;

/** What the history records of a shipment as first recorded (the data of `shipment.recorded`). */
export const ShipmentFacts = z.object({
  shipmentId: Id,
  carrier: Carrier,
  trackingNumber: z.string(),
  items: z.array(ShipmentItem),
  address: z.string(),
  shippedOn: IsoDate.nullable(),
  deliveredOn: IsoDate.nullable(),
  returnedOn: IsoDate.nullable(),
});
