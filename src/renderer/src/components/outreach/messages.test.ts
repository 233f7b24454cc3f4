import { describe, expect, it } from 'vitest';
import type { EventData } from '../../../../shared/events/schemas';
import type { EventRecord, MessageDirection } from '../../../../shared/schemas';
import { messagesOf, whoIsWaiting } from './messages';

let nextId = 1;
const header = (at: string) => ({ id: nextId++, at, recordedAt: at, collaborationId: 1, creatorId: 1, externalId: null });
const note = (at: string, text: string): EventRecord => ({ ...header(at), type: 'note', data: { text } });
const message = (at: string, direction: MessageDirection, extra: Partial<EventData<'message'>> = {}): EventRecord => ({
  ...header(at),
  type: 'message',
  data: { direction, channel: 'email', text: 'Hi', ...extra },
});

describe('messagesOf', () => {
  it('keeps only messages, newest first, with a message logged late in its place', () => {
    const events = [
      message('2026-03-20T09:00:00Z', 'brand_to_creator', { subject: 'Hello', kind: 'warm_checkin' }),
      note('2026-03-21T09:00:00Z', 'Called'),
      message('2026-03-22T09:00:00Z', 'creator_to_brand', { stuck: true }),
      message('2026-03-21T12:00:00Z', 'brand_to_creator', { subject: '' }),
    ];
    const list = messagesOf(events);
    expect(list.map((m) => m.at)).toEqual(['2026-03-22T09:00:00Z', '2026-03-21T12:00:00Z', '2026-03-20T09:00:00Z']);
    expect(list[0]).toMatchObject({ direction: 'creator_to_brand', stuck: true, subject: null });
    expect(list[2]).toMatchObject({ subject: 'Hello', kind: 'warm_checkin' });
  });

  it('orders messages of the same moment as they were logged', () => {
    const first = message('2026-03-25T10:00:00Z', 'brand_to_creator');
    const second = message('2026-03-25T10:00:00Z', 'creator_to_brand');
    expect(messagesOf([first, second]).map((m) => m.id)).toEqual([second.id, first.id]);
  });
});

describe('whoIsWaiting', () => {
  it('is nobody before the first message', () => {
    expect(whoIsWaiting([])).toBeNull();
  });

  it('waits for the creator since the first unanswered brand message', () => {
    const list = messagesOf([
      message('2026-03-01T09:00:00Z', 'brand_to_creator'),
      message('2026-03-02T09:00:00Z', 'creator_to_brand'),
      message('2026-03-03T10:00:00Z', 'brand_to_creator'),
      message('2026-03-05T10:00:00Z', 'brand_to_creator'),
    ]);
    expect(whoIsWaiting(list)).toEqual({ on: 'creator', since: '2026-03-03T10:00:00Z' });
  });

  it('waits for the brand after a reply', () => {
    const list = messagesOf([message('2026-03-01T09:00:00Z', 'brand_to_creator'), message('2026-03-02T09:00:00Z', 'creator_to_brand')]);
    expect(whoIsWaiting(list)).toEqual({ on: 'brand', since: '2026-03-02T09:00:00Z' });
  });
});
