import type { TemplateLanguage } from '../outreach/kindSchemas';
import type { Platform, Region } from '../platforms';
import type { ContractTerms, MilestoneTerm, PresetId } from './terms';
import { type ContractWords, contractWords } from './words';

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
  /** The contract's language: the creator's; English when there is none. */
  language?: TemplateLanguage;
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
const videoMilestones = (w: ContractWords): MilestoneTerm[] => [
  milestone('product_feedback', w.say('preset.productFeedback'), 'feedback', 3, false),
  milestone('script', w.say('preset.script'), 'script', 7, true),
  milestone('first_draft', w.say('preset.firstDraft'), 'draft', 15, true),
  milestone('publish', w.say('preset.videoPublished'), 'publish', 20, true),
];

const seedingMilestones = (w: ContractWords): MilestoneTerm[] => [
  milestone('product_feedback', w.say('preset.productFeedback'), 'feedback', 3, false),
  milestone('publish', w.say('preset.postPublished'), 'publish', 20, false),
];

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
  // The defaults are written in the contract's language, like the clauses around them.
  const language = seed.language ?? 'en';
  const w = contractWords(language);
  return {
    preset,
    title: w.say('preset.title', { preset }),
    parties: {
      brandName: seed.brandName.trim() || w.say('preset.brandName'),
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
      format: w.say(paid ? 'preset.videoFormat' : 'preset.seedingFormat'),
      length: paid ? w.say('preset.videoLength') : '',
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
    milestones: paid ? videoMilestones(w) : seedingMilestones(w),
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
      territory: w.say('preset.territory'),
      rawFootage: ads,
    },
    killFee: { enabled: paid, pct: 25 },
    morals: {
      enabled: paid,
      triggers: w.say('preset.triggers'),
      cureDays: 5,
    },
    legal: { termination: w.say('preset.termination'), confidentiality: w.say('preset.confidentiality'), governingLaw: w.say('preset.governingLaw') },
    language,
    secondLanguage: null,
    prevailing: 'first',
  };
}
