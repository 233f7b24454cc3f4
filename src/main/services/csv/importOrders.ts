import { and, desc, eq, sql } from 'drizzle-orm';
import { parseCount, parseMoney, parseWhen } from '../../../shared/csv/cells';
import type { DateOrder } from '../../../shared/csv/dateOrder';
import type { RowError } from '../../../shared/csv/schemas';
import { dateInZone } from '../../../shared/dates';
import { ENDED_STAGES } from '../../../shared/rules/stageGroups';
import { carrierOf } from '../../../shared/shipments/carriers';
import { ShipmentAddInput, type ShipmentItem } from '../../../shared/shipments/schemas';
import { collaborations, creators } from '../../db/schema';
import { eventWithExternalId } from '../eventRecord';
import type { Ctx } from '../context';
import { addShipment } from '../shipments';
import type { ReadCsv } from './readCsv';
import { problem } from '../../../shared/i18n/problems';
import { spelled } from '../../../shared/i18n/spelled';

/*
 * A shop's orders export as shipments: the rows of one order (one per item) become one parcel, to
 * the creator whose email the order carries, on their newest collaboration still under way. Orders
 * to anyone else are left out; an order imported before is never recorded twice.
 */

/** Where an imported order's shipment is recorded: the order's name is its id, once. */
export const ORDER_SOURCE = 'orders';

interface PlannedOrder {
  order: string;
  collaborationId: number;
  input: ReturnType<typeof ShipmentAddInput.parse>;
}

export interface OrdersPlan {
  errors: RowError[];
  orders: PlannedOrder[];
  skipped: number;
  sample: Record<string, string>[];
}

export function planOrders(ctx: Ctx, read: ReadCsv, timeZone: string, dateOrder: DateOrder): OrdersPlan {
  const errors: RowError[] = [...read.errors];
  const col = (field: string) => read.mapping[field] ?? field;
  const groups = new Map<string, typeof read.rows>();
  for (const row of read.rows) {
    const order = (row.values.order ?? '').trim();
    if (order === '') {
      errors.push({ line: row.line, column: col('order'), ...spelled(problem('service.orderMissing')) });
      continue;
    }
    groups.set(order, [...(groups.get(order) ?? []), row]);
  }
  const byEmail = creatorsByEmail(ctx);
  const orders: PlannedOrder[] = [];
  let skipped = 0;
  for (const [order, rows] of groups) {
    const first = rows[0]!;
    const fail = (line: number, field: string | null, message: string) => errors.push({ line, column: field === null ? null : col(field), ...spelled(message) });
    const email = rows.map((r) => (r.values.email ?? '').trim().toLowerCase()).find((e) => e !== '') ?? '';
    const creator = byEmail.get(email);
    if (!creator || eventWithExternalId(ctx.db, { source: ORDER_SOURCE, id: order })) {
      skipped += 1;
      continue;
    }
    const collab = openCollaborationOf(ctx, creator.id);
    if (!collab) {
      fail(first.line, 'email', problem('service.noCollabForOrder', { name: creator.name, order }));
      continue;
    }
    const before = errors.length;
    const items: ShipmentItem[] = [];
    for (const r of rows) {
      const v = r.values;
      if (!(v.item ?? '').trim() && !(v.sku ?? '').trim()) continue;
      const quantity = parseCount(v.quantity ?? '', read.numberFormat);
      const price = parseMoney(v.price ?? '', collab.currency, read.numberFormat);
      if (!quantity.ok) fail(r.line, 'quantity', quantity.message);
      if (!price.ok) fail(r.line, 'price', price.message);
      if (quantity.ok && price.ok) items.push({ name: (v.item ?? '').trim() || (v.sku ?? '').trim(), sku: (v.sku ?? '').trim(), quantity: quantity.value ?? 1, valueMinor: price.value });
    }
    const shipped = parseWhen(rows.map((r) => r.values.shippedAt ?? '').find((v) => v.trim() !== '') ?? '', timeZone, dateOrder);
    if (!shipped.ok) fail(first.line, 'shippedAt', shipped.message);
    const value = (field: string) => rows.map((r) => (r.values[field] ?? '').trim()).find((v) => v !== '') ?? '';
    const address = [value('shipName'), value('shipStreet'), value('shipStreet2'), [value('shipZip'), value('shipCity')].filter(Boolean).join(' '), value('shipCountry')].filter(Boolean).join('\n');
    if (errors.length > before) continue;
    const parsed = ShipmentAddInput.safeParse({
      collaborationId: collab.id,
      carrier: carrierOf(value('carrier')),
      trackingNumber: value('tracking'),
      items,
      ...(address ? { address } : {}),
      shippedOn: shipped.ok && shipped.value ? dateInZone(shipped.value, timeZone) : null,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fail(first.line, FIELD_OF_PATH[String(issue.path[0])] ?? null, issue.message);
      continue;
    }
    orders.push({ order, collaborationId: collab.id, input: parsed.data });
  }
  return { errors, orders, skipped, sample: read.rows.slice(0, 10).map((r) => r.values) };
}

const FIELD_OF_PATH: Record<string, string> = { trackingNumber: 'tracking', items: 'item', address: 'shipStreet', shippedOn: 'shippedAt' };

export function writeOrders(ctx: Ctx, plan: OrdersPlan): void {
  for (const o of plan.orders) addShipment(ctx, o.input, { source: ORDER_SOURCE, id: o.order });
}

function creatorsByEmail(ctx: Ctx): Map<string, { id: number; name: string }> {
  const rows = ctx.db.select({ id: creators.id, name: creators.name, email: creators.email }).from(creators).where(sql`${creators.email} IS NOT NULL AND ${creators.visibility} = 'shown'`).all();
  return new Map(rows.map((r) => [r.email!.trim().toLowerCase(), { id: r.id, name: r.name }]));
}

/** The creator's newest collaboration in sight that has not ended. */
function openCollaborationOf(ctx: Ctx, creatorId: number): { id: number; currency: string } | undefined {
  return ctx.db
    .select({ id: collaborations.id, currency: collaborations.currency })
    .from(collaborations)
    .where(and(eq(collaborations.creatorId, creatorId), eq(collaborations.visibility, 'shown'), sql`${collaborations.stage} NOT IN (${sql.join(ENDED_STAGES.map((s) => sql`${s}`), sql`, `)})`))
    .orderBy(desc(collaborations.createdAt), desc(collaborations.id))
    .get();
}
