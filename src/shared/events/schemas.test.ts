import { describe, expect, it } from 'vitest';
import { NEVER_WRITTEN, STORED_SHAPES } from './fixtures';
import { EVENT_TYPES, EventBody, EventRecord } from './schemas';

const shapes = Object.entries(STORED_SHAPES).flatMap(([type, list]) => list.map(({ since, data }) => ({ type, since, data })));

describe('the schema of each type of event', () => {
  it('has every type the app writes, each with the shapes it was stored in', () => {
    expect(Object.keys(STORED_SHAPES).sort()).toEqual([...EVENT_TYPES].sort());
    expect(EVENT_TYPES).toHaveLength(27);
  });

  it.each(shapes)('reads a $type event as $since wrote it', ({ type, data }) => {
    const parsed = EventBody.safeParse({ type, data });
    expect(parsed.error).toBeUndefined();
    // Read back exactly as stored: nothing is dropped or filled in.
    expect(parsed.data?.data).toEqual(data);
  });

  it.each(NEVER_WRITTEN)('refuses $why', ({ type, data }) => {
    expect(EventBody.safeParse({ type, data }).success).toBe(false);
  });

  it('refuses data missing what its type needs, or holding a value it cannot', () => {
    expect(EventBody.safeParse({ type: 'message', data: { text: 'Hi' } }).error?.issues.map((i) => i.path.join('.'))).toEqual(['data.direction', 'data.channel']);
    expect(EventBody.safeParse({ type: 'collaboration.moved', data: { from: 'signed', to: 'shipped' } }).error?.issues[0]?.path).toEqual(['data', 'to']);
    expect(EventBody.safeParse({ type: 'milestone.delivered', data: { ...STORED_SHAPES['milestone.delivered'][0]!.data, daysLate: -1 } }).success).toBe(false);
  });

  it('types a whole record, its external id included', () => {
    const header = { id: 7, at: '2026-03-02T09:00:00.000Z', recordedAt: '2026-03-02T09:05:00.000Z', collaborationId: 1, creatorId: 1 };
    const record = EventRecord.parse({ ...header, externalId: { source: 'import', id: 'row-7' }, type: 'note', data: { text: 'Called' } });
    expect(record).toEqual({ ...header, externalId: { source: 'import', id: 'row-7' }, type: 'note', data: { text: 'Called' } });
    expect(EventRecord.safeParse({ ...header, externalId: null, type: 'note', data: {} }).success).toBe(false);
    expect(EventRecord.safeParse({ ...header, externalId: { source: 'Import!', id: 'x' }, type: 'note', data: { text: 'x' } }).success).toBe(false);
    expect(EventRecord.safeParse({ ...header, externalId: { source: 'import', id: ' x' }, type: 'note', data: { text: 'x' } }).success).toBe(false);
  });
});
