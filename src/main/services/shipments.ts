import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { dateInZone } from '../../shared/dates';
import type { ExternalId } from '../../shared/events/schemas';
import { Stage } from '../../shared/stageSchema';
import { AWAITING_POST_STAGES, isBeforeReceipt } from '../../shared/rules/stageGroups';
import { trackingUrl } from '../../shared/shipments/carriers';
import type { Shipment, ShipmentAddInput, ShipmentItem, ShipmentListInput, ShipmentUpdateInput } from '../../shared/shipments/schemas';
import { shipmentDateIssue } from '../../shared/shipments/schemas';
import { sqlList } from '../db/sqlFragments';
import { returnedRow } from '../db/returned';
import { campaigns, collaborations, creators, shipments } from '../db/schema';
import { getCollaboration, moveWithin } from './collaborations';
import { type Ctx, nowIso, type Tx } from './context';
import { syncMilestones } from './deadlines';
import { badField, notFound } from './errors';
import { problem } from '../../shared/i18n/problems';
import { appendEvent } from './events';
import { getSettings } from './settings';

type Row = typeof shipments.$inferSelect;
type Db = Ctx['db'] | Tx;

const DATE_FIELDS = ['shippedOn', 'deliveredOn', 'returnedOn'] as const;

/** A day that has not come yet cannot be when a parcel moved. */
function refuseFuture(ctx: Ctx, v: Partial<Record<(typeof DATE_FIELDS)[number], string | null>>): void {
  const today = dateInZone(ctx.clock.now(), getSettings(ctx).timeZone);
  for (const field of DATE_FIELDS) {
    const day = v[field];
    if (day && day > today) throw badField([field], problem('service.dayNotYet'));
  }
}

/**
 * A parcel sent to the creator, addressed to their shipping address unless another is given. A
 * delivered one moves the card to Product received, dated the day it arrived, when `moveCard`
 * says the user agreed (the app asks first): that starts the contract's clock. `external` names
 * where it came from outside the app (an order of a shop's export), recorded once.
 */
