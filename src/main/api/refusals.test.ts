import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { presetTerms } from '../../shared/contract/presets';
import type { ContractTerms } from '../../shared/contract/terms';
import { contracted } from '../testing/contracted';
import { snapshot, testContext } from '../testing/context';
import { createDispatcher } from './dispatcher';

// Out-of-range input is refused at its field with a sentence, and nothing is stored or changed.
let ctx: ReturnType<typeof testContext>;
let dispatch: ReturnType<typeof createDispatcher>;
let collaborationId: number;
beforeEach(() => {
  ctx = testContext('2026-03-25T10:00:00.000Z');
  dispatch = createDispatcher(ctx);
  collaborationId = contracted(ctx, { productReceivedOn: '2026-03-02' }).collaborationId;
});
afterEach(() => ctx.cleanup());

async function refused(name: Parameters<typeof dispatch>[0], input: unknown, path: string, sentence: RegExp) {
  const before = snapshot(ctx);
  const result = await dispatch(name, input);
  if (result.ok) throw new Error(`${name} accepted ${JSON.stringify(input)}`);
  expect(result.error.code).toBe('BAD_INPUT');
  const issue = result.error.issues?.find((i) => i.path.join('.') === path);
  expect(issue?.message, `issues: ${JSON.stringify(result.error.issues)}`).toMatch(sentence);
  expect(snapshot(ctx)).toEqual(before);
}

const terms = (change: (t: ContractTerms) => void): ContractTerms => {
  const t = presetTerms('paid_video', { brandName: 'Lumen', senderName: 'Ana', creatorName: 'Mia', creatorHandle: '@mia', creatorEmail: '', platforms: ['youtube'], feeMinor: 100_000, currency: 'EUR', product: 'Serum', productValueMinor: null, creatorRegion: 'EU' });
  change(t);
  return t;
};

describe('contract terms', () => {
  it.each([
    ['fee.feeMinor', (t: ContractTerms) => (t.fee.feeMinor = -25_000), /cannot be negative/],
    ['lateDelivery.deductionPctPerDay', (t: ContractTerms) => (t.lateDelivery.deductionPctPerDay = 101), /at most 100 %/],
    ['lateDelivery.deductionPctPerDay', (t: ContractTerms) => (t.lateDelivery.deductionPctPerDay = -1), /cannot be negative/],
    ['lateDelivery.capPct', (t: ContractTerms) => (t.lateDelivery.capPct = 250), /at most 100 %/],
    ['lateDelivery.graceDays', (t: ContractTerms) => (t.lateDelivery.graceDays = -3), /cannot be less than 0/],
    ['lateDelivery.graceDays', (t: ContractTerms) => (t.lateDelivery.graceDays = 1.5), /whole number/],
    ['lateDelivery.terminationDays', (t: ContractTerms) => (t.lateDelivery.terminationDays = -10), /cannot be less than 1/],
    ['replySlaHours', (t: ContractTerms) => (t.replySlaHours = 0), /cannot be less than 1/],
  ])('refuses %s out of range', async (path, change, sentence) => {
    await refused('contracts.save', { collaborationId, terms: terms(change) }, `terms.${path}`, sentence);
  });
});

describe('post numbers', () => {
  let deliverableId: number;
  const none = { views: null, reach: null, likes: null, comments: null, shares: null, saves: null, clicks: null, conversions: null, costMinor: null };
  beforeEach(async () => {
    const added = await dispatch('deliverables.add', { collaborationId, platform: 'youtube' });
    if (!added.ok) throw new Error(added.error.message);
    deliverableId = (added.data as { id: number }).id;
  });

  it.each(['views', 'likes', 'comments', 'shares', 'saves', 'clicks'])('refuses negative and fractional %s', async (field) => {
    await refused('metrics.record', { deliverableId, ...none, [field]: -40 }, field, /cannot be negative/);
    await refused('metrics.record', { deliverableId, ...none, [field]: 2.5 }, field, /whole number/);
  });

  it('refuses likes, comments, shares, saves or clicks above the views, naming both numbers', async () => {
    await refused('metrics.record', { deliverableId, ...none, views: 100_000, likes: 999_999 }, 'likes', /^Likes \(999,999\) cannot be more than the views \(100,000\)\.$/);
    await refused('metrics.record', { deliverableId, ...none, views: 10, clicks: 11 }, 'clicks', /Clicks \(11\) cannot be more than the views \(10\)/);
    const equal = await dispatch('metrics.record', { deliverableId, ...none, views: 10, likes: 10 });
    expect(equal.ok).toBe(true);
  });
});

