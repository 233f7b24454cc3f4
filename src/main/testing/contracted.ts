import { presetTerms } from '../../shared/contract/presets';
import type { ContractTerms, MilestoneTerm, PresetId } from '../../shared/contract/terms';
import { createCollaboration } from '../services/collaborations';
import type { Ctx } from '../services/context';
import { finalizeContract } from '../services/contracts';
import { createCreator } from '../services/influencers';

export interface ContractedOptions {
  creatorName?: string;
  preset?: PresetId;
  feeMinor?: number;
  productReceivedOn?: string | null;
  signedOn?: string | null;
  stage?: 'signed' | 'product_received' | 'in_production' | 'in_review' | 'published' | 'completed';
  /** Keep only these milestones of the preset (by key). */
  milestones?: string[];
  change?: (terms: ContractTerms) => ContractTerms;
}

/** A creator and a collaboration with a finalized contract, dated as asked: the common test setup. */
export function contracted(ctx: Ctx, options: ContractedOptions = {}): { collaborationId: number; creatorId: number } {
  const name = options.creatorName ?? 'Mia Chen';
  const creator = createCreator(ctx, { name, handles: [{ platform: 'youtube', handle: '@mia' }], followers: null, region: 'EU', timeZone: null, language: null, email: null, shippingAddress: '', notes: '', active: true });
  const feeMinor = options.feeMinor ?? 100_000;
  const collaboration = createCollaboration(ctx, {
    creatorId: creator.id,
    campaignId: null,
    feeMinor,
    currency: 'EUR',
    productValueMinor: 4_500,
    startDate: null,
    publishBy: null, expectsPost: true, replyWithinHours: null,
    signedOn: options.signedOn ?? null,
    productReceivedOn: options.productReceivedOn ?? null,
    notes: '',
    stage: options.stage ?? 'in_production',
  });
  let terms = presetTerms(options.preset ?? 'paid_video', {
    brandName: 'Lumen',
    senderName: 'Ana',
    creatorName: name,
    creatorHandle: '@mia',
    creatorEmail: '',
    platforms: ['youtube'],
    feeMinor,
    currency: 'EUR',
    product: 'Glow serum',
    productValueMinor: 4_500,
    creatorRegion: 'EU',
  });
  if (options.milestones) terms = { ...terms, milestones: terms.milestones.filter((m: MilestoneTerm) => options.milestones!.includes(m.key)) };
  if (options.change) terms = options.change(terms);
  finalizeContract(ctx, { collaborationId: collaboration.id, terms });
  return { collaborationId: collaboration.id, creatorId: creator.id };
}
