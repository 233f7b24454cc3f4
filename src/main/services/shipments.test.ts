import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEvent } from '../../shared/eventWords';
import { translator } from '../../shared/i18n/createI18n';
import { archiveApi } from '../testing/archiveApi';
import { snapshot, testContext } from '../testing/context';

/*
 * Parcels sent to creators: what was sent where, how to follow it, and the day it arrived, which
 * is when a contract's clock starts.
 */

let ctx: ReturnType<typeof testContext>;
let api: ReturnType<typeof archiveApi>;
let creatorId: number;
beforeEach(() => {
  ctx = testContext('2026-03-05T10:00:00.000Z');
  api = archiveApi(ctx);
  api.ok('settings.update', { timeZone: 'Europe/Amsterdam', brandName: 'Lumen', senderName: 'Ana' });
  creatorId = api.ok('influencers.create', { name: 'Mia Chen', shippingAddress: 'Keizersgracht 1\n1015 AA Amsterdam\nNetherlands' }).id;
});
afterEach(() => ctx.cleanup());

/** A paid collaboration with a finalized paid-video contract, signed, the product not sent yet. */
function signed(): number {
  const id = api.ok('collaborations.create', { creatorId, feeMinor: 100_000, stage: 'signed', signedOn: '2026-02-20' }).id;
  const terms = api.ok('contracts.preset', { collaborationId: id, preset: 'paid_video' });
  api.ok('contracts.finalize', { collaborationId: id, terms });
  return id;
}

describe('shipments', () => {
  it('records a parcel to the creator’s address, with its tracking link and value, on the card’s history', () => {
    const id = signed();
    const s = api.ok('shipments.add', { collaborationId: id, carrier: 'dhl', trackingNumber: 'JD0146 000012345', items: [{ sku: 'GS-30', name: 'Glow serum', quantity: 2, valueMinor: 2_250 }], shippedOn: '2026-03-02' });
    expect(s).toMatchObject({
      creatorName: 'Mia Chen',
      address: 'Keizersgracht 1\n1015 AA Amsterdam\nNetherlands',
      trackingUrl: 'https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=JD0146%20000012345',
      valueMinor: 4_500,
      currency: 'EUR',
      deliveredOn: null,
    });
    const event = api.ok('events.list', { collaborationId: id, limit: 5 }).find((e) => e.type === 'shipment.recorded')!;
    expect(describeEvent(event, translator('en'))).toEqual({ title: 'Shipment recorded (DHL JD0146 000012345), shipped 2 Mar 2026', detail: '2 × Glow serum' });
    expect(api.ok('shipments.list', { view: 'in_transit' }).map((x) => x.id)).toEqual([s.id]);
  });

  it('once delivered, moves the card to Product received on the day it arrived when asked to, and the contract’s clock starts there', () => {
    const id = signed();
    const s = api.ok('shipments.add', { collaborationId: id, carrier: 'postnl', trackingNumber: '3SABCD1234567', shippedOn: '2026-02-27' });
    // Not asked to: the card stays.
    api.ok('shipments.update', { id: s.id, deliveredOn: '2026-03-02' });
    expect(api.ok('collaborations.get', { id })).toMatchObject({ stage: 'signed', productReceivedOn: null });
    api.ok('shipments.update', { id: s.id, moveCard: true });
    expect(api.ok('collaborations.get', { id })).toMatchObject({ stage: 'product_received', productReceivedOn: '2026-03-02' });
    const publish = api.ok('deadlines.list', { collaborationId: id, openOnly: true }).deadlines.find((d) => d.key === 'publish')!;
    expect(publish.dueDate).toBe('2026-03-22');
    expect(api.ok('shipments.list', { view: 'in_transit' })).toEqual([]);
    expect(api.ok('shipments.list', { view: 'arrived_no_post' }).map((x) => x.id)).toEqual([s.id]);
    const words = api.ok('events.list', { collaborationId: id, limit: 5 }).map((e) => describeEvent(e, translator('en')).title);
    expect(words).toContain('Shipment delivered on 2 Mar 2026');
  });

  it('dates a card already further along without moving it back', () => {
    const id = api.ok('collaborations.create', { creatorId, stage: 'in_production' }).id;
    api.ok('shipments.add', { collaborationId: id, carrier: 'sf_express', trackingNumber: 'SF1234567890', shippedOn: '2026-02-25', deliveredOn: '2026-02-28', moveCard: true });
    expect(api.ok('collaborations.get', { id })).toMatchObject({ stage: 'in_production', productReceivedOn: '2026-02-28' });
  });

  it('refuses what cannot be true, at its field, and changes nothing', () => {
    const id = signed();
    const before = snapshot(ctx);
    expect(api.refused('shipments.add', { collaborationId: id, shippedOn: '2026-03-06' }).issues).toMatchObject([{ path: ['shippedOn'], message: 'This day has not come yet.' }]);
    expect(api.refused('shipments.add', { collaborationId: id, shippedOn: '2026-03-03', deliveredOn: '2026-03-01' }).issues).toMatchObject([{ path: ['deliveredOn'], message: 'Delivered cannot be before it was shipped (2026-03-03)' }]);
    expect(api.refused('shipments.add', { collaborationId: id, trackingNumber: 'x<y' }).issues?.[0]?.path).toEqual(['trackingNumber']);
    expect(snapshot(ctx)).toEqual(before);
    const s = api.ok('shipments.add', { collaborationId: id, shippedOn: '2026-03-03' });
    const added = snapshot(ctx);
    expect(api.refused('shipments.update', { id: s.id, deliveredOn: '2026-03-01' }).issues).toMatchObject([{ path: ['deliveredOn'], message: 'Delivered cannot be before it was shipped (2026-03-03)' }]);
    expect(snapshot(ctx)).toEqual(added);
  });
});

