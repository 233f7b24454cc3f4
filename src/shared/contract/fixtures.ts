import type { PresetSeed } from './presets';

/** A collaboration seed used by the contract tests and the benchmark. */
export const SEED: PresetSeed = {
  brandName: 'Lumen Skincare',
  senderName: 'Ana',
  creatorName: 'Mia Chen',
  creatorHandle: '@miachen',
  creatorEmail: 'mia@example.com',
  platforms: ['youtube'],
  feeMinor: 100_000,
  currency: 'EUR',
  product: 'Glow serum',
  productValueMinor: 4_500,
  creatorRegion: 'EU',
  language: 'en',
};