describe('dates', () => {
  it('refuses a publish-by date before the start, at create and at update', async () => {
    const creatorId = (await dispatch('influencers.create', { name: 'Ava' })) as { ok: true; data: { id: number } };
    await refused('collaborations.create', { creatorId: creatorId.data.id, startDate: '2026-03-01', publishBy: '2026-02-01' }, 'publishBy', /publish-by date \(2026-02-01\) cannot be before the start date \(2026-03-01\)/);
    expect((await dispatch('collaborations.update', { id: collaborationId, startDate: '2026-03-01' })).ok).toBe(true);
    await refused('collaborations.update', { id: collaborationId, publishBy: '2026-02-28' }, 'publishBy', /cannot be before the start date/);
  });

  it('refuses a campaign that ends before it starts, at create and at update, and keeps the dates it was given', async () => {
    await refused('campaigns.create', { name: 'Spring', startDate: '2026-03-01', endDate: '2026-02-01' }, 'endDate', /end date \(2026-02-01\) cannot be before the start date \(2026-03-01\)/);
    const made = await dispatch('campaigns.create', { name: 'Spring', startDate: '2026-03-01', endDate: '2026-04-30' });
    if (!made.ok) throw new Error(made.error.message);
    const id = (made.data as { id: number }).id;
    await refused('campaigns.update', { id, endDate: '2026-02-28' }, 'endDate', /cannot be before the start date/);
    await refused('campaigns.update', { id, startDate: '2026-05-01' }, 'endDate', /cannot be before the start date \(2026-05-01\)/);
    await refused('campaigns.update', { id, endDate: '2207-01-01' }, 'endDate', /between 2000 and 2100/);
    expect(await dispatch('campaigns.get', { id })).toMatchObject({ ok: true, data: { startDate: '2026-03-01', endDate: '2026-04-30' } });
  });

  it('refuses dates before 2000 or after 2100', async () => {
    await refused('collaborations.update', { id: collaborationId, publishBy: '1901-05-01' }, 'publishBy', /between 2000 and 2100/);
    await refused('collaborations.update', { id: collaborationId, signedOn: '2101-01-01' }, 'signedOn', /between 2000 and 2100/);
  });

  it('refuses a holiday that does not exist, naming it', async () => {
    await refused('settings.update', { holidays: ['2026-12-25', '2026-13-45'] }, 'holidays.1', /^2026-13-45: That date does not exist$/);
    await refused('settings.update', { holidays: ['1901-12-25'] }, 'holidays.0', /1901-12-25: Use a date between 2000 and 2100/);
  });
});

describe('back-dated notes', () => {
  it('keeps the real time of noting and the day it happened in the data', async () => {
    const result = await dispatch('events.log', { collaborationId, type: 'note', text: 'Call: she will post Friday', happenedOn: '2026-03-25' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data).toMatchObject({ type: 'note', at: '2026-03-25T10:00:00.000Z', data: { text: 'Call: she will post Friday', happenedOn: '2026-03-25' } });
  });

  it('refuses a day in the future or before the collaboration was added', async () => {
    await refused('events.log', { collaborationId, type: 'note', text: 'x', happenedOn: '2026-03-26' }, 'happenedOn', /2026-03-26 is in the future/);
    await refused('events.log', { collaborationId, type: 'note', text: 'x', happenedOn: '2026-03-24' }, 'happenedOn', /before this collaboration was added \(2026-03-25\)/);
  });

  it('keeps the interface language it was told, and refuses one it does not speak', async () => {
    expect(await dispatch('settings.get', {})).toMatchObject({ ok: true, data: { language: 'system' } });
    expect(await dispatch('settings.update', { language: 'zh' })).toMatchObject({ ok: true, data: { language: 'zh' } });
    await refused('settings.update', { language: 'fr' }, 'language', /^Choose a language or "same as this computer"$/);
    // The refusal is coded too, for a page to say it in its own language.
    expect(await dispatch('settings.update', { language: 'fr' })).toMatchObject({ ok: false, error: { issues: [{ path: ['language'], key: 'chooseLanguage', params: {} }] } });
    expect(await dispatch('settings.get', {})).toMatchObject({ ok: true, data: { language: 'zh' } });
  });
});
