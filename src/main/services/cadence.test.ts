import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE } from '../../shared/cadence/schemas';
import { archiveApi } from '../testing/archiveApi';
import { snapshot, testContext } from '../testing/context';

let ctx: ReturnType<typeof testContext>;
let api: ReturnType<typeof archiveApi>;
let campaignId: number;
beforeEach(() => {
  ctx = testContext('2026-03-02T09:00:00.000Z');
  api = archiveApi(ctx);
  campaignId = api.ok('campaigns.create', { name: 'Spring glow', currency: 'EUR' }).id;
});
afterEach(() => ctx.cleanup());

describe('a campaign’s check-in rhythm', () => {
  it('is the default (the day after arrival, then weekly) until the campaign sets its own', () => {
    expect(DEFAULT_CADENCE).toEqual({ enabled: true, firstAfterArrivalDays: 1, everyDays: 7 });
    expect(api.ok('cadence.get', { campaignId })).toEqual({ campaignId, cadence: DEFAULT_CADENCE, isDefault: true });
  });

  it('keeps the numbers it is given, and goes back to the default on null', () => {
    const own = { enabled: true, firstAfterArrivalDays: 2, everyDays: 10 };
    expect(api.ok('cadence.save', { campaignId, cadence: own })).toEqual({ campaignId, cadence: own, isDefault: false });
    expect(api.ok('cadence.get', { campaignId })).toEqual({ campaignId, cadence: own, isDefault: false });
    // Saving the default's numbers is still the campaign's own choice: a later default does not change it.
    expect(api.ok('cadence.save', { campaignId, cadence: DEFAULT_CADENCE }).isDefault).toBe(false);
    const off = { ...own, enabled: false };
    expect(api.ok('cadence.save', { campaignId, cadence: off }).cadence).toEqual(off);
    expect(api.ok('cadence.save', { campaignId, cadence: null })).toEqual({ campaignId, cadence: DEFAULT_CADENCE, isDefault: true });
    // Other campaigns are left as they were.
    const other = api.ok('campaigns.create', { name: 'Autumn', currency: 'EUR' }).id;
    api.ok('cadence.save', { campaignId, cadence: own });
    expect(api.ok('cadence.get', { campaignId: other }).isDefault).toBe(true);
  });

  it.each([
    ['everyDays', { enabled: true, firstAfterArrivalDays: 1, everyDays: 0 }, 'Check in every 1 to 60 days'],
    ['everyDays', { enabled: true, firstAfterArrivalDays: 1, everyDays: 61 }, 'Check in every 1 to 60 days'],
    ['everyDays', { enabled: true, firstAfterArrivalDays: 1, everyDays: 7.5 }, 'Use a whole number'],
    ['firstAfterArrivalDays', { enabled: true, firstAfterArrivalDays: -1, everyDays: 7 }, 'The first check-in comes 0 to 60 days after the product arrives'],
    ['firstAfterArrivalDays', { enabled: true, firstAfterArrivalDays: 90, everyDays: 7 }, 'The first check-in comes 0 to 60 days after the product arrives'],
    ['firstAfterArrivalDays', { enabled: true, firstAfterArrivalDays: '3', everyDays: 7 }, 'Enter a number'],
    ['enabled', { enabled: 'yes', firstAfterArrivalDays: 1, everyDays: 7 }, 'Expected on or off'],
  ])('refuses a bad %s with a sentence at the field, and changes nothing', (field, cadence, sentence) => {
    api.ok('cadence.save', { campaignId, cadence: { enabled: true, firstAfterArrivalDays: 2, everyDays: 10 } });
    const before = snapshot(ctx);
    const error = api.refused('cadence.save', { campaignId, cadence } as never);
    expect(error.code).toBe('BAD_INPUT');
    expect(error.issues?.find((i) => i.path.join('.') === `cadence.${field}`)?.message).toBe(sentence);
    expect(snapshot(ctx)).toEqual(before);
    expect(api.ok('cadence.get', { campaignId }).cadence).toEqual({ enabled: true, firstAfterArrivalDays: 2, everyDays: 10 });
  });

  it('refuses a campaign that is not there, and codes the refusal so the page says it in its own language', () => {
    expect(api.refused('cadence.get', { campaignId: 99 }).code).toBe('NOT_FOUND');
    const before = snapshot(ctx);
    expect(api.refused('cadence.save', { campaignId: 99, cadence: DEFAULT_CADENCE }).code).toBe('NOT_FOUND');
    expect(snapshot(ctx)).toEqual(before);
    const issue = api.refused('cadence.save', { campaignId, cadence: { enabled: true, firstAfterArrivalDays: 1, everyDays: 0 } }).issues![0]!;
    expect(issue).toMatchObject({ key: 'cadence.everyDays' });
  });
});
