import { afterEach, describe, expect, it } from 'vitest';
import type { BoardCard } from '../../shared/schemas';
import { contracted } from '../testing/contracted';
import { testContext } from '../testing/context';
import { readBoard } from './board';
import { moveCollaboration } from './collaborations';
import { logEvent } from './events';
import { updateSettings } from './settingsUpdate';

let ctx: ReturnType<typeof testContext>;
afterEach(() => ctx.cleanup());

/** Mia's first draft is due 2026-03-17, end of day (the product arrived on 2 March). */
function setup(options: { replySlaHours?: number } = {}) {
  ctx = testContext('2026-03-03T09:00:00.000Z');
  updateSettings(ctx, { timeZone: 'Europe/Amsterdam' });
  const { collaborationId } = contracted(ctx, {
    productReceivedOn: '2026-03-02',
    milestones: ['first_draft'],
    change: (t) => (options.replySlaHours ? { ...t, replySlaHours: options.replySlaHours } : t),
  });
  return collaborationId;
}

function say(collaborationId: number, at: string, direction: 'brand_to_creator' | 'creator_to_brand') {
  ctx.clock.set(at);
  logEvent(ctx, { collaborationId, type: 'message', direction, channel: 'email', text: 'Hello', at });
}

function cardAt(iso: string): BoardCard {
  ctx.clock.set(iso);
  const [card] = readBoard(ctx, {}).cards;
  return card!;
}

describe('card health', () => {
  it('follows the next deadline while the conversation is fine', () => {
    const id = setup();
    expect(cardAt('2026-03-03T09:00:00.000Z')).toMatchObject({ id, health: 'on_track', deadlineHealth: 'on_track', nextDueDate: '2026-03-17' });
    expect(cardAt('2026-03-16T09:00:00.000Z')).toMatchObject({ health: 'due_soon', deadlineHealth: 'due_soon' });
    expect(cardAt('2026-03-19T09:00:00.000Z')).toMatchObject({ health: 'overdue', deadlineHealth: 'overdue', daysLate: 2 });
  });

  it('is no_reply once the reply time has passed, and the reply stops the clock', () => {
    const id = setup();
    say(id, '2026-03-04T09:00:00.000Z', 'brand_to_creator');
    expect(cardAt('2026-03-05T08:59:00.000Z')).toMatchObject({ health: 'on_track', waitingOn: 'creator', waitingSince: '2026-03-04T09:00:00.000Z' });
    expect(cardAt('2026-03-05T09:00:00.000Z')).toMatchObject({ health: 'no_reply', deadlineHealth: 'on_track' });
    say(id, '2026-03-05T10:00:00.000Z', 'creator_to_brand');
    expect(cardAt('2026-03-05T10:00:00.000Z')).toMatchObject({
      health: 'on_track',
      waitingOn: 'brand',
      waitingSince: '2026-03-05T10:00:00.000Z',
      lastContactAt: '2026-03-05T10:00:00.000Z',
    });
  });

  it('uses the reply time of the contract in force', () => {
    const id = setup({ replySlaHours: 48 });
    say(id, '2026-03-04T09:00:00.000Z', 'brand_to_creator');
    expect(cardAt('2026-03-06T08:59:00.000Z').health).toBe('on_track');
    expect(cardAt('2026-03-06T09:00:00.000Z').health).toBe('no_reply');
  });

  it('is lost_contact after 7 days without a reply, or after 3 unanswered messages', () => {
    const id = setup();
    say(id, '2026-03-04T09:00:00.000Z', 'brand_to_creator');
    expect(cardAt('2026-03-11T08:59:00.000Z').health).toBe('no_reply');
    expect(cardAt('2026-03-11T09:00:00.000Z').health).toBe('lost_contact');

    say(id, '2026-03-11T10:00:00.000Z', 'creator_to_brand');
    say(id, '2026-03-11T11:00:00.000Z', 'brand_to_creator');
    say(id, '2026-03-11T12:00:00.000Z', 'brand_to_creator');
    expect(cardAt('2026-03-11T12:30:00.000Z').health).toBe('on_track');
    say(id, '2026-03-11T13:00:00.000Z', 'brand_to_creator');
    expect(cardAt('2026-03-11T13:30:00.000Z')).toMatchObject({ health: 'lost_contact', waitingSince: '2026-03-11T11:00:00.000Z' });
  });

  it('shows the worst: a silent creator outranks a late draft, whose chip stays overdue', () => {
    const id = setup();
    say(id, '2026-03-16T09:00:00.000Z', 'brand_to_creator');
    expect(cardAt('2026-03-19T09:00:00.000Z')).toMatchObject({ health: 'no_reply', deadlineHealth: 'overdue', daysLate: 2 });
  });

  it('waits on nobody before the first message, nor once the collaboration has ended', () => {
    const id = setup();
    expect(cardAt('2026-03-03T09:00:00.000Z')).toMatchObject({ waitingOn: null, waitingSince: null, lastContactAt: null });
    say(id, '2026-03-04T09:00:00.000Z', 'brand_to_creator');
    moveCollaboration(ctx, { id, to: 'terminated' });
    expect(cardAt('2026-03-20T09:00:00.000Z')).toMatchObject({ waitingOn: null, lastContactAt: '2026-03-04T09:00:00.000Z' });
    expect(cardAt('2026-03-20T09:00:00.000Z').health).not.toMatch(/no_reply|lost_contact/);
  });
});
