import { describe, expect, it } from 'vitest';
import { type Cadence, DEFAULT_CADENCE } from '../cadence/schemas';
import type { Stage } from '../stages';
import { type CheckInState, checkInDue, checkInPlan } from './checkIn';

const ZONE = 'Europe/Amsterdam';
/** Paid, in production, the product arrived on Monday 2 March 2026, no message since. */
const base: CheckInState = { stage: 'in_production', feeMinor: 100_000, productReceivedOn: '2026-03-02', contentIn: false, lastContactAt: null, awaitingReplySince: null };
const due = (today: string, state: Partial<CheckInState> = {}, cadence: Cadence = DEFAULT_CADENCE) => {
  const found = checkInDue(cadence, { ...base, ...state }, today, ZONE);
  return found && [found.dueOn, found.occurrence];
};

describe('the check-in rhythm', () => {
  it('starts the day after the product arrives, then comes back weekly', () => {
    expect(due('2026-03-02')).toBeNull();
    expect(due('2026-03-03')).toEqual(['2026-03-03', 1]);
    expect(due('2026-03-09')).toEqual(['2026-03-03', 1]);
    expect(due('2026-03-10')).toEqual(['2026-03-10', 8]);
    expect(due('2026-03-17')).toEqual(['2026-03-17', 15]);
    expect(due('2026-04-20')).toEqual(['2026-04-14', 43]);
    expect(checkInPlan(DEFAULT_CADENCE, base, '2026-03-02', ZONE)).toEqual({ due: null, nextOn: '2026-03-03' });
    expect(checkInPlan(DEFAULT_CADENCE, base, '2026-03-12', ZONE)?.nextOn).toBe('2026-03-17');
  });

  it('says what it counts from: the arrival, or the last contact after it', () => {
    expect(checkInDue(DEFAULT_CADENCE, base, '2026-03-03', ZONE)).toEqual({ dueOn: '2026-03-03', occurrence: 1, arrivedOn: '2026-03-02', lastContactOn: null });
    const replied = { ...base, lastContactAt: '2026-03-05T09:00:00.000Z' };
    expect(checkInDue(DEFAULT_CADENCE, replied, '2026-03-12', ZONE)).toEqual({ dueOn: '2026-03-12', occurrence: 10, arrivedOn: '2026-03-02', lastContactOn: '2026-03-05' });
  });

  it('pauses while a message was exchanged within the last week, and counts the next one from it', () => {
    const talked = { lastContactAt: '2026-03-05T09:00:00.000Z' };
    expect(due('2026-03-05', talked)).toBeNull();
    expect(due('2026-03-11', talked)).toBeNull();
    expect(checkInPlan(DEFAULT_CADENCE, { ...base, ...talked }, '2026-03-11', ZONE)).toEqual({ due: null, nextOn: '2026-03-12' });
    expect(due('2026-03-12', talked)).toEqual(['2026-03-12', 10]);
    expect(due('2026-03-19', talked)).toEqual(['2026-03-19', 17]);
  });

  it('reads the last contact on the brand’s calendar: 00:30 in Amsterdam is the next day', () => {
    expect(due('2026-03-11', { lastContactAt: '2026-03-04T23:30:00.000Z' })).toBeNull();
    expect(due('2026-03-12', { lastContactAt: '2026-03-04T23:30:00.000Z' })).toEqual(['2026-03-12', 10]);
    expect(due('2026-03-11', { lastContactAt: '2026-03-04T22:30:00.000Z' })).toEqual(['2026-03-11', 9]);
  });

  it('counts a message on the arrival day, but none from before the product arrived', () => {
    expect(due('2026-03-03', { lastContactAt: '2026-03-02T08:00:00.000Z' })).toBeNull();
    expect(due('2026-03-09', { lastContactAt: '2026-03-02T08:00:00.000Z' })).toEqual(['2026-03-09', 7]);
    expect(due('2026-03-03', { lastContactAt: '2026-02-27T08:00:00.000Z' })).toEqual(['2026-03-03', 1]);
  });

  it('is paused while the brand waits for the creator’s reply, and counted from the reply once it comes', () => {
    expect(due('2026-03-20', { lastContactAt: '2026-03-10T09:00:00.000Z', awaitingReplySince: '2026-03-10T09:00:00.000Z' })).toBeNull();
    expect(checkInPlan(DEFAULT_CADENCE, { ...base, awaitingReplySince: '2026-03-10T09:00:00.000Z' }, '2026-03-20', ZONE)).toBeNull();
    expect(due('2026-03-20', { lastContactAt: '2026-03-16T09:00:00.000Z' })).toBeNull();
    expect(due('2026-03-23', { lastContactAt: '2026-03-16T09:00:00.000Z' })).toEqual(['2026-03-23', 21]);
  });

  it('stops once the draft or the post is in, and outside the stages the content is made in', () => {
    expect(due('2026-03-10', { contentIn: true })).toBeNull();
    expect(due('2026-03-10', { stage: 'product_received' })).toEqual(['2026-03-10', 8]);
    const stopped: Stage[] = ['product_shipped', 'in_review', 'published', 'completed', 'terminated', 'declined'];
    for (const stage of stopped) expect(due('2026-03-10', { stage }), stage).toBeNull();
  });

  it('does not run before the product arrived, for a gift (it has its own follow-ups), or when switched off', () => {
    expect(due('2026-03-10', { productReceivedOn: null })).toBeNull();
    expect(due('2026-03-10', { feeMinor: 0 })).toBeNull();
    expect(due('2026-03-10', {}, { ...DEFAULT_CADENCE, enabled: false })).toBeNull();
  });

  it('follows a campaign’s own numbers', () => {
    const fortnightly: Cadence = { enabled: true, firstAfterArrivalDays: 3, everyDays: 14 };
    expect(due('2026-03-04', {}, fortnightly)).toBeNull();
    expect(due('2026-03-05', {}, fortnightly)).toEqual(['2026-03-05', 3]);
    expect(due('2026-03-18', {}, fortnightly)).toEqual(['2026-03-05', 3]);
    expect(due('2026-03-19', {}, fortnightly)).toEqual(['2026-03-19', 17]);
    const sameDay: Cadence = { enabled: true, firstAfterArrivalDays: 0, everyDays: 1 };
    expect(due('2026-03-02', {}, sameDay)).toEqual(['2026-03-02', 0]);
    expect(due('2026-03-03', {}, sameDay)).toEqual(['2026-03-03', 1]);
    // A late first check-in is not brought forward by an early message.
    expect(due('2026-03-11', { lastContactAt: '2026-03-03T09:00:00.000Z' }, { enabled: true, firstAfterArrivalDays: 10, everyDays: 7 })).toBeNull();
    expect(due('2026-03-12', { lastContactAt: '2026-03-03T09:00:00.000Z' }, { enabled: true, firstAfterArrivalDays: 10, everyDays: 7 })).toEqual(['2026-03-12', 10]);
  });

  it('never gives a later check-in a number an earlier one had, however the messages fall', () => {
    const contacts = ['2026-03-03T10:00:00.000Z', '2026-03-04T10:00:00.000Z', '2026-03-13T10:00:00.000Z', '2026-03-30T10:00:00.000Z'];
    const seen: number[] = [];
    let lastContactAt: string | null = null;
    for (let day = 2; day <= 60; day++) {
      const today = new Date(Date.UTC(2026, 2, day)).toISOString().slice(0, 10);
      const spoken = contacts.find((c) => c.slice(0, 10) === today);
      const found = due(today, { lastContactAt });
      if (found && seen.at(-1) !== found[1]) seen.push(found[1] as number);
      if (spoken) lastContactAt = spoken;
    }
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(3);
  });
});