export function addShipment(ctx: Ctx, input: z.output<typeof ShipmentAddInput>, external?: ExternalId): Shipment {
  const collab = getCollaboration(ctx, input.collaborationId);
  refuseFuture(ctx, input);
  const id = ctx.db.transaction((tx) => {
    const now = nowIso(ctx);
    const row = returnedRow(
      tx
        .insert(shipments)
        .values({
          collaborationId: collab.id,
          carrier: input.carrier,
          trackingNumber: input.trackingNumber,
          items: input.items,
          address: input.address ?? collab.creator.shippingAddress,
          shippedOn: input.shippedOn,
          deliveredOn: input.deliveredOn,
          returnedOn: input.returnedOn,
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .all(),
    );
    const { id: shipmentId, trackingNumber, items, address, shippedOn, deliveredOn, returnedOn } = row;
    appendEvent(ctx, tx, {
      type: 'shipment.recorded',
      collaborationId: collab.id,
      creatorId: collab.creatorId,
      data: { shipmentId, carrier: input.carrier, trackingNumber, items, address, shippedOn, deliveredOn, returnedOn },
      ...(external ? { external } : {}),
    });
    if (deliveredOn && input.moveCard) received(ctx, tx, collab.id, deliveredOn);
    return shipmentId;
  });
  return oneShipment(ctx.db, id);
}

/** New facts about a parcel (a tracking number, the day it arrived or came back); only what changed is recorded. */
export function updateShipment(ctx: Ctx, input: z.output<typeof ShipmentUpdateInput>): Shipment {
  const { id, moveCard, ...fields } = input;
  const current = rowOf(ctx.db, id);
  const merged = { ...current, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
  const issue = shipmentDateIssue(merged);
  if (issue) throw badField([issue.path], issue.message);
  refuseFuture(ctx, fields);
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, to] of Object.entries(fields)) {
    const from = current[key as keyof Row];
    if (to !== undefined && JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  const collab = getCollaboration(ctx, current.collaborationId);
  ctx.db.transaction((tx) => {
    if (Object.keys(changes).length > 0) {
      tx.update(shipments)
        .set({ ...Object.fromEntries(Object.entries(changes).map(([k, c]) => [k, c.to])), updatedAt: nowIso(ctx) })
        .where(eq(shipments.id, id))
        .run();
      appendEvent(ctx, tx, { type: 'shipment.updated', collaborationId: collab.id, creatorId: collab.creatorId, data: { shipmentId: id, changes } });
    }
    const deliveredOn = merged.deliveredOn as string | null;
    if (deliveredOn && moveCard) received(ctx, tx, collab.id, deliveredOn);
  });
  return oneShipment(ctx.db, id);
}

/** The product reached the creator on `day`: the card moves on to Product received, or, further along, keeps its stage and gets the date. */
function received(ctx: Ctx, tx: Tx, collaborationId: number, day: string): void {
  const collab = tx.select().from(collaborations).where(eq(collaborations.id, collaborationId)).get()!;
  if (isBeforeReceipt(Stage.parse(collab.stage))) {
    moveWithin(ctx, tx, { id: collaborationId, to: 'product_received', note: `Delivered on ${day}` }, day);
    return;
  }
  if (collab.productReceivedOn !== null) return;
  tx.update(collaborations).set({ productReceivedOn: day, updatedAt: nowIso(ctx) }).where(eq(collaborations.id, collaborationId)).run();
  appendEvent(ctx, tx, { type: 'collaboration.updated', collaborationId, creatorId: collab.creatorId, data: { changes: { productReceivedOn: { from: null, to: day } } } });
  syncMilestones(ctx, tx, collaborationId);
}

function rowOf(db: Db, id: number): Row {
  const row = db.select().from(shipments).where(eq(shipments.id, id)).get();
  if (!row) throw notFound('Shipment', id);
  return row;
}

const value = (items: ShipmentItem[]) => items.reduce((n, i) => n + i.quantity * (i.valueMinor ?? 0), 0);

function query(db: Db, where: SQL[]): Shipment[] {
  return db
    .select({ s: shipments, creatorName: creators.name, campaignName: campaigns.name, currency: collaborations.currency })
    .from(shipments)
    .innerJoin(collaborations, eq(collaborations.id, shipments.collaborationId))
    .innerJoin(creators, eq(creators.id, collaborations.creatorId))
    .leftJoin(campaigns, eq(campaigns.id, collaborations.campaignId))
    .where(and(...where))
    .orderBy(desc(sql`COALESCE(${shipments.shippedOn}, ${shipments.createdAt})`), desc(shipments.id))
    .all()
    .map(({ s, creatorName, campaignName, currency }) => ({
      id: s.id,
      collaborationId: s.collaborationId,
      creatorName,
      campaignName,
      carrier: s.carrier as Shipment['carrier'],
      trackingNumber: s.trackingNumber,
      trackingUrl: trackingUrl(s.carrier as Shipment['carrier'], s.trackingNumber),
      items: s.items,
      valueMinor: value(s.items),
      currency,
      address: s.address,
      shippedOn: s.shippedOn,
      deliveredOn: s.deliveredOn,
      returnedOn: s.returnedOn,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
    }));
}

function oneShipment(db: Db, id: number): Shipment {
  return query(db, [eq(shipments.id, id)])[0]!;
}

/**
 * Shipments, newest first: of one collaboration, or across the workspace (collaborations in
 * sight); "in transit" is shipped and neither delivered nor returned, "arrived, no post" is
 * delivered to a collaboration still waiting for its post.
 */
export function listShipments(ctx: Ctx, input: z.output<typeof ShipmentListInput>): Shipment[] {
  const where: SQL[] = [];
  if (input.collaborationId !== undefined) {
    getCollaboration(ctx, input.collaborationId);
    where.push(eq(shipments.collaborationId, input.collaborationId));
  } else {
    where.push(eq(collaborations.visibility, 'shown'));
  }
  if (input.view === 'in_transit') where.push(sql`${shipments.shippedOn} IS NOT NULL AND ${shipments.deliveredOn} IS NULL AND ${shipments.returnedOn} IS NULL`);
  if (input.view === 'arrived_no_post') {
    where.push(sql`${shipments.deliveredOn} IS NOT NULL AND ${shipments.returnedOn} IS NULL AND ${collaborations.stage} IN ${sql.raw(sqlList(AWAITING_POST_STAGES))} AND ${collaborations.expectsPost} = 1`);
  }
  return query(ctx.db, where);
}
