import { describe, expect, it } from 'vitest';
import { describeEvent } from './eventWords';
import { translator } from './i18n/createI18n';
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
    expect(say('dispute.updated', { disputeId: 1, resolvedOn: null }).title).toBe('Dispute reopened');
    expect(say('dispute.updated', { disputeId: 1, creatorPosition: 'Late product', eventIds: [2] }).title).toBe("Dispute changed: creator's position, linked events");
    expect(say('deliverable.added', STORED_SHAPES['deliverable.added'][2]!.data).title).toBe('Post added: tiktok');
    const fired = STORED_SHAPES['notification.fired'];
    expect(say('notification.fired', fired[0]!.data).title).toBe('Reminder: First draft is 3 days late');
    expect(say('notification.fired', fired[1]!.data).title).toMatch(/^Reminder: .*First draft.*3 days late/);
    expect(describeEvent(EventBody.parse({ type: 'notification.fired', data: fired[1]!.data }), translator('zh')).title).toMatch(/^提醒：.*First draft.*3/);
    expect(say('metrics.recorded', STORED_SHAPES['metrics.recorded'][0]!.data).title).toBe('Numbers recorded: 1,200 views');
  });
});
