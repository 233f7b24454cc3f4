import { describe, expect, it } from 'vitest';
import { conversationOf, isReplyOverdue, replyHealth, replyWaits } from './replyState';

const brand = (at: string) => ({ at, direction: 'brand_to_creator' as const });
const creator = (at: string) => ({ at, direction: 'creator_to_brand' as const });

describe('the reply clock', () => {
  it('waits from the first unanswered brand message, not the latest reminder, and stops at a reply', () => {
    const talk = [brand('2026-03-01T09:00:00Z'), creator('2026-03-01T12:00:00Z'), brand('2026-03-02T09:00:00Z'), brand('2026-03-03T09:00:00Z')];
    const c = conversationOf(talk);
    expect(c.awaitingReplySince).toBe('2026-03-02T09:00:00Z');
    expect(c.lastReply?.at).toBe('2026-03-01T12:00:00Z');
    expect(c.sinceReply).toHaveLength(2);
    expect(conversationOf([...talk, creator('2026-03-04T09:00:00Z')])).toMatchObject({ awaitingReplySince: null, sinceReply: [] });
    expect(conversationOf([])).toMatchObject({ awaitingReplySince: null, last: null });
  });

  it('is breached exactly when the agreed reply time has run out', () => {
    const clock = { awaitingReplySince: '2026-03-02T09:00:00Z', remindersSinceReply: 1, replySlaHours: 24 };
    const due = Date.parse('2026-03-03T09:00:00Z');
    expect(isReplyOverdue(clock, due - 1)).toBe(false);
    expect(isReplyOverdue(clock, due)).toBe(true);
    expect(replyHealth(clock, due - 1)).toBeNull();
    expect(replyHealth(clock, due)).toBe('no_reply');
    expect(isReplyOverdue({ ...clock, awaitingReplySince: null }, due)).toBe(false);
  });

  it('measures each reply from the wait it ended, per collaboration', () => {
    const waits = replyWaits([
      { collaborationId: 1, ...brand('2026-03-01T00:00:00Z') },
      { collaborationId: 1, ...brand('2026-03-01T05:00:00Z') },
      { collaborationId: 1, ...creator('2026-03-01T10:00:00Z') },
      { collaborationId: 1, ...creator('2026-03-01T11:00:00Z') },
      { collaborationId: 2, ...creator('2026-03-01T00:00:00Z') },
      { collaborationId: 2, ...brand('2026-03-02T00:00:00Z') },
      { collaborationId: 2, ...creator('2026-03-02T02:30:00Z') },
    ]);
    expect(waits).toEqual([10, 2.5]);
  });
});
