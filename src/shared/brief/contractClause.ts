import type { ContractTerms } from '../contract/terms';
import type { BriefContent } from './schemas';

/*
 * The contract's brief clause starts from the creative brief, so the brand types it once. What
 * the brief leaves empty keeps the preset's value; the contract's own terms (platforms, market,
 * exclusivity, minimum live time) are not in a brief and stay as they were.
 */

const or = (typed: string, preset: string) => (typed.trim() === '' ? preset : typed);

export function briefClauseFrom(brief: BriefContent, preset: ContractTerms['brief']): ContractTerms['brief'] {
  const tags = [...brief.tags, ...brief.links];
  return {
    ...preset,
    format: or(brief.format, preset.format),
    length: or(brief.length, preset.length),
    style: or(brief.style, preset.style),
    sellingPoints: brief.mustSay.length > 0 ? [...brief.mustSay] : preset.sellingPoints,
    brandElements: or(brief.brandElements, preset.brandElements),
    tags: tags.length > 0 ? tags : preset.tags,
    disclosure: or(brief.disclosure, preset.disclosure),
  };
}
