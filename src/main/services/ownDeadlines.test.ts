import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveApi } from '../testing/archiveApi';
import { snapshot, testContext } from '../testing/context';
import { describeEvent } from '../../shared/eventWords';
import { translator } from '../../shared/i18n/createI18n';
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

describe('the collaboration’s own dates, through deadlines.add|update|remove', () => {
  it('adds a draft by a day: it reminds and turns late like a contract milestone, with no deduction, and is on record', () => {
    const draft = api.ok('deadlines.add', { collaborationId: id, kind: 'draft', dueDate: '2026-03-20' });
    expect(draft).toMatchObject({ name: 'Draft', kind: 'draft', contractVersion: 0, deductible: false, status: 'overdue', daysLate: 5 });
    expect(draft.key).toMatch(/^own_\d+$/);
    expect(own().map((d) => [d.name, d.dueDate])).toEqual([
      ['Draft', '2026-03-20'],
      ['Post published', '2026-03-22'],
    ]);
    expect(card()).toMatchObject({ nextDeadline: 'Draft', nextDueDate: '2026-03-20', daysLate: 5 });
    api.ok('notifications.check', {});
    expect(api.ok('notifications.list', { all: true }).items.filter((n) => n.collaborationId === id && n.item.includes(String(draft.id))).length).toBeGreaterThan(0);
    expect(api.ok('events.list', { collaborationId: id, limit: 10 }).map((e) => e.type)).toContain('deadline.changed');
    // The evidence pack lists the dates agreed without a contract, with how late they are.
    expect(api.ok('evidence.pack', { collaborationId: id }).milestones.map((m) => [m.name, m.dueDate, m.daysLate])).toEqual([
      ['Draft', '2026-03-20', 5],
      ['Post published', '2026-03-22', 3],
    ]);
  });

  it('moves and renames one, drops one, and the post-by date is the collaboration’s publish-by date', () => {
    const other = api.ok('deadlines.add', { collaborationId: id, kind: 'other', name: 'Unboxing story', dueDate: '2026-03-27' });
    const moved = api.ok('deadlines.update', { id: other.id, dueDate: '2026-03-29', name: 'Unboxing story and reel' });
    expect(moved).toMatchObject({ name: 'Unboxing story and reel', dueDate: '2026-03-29' });
    const post = own().find((d) => d.key === 'own_publish_by')!;
    api.ok('deadlines.update', { id: post.id, dueDate: '2026-04-02' });
    expect(api.ok('collaborations.get', { id }).publishBy).toBe('2026-04-02');
    api.ok('deadlines.remove', { id: post.id, reason: 'Story only, no post' });
    expect(api.ok('collaborations.get', { id }).publishBy).toBeNull();
    expect(own().map((d) => d.name)).toEqual(['Unboxing story and reel']);
    // With no post-by date, one can be added as a deadline.
    expect(api.ok('deadlines.add', { collaborationId: id, kind: 'publish', dueDate: '2026-04-05' })).toMatchObject({ key: 'own_publish_by', name: 'Post published' });
    const words = api.ok('events.list', { collaborationId: id, limit: 10 }).filter((e) => e.type === 'deadline.changed').map((e) => describeEvent(e, translator('en')).title);
    expect(words).toEqual([
      'Deadline agreed: “Post published” by 5 Apr 2026',
      'Deadline dropped: “Post published” (was 2 Apr 2026)',
      'Deadline moved: “Post published” from 22 Mar 2026 to 2 Apr 2026',
      'Deadline renamed: “Unboxing story and reel”',
      'Deadline moved: “Unboxing story and reel” from 27 Mar 2026 to 29 Mar 2026',
      'Deadline agreed: “Unboxing story” by 27 Mar 2026',
    ]);
  });

  it('refuses what is not the collaboration’s own to change, and changes nothing', () => {
    const before = snapshot(ctx);
    expect(api.refused('deadlines.add', { collaborationId: id, kind: 'publish', dueDate: '2026-04-05' }).message).toBe('The post is already due by 2026-03-22. Move that date instead.');
    expect(api.refused('deadlines.add', { collaborationId: id, kind: 'other', dueDate: '2026-04-05' }).issues).toMatchObject([{ path: ['name'], message: 'Say what is due' }]);
    expect(api.refused('deadlines.add', { collaborationId: id, kind: 'draft', dueDate: '2026-02-30' }).issues?.[0]).toMatchObject({ path: ['dueDate'] });
    expect(snapshot(ctx)).toEqual(before);
    api.ok('contracts.finalize', { collaborationId: id, terms: presetTerms('paid_video', SEED) });
    const contracted = snapshot(ctx);
    expect(api.refused('deadlines.add', { collaborationId: id, kind: 'draft', dueDate: '2026-04-05' }).message).toMatch(/^A contract is in force/);
    const milestone = own().find((d) => d.contractVersion === 1 && d.party === 'creator')!;
    expect(api.refused('deadlines.update', { id: milestone.id, dueDate: '2026-05-01' }).message).toBe(`“${milestone.name}” comes from the contract. Move it by agreement (an amendment) instead.`);
    expect(api.refused('deadlines.remove', { id: milestone.id }).code).toBe('CONFLICT');
    expect(snapshot(ctx)).toEqual(contracted);
  });

  it('keeps what was done: a delivered own date is neither moved nor dropped', () => {
    const script = api.ok('deadlines.add', { collaborationId: id, kind: 'script', dueDate: '2026-03-24' });
    api.ok('deadlines.deliver', { id: script.id });
    expect(api.refused('deadlines.remove', { id: script.id }).message).toMatch(/already marked done \(2026-03-25\); it stays on record/);
  });

  it('gives the creator the reply time agreed without a contract', () => {
    api.ok('collaborations.update', { id, replyWithinHours: 48 });
    api.ok('events.log', { collaborationId: id, type: 'message', direction: 'brand_to_creator', channel: 'email', text: 'How is the draft going?' });
    ctx.clock.advance(30 * 3_600_000);
    expect(card().health).not.toBe('no_reply');
    api.ok('notifications.check', {});
    expect(api.ok('notifications.list', { all: true }).items.filter((n) => n.collaborationId === id && n.kind === 'sla_breached')).toEqual([]);
    ctx.clock.advance(20 * 3_600_000);
    api.ok('notifications.check', {});
    expect(api.ok('notifications.list', { all: true }).items.filter((n) => n.collaborationId === id && n.kind === 'sla_breached').length).toBe(1);
    expect(card().health).toBe('no_reply');
  });
});
