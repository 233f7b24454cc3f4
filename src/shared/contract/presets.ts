import type { Platform, Region } from '../platforms';
import type { ContractTerms, MilestoneTerm, PresetId } from './terms';
import { PRESET_LABELS } from './terms';

/** What a preset is filled with: the brand's settings and the collaboration at hand. */
export interface PresetSeed {
  brandName: string;
  senderName: string;
  creatorName: string;
  creatorHandle: string;
  creatorEmail: string;
  platforms: Platform[];
  feeMinor: number;
  currency: string;
  product: string;
  productValueMinor: number | null;
  /** The creator's region: it decides whose advertising rules the disclosure follows. */
  creatorRegion: Region | null;
}

const milestone = (key: string, name: string, kind: MilestoneTerm['kind'], offsetDays: number, deductible: boolean): MilestoneTerm => ({
  key,
  name,
  kind,
  offsetDays,
  dayCount: 'calendar',
  anchor: 'product_received',
  deductible,
});

// DOMAIN defaults: counted from the day the product is received.
const VIDEO_MILESTONES: MilestoneTerm[] = [
  milestone('product_feedback', 'Product feedback', 'feedback', 3, false),
  milestone('script', 'Script', 'script', 7, true),
  milestone('first_draft', 'First draft', 'draft', 15, true),
  milestone('publish', 'Final video published', 'publish', 20, true),
];

const SEEDING_MILESTONES: MilestoneTerm[] = [
  milestone('product_feedback', 'Product feedback', 'feedback', 3, false),
  milestone('publish', 'Post published', 'publish', 20, false),
];

const LEGAL = {
  termination:
    'Either party may end this agreement in writing if the other party seriously breaches it and does not put it right within 7 days of being asked to. Work delivered and accepted before the end is paid for pro rata.',
  confidentiality:
    'Both parties keep the terms of this agreement, unreleased products and any non-public information they receive confidential, during the collaboration and for two years after it, unless the law requires disclosure.',
  governingLaw: "This agreement is governed by the law of the brand's country of registration.",
};

/**
 * Whose advertising rules the post follows: the creator's audience is where the creator is. A region
 * with no rules of its own here gets the general wording (clearly an ad, at first glance).
 */
export function marketFor(region: Region | null): ContractTerms['brief']['disclosureMarket'] {
  switch (region) {
    case 'US':
      return 'us';
    case 'UK':
      return 'uk';
    case 'EU':
      return 'eu';
    case 'CN':
      return 'cn';
    default:
      return 'other';
  }
}

/** A complete set of terms for a preset, with the DOMAIN defaults and the seed filled in. */
export function presetTerms(preset: PresetId, seed: PresetSeed): ContractTerms {
  const paid = preset !== 'seeding';
  const ads = preset === 'paid_video_ads';
  return {
    preset,
    title: `${PRESET_LABELS[preset]} agreement`,
    parties: {
      brandName: seed.brandName.trim() || 'The brand',
      brandRepresentative: seed.senderName,
      creatorName: seed.creatorName,
      creatorHandle: seed.creatorHandle,
      creatorEmail: seed.creatorEmail,
    },
    fee: {
      feeMinor: paid ? seed.feeMinor : 0,
      currency: seed.currency,
      products: seed.product,
      productValueMinor: seed.productValueMinor,
      depositPct: paid ? 30 : 0,
      depositDueDays: 7,
      balanceDueDays: 14,
      shippingPaidBy: 'brand',
    },
    brief: {
      platforms: seed.platforms,
      format: paid ? 'Video' : 'Post or short video',
      length: paid ? '60–90 s' : '',
      style: '',
      sellingPoints: [],
      brandElements: '',
      tags: [],
      disclosure: paid ? '#ad' : '#gifted #ad',
      disclosureMarket: marketFor(seed.creatorRegion),
      exclusive: paid,
      minimumLiveDays: 90,
    },
    replySlaHours: 24,
    milestones: (paid ? VIDEO_MILESTONES : SEEDING_MILESTONES).map((m) => ({ ...m })),
    review: {
      brandReviewDays: 3,
      brandReviewDayCount: 'working',
      revisionDays: 2,
      revisionDayCount: 'working',
      includedRounds: paid ? 2 : 1,
      silenceMeansApproval: false,
    },
    lateDelivery: {
      // Gifting without a fee: no contract penalties apply, only follow-ups.
      enabled: paid,
      deductionPctPerDay: 5,
      capPct: 50,
      graceDays: 0,
      terminationDays: 10,
      recoverDeposit: paid,
      recoverProduct: true,
    },
    usage: {
      contentOwner: 'creator',
      channels: ads ? ['brand_website', 'brand_social', 'paid_ads'] : paid ? ['brand_website', 'brand_social'] : ['brand_social'],
      licenceDays: ads ? 365 : 90,
      perpetual: false,
      territory: 'Worldwide',
      rawFootage: ads,
    },
    killFee: { enabled: paid, pct: 25 },
    morals: {
      enabled: paid,
      triggers:
        'Public conduct that is hateful, discriminatory, violent or illegal, or that brings the brand into serious disrepute.',
      cureDays: 5,
    },
    legal: { ...LEGAL },
  };
}
