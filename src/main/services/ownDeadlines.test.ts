import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveApi } from '../testing/archiveApi';
import { testContext } from '../testing/context';
import { presetTerms } from '../../shared/contract/presets';
import { SEED } from '../../shared/contract/fixtures';

/*
 * A publish-by date agreed without a contract is a deadline all the same: it reminds, turns late,
 * shows on the card and the calendar, and costs nothing (no deduction was agreed).
 */

let ctx: ReturnType<typeof testContext>;
let api: ReturnType<typeof archiveApi>;
let id: number;
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
  api = archiveApi(ctx);
  api.ok('settings.update', { timeZone: 'Europe/Amsterdam', brandName: 'Lumen', senderName: 'Ana' });
  const creator = api.ok('influencers.create', { name: 'Lin' });
  id = api.ok('collaborations.create', { creatorId: creator.id, stage: 'product_received', publishBy: '2026-03-22' }).id;
});
afterEach(() => ctx.cleanup());

const own = () => api.ok('deadlines.list', { collaborationId: id, openOnly: false }).deadlines;
const card = () => api.ok('collaborations.board', {}).cards.find((c) => c.id === id)!;

describe('a collaboration’s own publish-by date', () => {
  it('is a deadline that is late after its day, on the card, with no deduction', () => {
    expect(own()).toEqual([expect.objectContaining({ key: 'own_publish_by', name: 'Post published', party: 'creator', deductible: false, contractVersion: 0, dueDate: '2026-03-22', status: 'overdue', daysLate: 3 })]);
    expect(card()).toMatchObject({ nextDeadline: 'Post published', nextDueDate: '2026-03-22', deadlineHealth: 'overdue', daysLate: 3 });
    expect(api.ok('deadlines.list', { collaborationId: id }).penalties).toEqual([]);
  });

  it('reminds while it is late', () => {
    api.ok('notifications.check', {});
    const reminders = api.ok('notifications.list', { all: true }).items.filter((n) => n.collaborationId === id);
    expect(reminders.map((n) => n.kind)).toContain('overdue');
  });

  it('follows the date as it is changed or cleared, and ends when the post is published', () => {
    api.ok('collaborations.update', { id, publishBy: '2026-03-30' });
    expect(own()).toEqual([expect.objectContaining({ dueDate: '2026-03-30', status: 'upcoming', daysLate: 0 })]);
    api.ok('collaborations.update', { id, publishBy: null });
    expect(own()).toEqual([]);
    api.ok('collaborations.update', { id, publishBy: '2026-03-22' });
    api.ok('collaborations.move', { id, from: 'product_received', to: 'published' });
    expect(own()).toEqual([expect.objectContaining({ key: 'own_publish_by', status: 'done_late', deliveredOn: '2026-03-25' })]);
  });

  it('gives way to a contract once one is in force', () => {
    api.ok('contracts.finalize', { collaborationId: id, terms: presetTerms('paid_video', SEED) });
    expect(own().map((d) => d.key)).not.toContain('own_publish_by');
    expect(own().every((d) => d.contractVersion === 1)).toBe(true);
  });
});