describe('an orders export', () => {
  const csv = [
    'Name,Email,Fulfilled at,Lineitem name,Lineitem sku,Lineitem quantity,Lineitem price,Shipping Name,Shipping Street,Shipping Zip,Shipping City,Shipping Country,Tracking Company,Tracking Number',
    '#1001,MIA@example.com,2026-03-02 10:11:12 +0100,Glow serum,GS-30,2,22.50,Mia Chen,Keizersgracht 1,1015 AA,Amsterdam,NL,DHL Express,JD0146000012345',
    '#1001,,,Night cream,NC-50,1,30.00,,,,,,,',
    '#1002,someone@example.org,2026-03-03,Glow serum,GS-30,1,22.50,Sam,Street 2,1000,Brussels,BE,bpost,',
  ].join('\n');

  it('becomes one shipment per order to a known creator, matched by email; the others are left out, and nothing is recorded twice', () => {
    api.ok('influencers.update', { id: creatorId, email: 'mia@example.com' });
    const id = signed();
    const preview = api.ok('csv.preview', { kind: 'orders', csv });
    expect(preview.errors).toEqual([]);
    expect(preview).toMatchObject({ rows: 3, errorCount: 0, skipped: 1 });
    expect(api.ok('csv.import', { kind: 'orders', csv })).toEqual({ kind: 'orders', imported: 1, newPosts: 0, skipped: 1 });
    const [s] = api.ok('shipments.list', { collaborationId: id });
    expect(s).toMatchObject({
      carrier: 'dhl',
      trackingNumber: 'JD0146000012345',
      shippedOn: '2026-03-02',
      address: 'Mia Chen\nKeizersgracht 1\n1015 AA Amsterdam\nNL',
      items: [
        { name: 'Glow serum', sku: 'GS-30', quantity: 2, valueMinor: 2_250 },
        { name: 'Night cream', sku: 'NC-50', quantity: 1, valueMinor: 3_000 },
      ],
      valueMinor: 7_500,
    });
    // The same file again: order #1001 is already recorded.
    expect(api.ok('csv.import', { kind: 'orders', csv })).toEqual({ kind: 'orders', imported: 0, newPosts: 0, skipped: 2 });
    expect(api.ok('shipments.list', {})).toHaveLength(1);
  });

  it('names the line when a known creator has nothing under way, and imports nothing', () => {
    api.ok('influencers.update', { id: creatorId, email: 'mia@example.com' });
    const before = snapshot(ctx);
    const refused = api.refused('csv.import', { kind: 'orders', csv });
    expect(refused.message).toBe('1 problem in the file; nothing was imported. Line 2, Email: Mia Chen has no collaboration under way to ship order #1001 for.');
    expect(snapshot(ctx)).toEqual(before);
  });
});
