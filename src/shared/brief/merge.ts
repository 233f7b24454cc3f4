import { BRIEF_FIELDS, BriefContent, type BriefField, type BriefOverride } from './schemas';

/*
 * A collaboration's brief is its campaign's with its own fields on top. Only a field that differs
 * from the campaign's is an override: one set back to the campaign's value, or left out, is none.
 */

/** A brief with nothing in it: what a collaboration without a campaign brief starts from. */
export const EMPTY_BRIEF: BriefContent = BriefContent.parse({});

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The brief the creator gets: the campaign's, each overridden field replaced. */
export function effectiveBrief(campaign: BriefContent | null, override: BriefOverride | null): BriefContent {
  const base = campaign ?? EMPTY_BRIEF;
  const out = { ...base };
  for (const field of BRIEF_FIELDS) {
    const own = override?.[field];
    if (own !== undefined) (out as Record<BriefField, unknown>)[field] = own;
  }
  return out;
}

/** The overrides worth keeping: those that differ from the campaign's brief, in the fields' order. */
export function keptOverride(campaign: BriefContent | null, wanted: BriefOverride): BriefOverride {
  const base = campaign ?? EMPTY_BRIEF;
  const out: Record<string, unknown> = {};
  for (const field of BRIEF_FIELDS) {
    const own = wanted[field];
    if (own !== undefined && !same(own, base[field])) out[field] = own;
  }
  return out as BriefOverride;
}

/** Which fields a collaboration sets itself, in the fields' order. */
export const overriddenFields = (override: BriefOverride | null): BriefField[] => BRIEF_FIELDS.filter((f) => override?.[f] !== undefined);
