import { describe, expect, it } from 'vitest';
import { describeEvent } from './eventWords';
import { intlTag, translator } from './i18n/createI18n';
import type { Locale } from './i18n/locales';
import { STORED_SHAPES } from './events/fixtures';
import { EventBody } from './events/schemas';

/** What a field the words did not find would leave behind in a sentence. */
const LEFTOVERS = /undefined|null|NaN|\[object|^\s*$|:\s*$/;

const events = Object.entries(STORED_SHAPES).flatMap(([type, list]) => list.map(({ since, data }) => ({ since, event: EventBody.parse({ type, data }) })));

describe('the words for each event', () => {
  it.each(events)('say a $event.type event as $since stored it, with nothing missing', ({ event }) => {
    const words = describeEvent(event, translator('en'));
    expect(words.title).not.toMatch(LEFTOVERS);
    if (words.detail !== undefined) expect(words.detail).not.toMatch(LEFTOVERS);
  });

  it('say what happened in the terms of the record', () => {
    const say = (type: string, data: unknown) => describeEvent(EventBody.parse({ type, data }), translator('en'));
    expect(say('collaboration.moved', { from: 'contract_sent', to: 'signed', signedOn: '2026-03-02' })).toEqual({ title: 'Moved from Contract sent to Signed', detail: undefined });
    expect(say('milestone.delivered', STORED_SHAPES['milestone.delivered'][0]!.data).title).toBe('First draft: delivered 3 days late');
    expect(say('milestone.delivered', STORED_SHAPES['milestone.delivered'][1]!.data)).toEqual({ title: 'Pay the deposit: done on time', detail: 'Paid by bank transfer' });
    expect(say('message', STORED_SHAPES.message[1]!.data)).toEqual({ title: 'Reply from the creator (phone)', detail: 'Call — She will post on Friday' });
    expect(say('collaboration.updated', STORED_SHAPES['collaboration.updated'][0]!.data).title).toBe('Changed fee, publish-by date');
    const targets = { changes: { targets: { from: null, to: '{"posts":2}' }, expectsPost: { from: true, to: false } } };
    expect(describeEvent(EventBody.parse({ type: 'collaboration.updated', data: targets }), translator('zh')).title).toBe('修改了单独目标、是否需要发布');
    expect(say('dispute.updated', { disputeId: 1, resolvedOn: null }).title).toBe('Dispute reopened');
    expect(say('dispute.updated', { disputeId: 1, creatorPosition: 'Late product', eventIds: [2] }).title).toBe("Dispute changed: creator's position, linked events");
    expect(say('deliverable.added', STORED_SHAPES['deliverable.added'][2]!.data).title).toBe('Post added: tiktok');
    const fired = STORED_SHAPES['notification.fired'];
    expect(say('notification.fired', fired[0]!.data).title).toBe('Reminder: First draft is 3 days late');
    expect(say('notification.fired', fired[1]!.data).title).toMatch(/^Reminder: .*First draft.*3 days late/);
    expect(describeEvent(EventBody.parse({ type: 'notification.fired', data: fired[1]!.data }), translator('zh')).title).toMatch(/^提醒：.*First draft.*3/);
    expect(say('metrics.recorded', STORED_SHAPES['metrics.recorded'][0]!.data).title).toBe('Numbers recorded: 1,200 views');
  });

  it('say a name Followthrough gave a deadline in the reader’s language, and a payment that settled it', () => {
    const said = (locale: Locale, data: unknown) => describeEvent(EventBody.parse({ type: 'milestone.delivered', data }), translator(locale));
    const byPayment = STORED_SHAPES['milestone.delivered'][2]!.data;
    expect(said('en', byPayment)).toEqual({ title: 'Pay the deposit: done on time', detail: 'Settled by the payment recorded' });
    expect(said('zh', byPayment)).toEqual({ title: '支付定金：按时完成', detail: '已按登记的付款完成' });
    // Recorded before the flag: the payment's note was the English word.
    const { byPayment: _, ...earlier } = byPayment as Record<string, unknown>;
    expect(said('nl', { ...earlier, note: 'Paid' }).detail).toBe('Voldaan met de geregistreerde betaling');
    // A contract's own milestone keeps the contract's words.
    expect(said('zh', STORED_SHAPES['milestone.delivered'][0]!.data).title).toMatch(/^First draft/);
  });

  it('write a date inside the words as the reader’s language writes one, never as stored', () => {
    const sayIn = (locale: Locale) => (type: string, data: unknown) => describeEvent(EventBody.parse({ type, data }), translator(locale), intlTag(locale));
    const shipped = { shipmentId: 1, carrier: 'other', trackingNumber: '', items: [], address: '', shippedOn: '2026-06-11', deliveredOn: null, returnedOn: null };
    const delivered = { shipmentId: 1, changes: { deliveredOn: { from: null, to: '2026-06-11' } } };
    const payment = STORED_SHAPES['payment.recorded'][0]!.data;
    const [extension] = STORED_SHAPES['amendment.recorded'];
    const [added, removed] = STORED_SHAPES['deadline.changed'];

    const en = sayIn('en');
    expect(en('shipment.recorded', shipped).title).toBe('Shipment recorded, shipped 11 Jun 2026');
    expect(en('shipment.updated', delivered).title).toBe('Shipment delivered on 11 Jun 2026');
    expect(en('payment.recorded', payment).title).toBe('Paid €300: deposit, on 4 Mar 2026');
    expect(en('dispute.updated', { disputeId: 1, resolvedOn: '2026-03-30' }).title).toBe('Dispute settled on 30 Mar 2026');
    expect(en('deadline.changed', added!.data).title).toBe('Deadline agreed: “Draft” by 15 Mar 2026');
    expect(en('amendment.recorded', extension!.data)).toEqual({
      title: 'Amended: “Post published” moved from 22 Mar 2026 to 29 Mar 2026',
      detail: 'Agreed on 20 Mar 2026, at the creator’s request, amending contract v1: Shipping delay',
    });

    const zh = sayIn('zh');
    expect(zh('shipment.recorded', shipped).title).toBe('已记录寄样，2026年6月11日已发出');
    expect(zh('shipment.updated', delivered).title).toBe('寄样已于2026年6月11日签收');
    expect(zh('payment.recorded', payment).title).toBe('已于2026年3月4日付款 €300（定金）');
    expect(zh('dispute.updated', { disputeId: 1, resolvedOn: '2026-03-30' }).title).toBe('争议已于2026年3月30日解决');
    expect(zh('deadline.changed', removed!.data).title).toBe('截止日期已取消：「内容发布」（原定2026年3月22日）');
    expect(zh('amendment.recorded', extension!.data).title).toContain('2026年3月22日');
    expect(zh('amendment.recorded', extension!.data).detail).toContain('2026年3月20日');

    const nl = sayIn('nl');
    expect(nl('shipment.recorded', shipped).title).toBe('Zending vastgelegd, verzonden op 11 jun 2026');
    expect(nl('shipment.updated', delivered).title).toBe('Zending bezorgd op 11 jun 2026');
    expect(nl('payment.recorded', payment).title).toMatch(/^€\s300 betaald: aanbetaling, op 4 mrt 2026$/);
    expect(nl('dispute.updated', { disputeId: 1, resolvedOn: '2026-03-30' }).title).toBe('Geschil opgelost op 30 mrt 2026');
    expect(nl('deadline.changed', added!.data).title).toBe('Deadline afgesproken: “Concept” uiterlijk 15 mrt 2026');
    expect(nl('amendment.recorded', extension!.data).title).toBe('Aanvulling: “Post published” verzet van 22 mrt 2026 naar 29 mrt 2026');

    for (const locale of ['en', 'zh', 'nl'] as const) {
      for (const { event } of events) {
        const { title, detail } = describeEvent(event, translator(locale), intlTag(locale));
        expect(`${title} ${detail ?? ''}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      }
    }
  });
});
