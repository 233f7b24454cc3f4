import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { presetTerms } from '../../shared/contract/presets';
import type { ContractTerms } from '../../shared/contract/terms';
import { testContext } from '../testing/context';
import { expectAppError } from '../testing/expectAppError';
import { evidenceDocument, evidencePack } from './accountability/evidence';
import { readBoard } from './board';
import { createCollaboration, getCollaboration, updateCollaboration } from './collaborations';
import { finalizeContract } from './contracts';
import { exportCsv } from './csv/exportCsv';
import { listEvents } from './events';
import { createCreator } from './influencers';
import { updateSettings } from './settingsUpdate';

let ctx: ReturnType<typeof testContext>;
let id: number;
beforeEach(() => {
  ctx = testContext('2026-03-02T09:00:00.000Z');
  updateSettings(ctx, { brandName: '', senderName: 'Ana', timeZone: 'Europe/Amsterdam', currency: 'EUR' });
  const creator = createCreator(ctx, { name: 'Mia Chen', handles: [{ platform: 'youtube', handle: '@mia' }], followers: null, region: 'EU', timeZone: null, language: null, email: null, shippingAddress: '', notes: '', active: true });
  id = createCollaboration(ctx, { creatorId: creator.id, campaignId: null, feeMinor: 0, currency: 'EUR', productValueMinor: null, startDate: null, publishBy: null, expectsPost: true, replyWithinHours: null, signedOn: null, productReceivedOn: null, notes: '', stage: 'negotiating' }).id;
});
afterEach(() => ctx.cleanup());

const paid = (feeMinor: number, currency = 'EUR'): ContractTerms => {
  const terms = presetTerms('paid_video', { brandName: 'Lumen Skincare', senderName: 'Ana', creatorName: 'Mia Chen', creatorHandle: '@mia', creatorEmail: '', platforms: ['youtube'], feeMinor, currency, product: 'Glow serum', productValueMinor: 4_500, creatorRegion: 'EU' });
  return terms;
};

describe('one truth per deal: the contract in force sets the fee', () => {
  it('a gifted card finalized at €1,500 is paid €1,500 on the card, the board, the export and the evidence pack', () => {
    finalizeContract(ctx, { collaborationId: id, terms: paid(150_000) });

    expect(getCollaboration(ctx, id)).toMatchObject({ feeMinor: 150_000, currency: 'EUR', productValueMinor: 4_500 });
    expect(readBoard(ctx, {}).cards.find((c) => c.id === id)).toMatchObject({ feeMinor: 150_000, currency: 'EUR' });
    const csv = exportCsv(ctx, { kind: 'collaborations' });
    expect(csv.csv).toContain('1500');
    const pack = evidencePack(ctx, { collaborationId: id });
    expect(pack.collaboration).toMatchObject({ feeMinor: 150_000, currency: 'EUR' });
    expect(pack.brand.name).toBe('Lumen Skincare');
    const html = evidenceDocument(ctx, { collaborationId: id }).html;
    expect(html).toContain('<dt>Fee</dt><dd>€1,500</dd>');
    expect(html).not.toContain('Gifted');
    expect(html).not.toContain('Not set in Settings');
  });

  it('records what the version set as a change of its own, in the same history', () => {
    finalizeContract(ctx, { collaborationId: id, terms: paid(150_000) });
    const change = listEvents(ctx, { collaborationId: id, limit: 100 }).find((e) => e.type === 'collaboration.updated');
    expect(change?.data).toEqual({ changes: { feeMinor: { from: 0, to: 150_000 }, productValueMinor: { from: null, to: 4_500 } }, byContractVersion: 1 });
  });

  it('a later version with another fee and currency sets them again; the same deal records nothing new', () => {
    finalizeContract(ctx, { collaborationId: id, terms: paid(150_000) });
    finalizeContract(ctx, { collaborationId: id, terms: { ...paid(150_000), title: 'Renamed agreement' } });
    expect(listEvents(ctx, { collaborationId: id, limit: 100 }).filter((e) => e.type === 'collaboration.updated')).toHaveLength(1);
    finalizeContract(ctx, { collaborationId: id, terms: paid(90_000, 'USD') });
    expect(getCollaboration(ctx, id)).toMatchObject({ feeMinor: 90_000, currency: 'USD' });
  });

  it('refuses a fee edited on the card while a version is in force, naming the version, and changes nothing', () => {
    finalizeContract(ctx, { collaborationId: id, terms: paid(150_000) });
    const error = expectAppError(() => updateCollaboration(ctx, { id, feeMinor: 0 }), 'CONFLICT');
    expect(error.message).toBe('The fee is set by contract v1. To change it, finalize a new version of the contract.');
    expect(error.issues?.[0]?.path).toEqual(['feeMinor']);
    expectAppError(() => updateCollaboration(ctx, { id, currency: 'USD' }), 'CONFLICT');
    expect(getCollaboration(ctx, id)).toMatchObject({ feeMinor: 150_000, currency: 'EUR' });
    // Everything else on the card stays editable, and the unchanged fee is no edit.
    expect(updateCollaboration(ctx, { id, feeMinor: 150_000, notes: 'Prefers video' }).notes).toBe('Prefers video');
  });

  it('before any contract, the card’s own fee is the deal and stays editable', () => {
    expect(updateCollaboration(ctx, { id, feeMinor: 20_000 }).feeMinor).toBe(20_000);
    expect(evidencePack(ctx, { collaborationId: id }).brand.name).toBe('');
  });
});
