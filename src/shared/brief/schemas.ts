import { z } from 'zod';
import { optionalText } from '../fields';
import { problem } from '../i18n/problems';

const line = optionalText(500);
const paragraph = optionalText(4000);
const list = z
  .array(
    z
      .string({ error: problem('field.textExpected') })
      .trim()
      .min(1, { error: problem('brief.emptyEntry') })
      .max(300, { error: problem('field.keepThisUnder', { max: 300 }) }),
    { error: problem('brief.listExpected') },
  )
  .max(30, { error: problem('brief.entriesMax', { max: 30 }) });

/** Every field of a brief, without defaults: an override sets only some of them. */
const FIELDS = {
  product: line,
  /** Key selling points the content must say. */
  mustSay: list,
  /** What the content must not say or show. */
  mustNot: list,
  format: line,
  length: line,
  style: paragraph,
  /** Links or titles of content to take as an example. */
  references: list,
  brandElements: paragraph,
  tags: list,
  links: list,
  disclosure: line,
  /** Who the creator asks, and how to reach them. */
  contactName: line,
  contactDetail: line,
  /** How drafts are handed in (a link, an address, a file format). */
  draftHandIn: paragraph,
  notes: paragraph,
};

/**
 * What a creator needs to make the content without asking: the campaign's brief, and for one
 * collaboration the fields it overrides. Free text is the brand's own words, printed as typed.
 */
export const BriefContent = z.strictObject({
  product: FIELDS.product.default(''),
  mustSay: FIELDS.mustSay.default([]),
  mustNot: FIELDS.mustNot.default([]),
  format: FIELDS.format.default(''),
  length: FIELDS.length.default(''),
  style: FIELDS.style.default(''),
  references: FIELDS.references.default([]),
  brandElements: FIELDS.brandElements.default(''),
  tags: FIELDS.tags.default([]),
  links: FIELDS.links.default([]),
  disclosure: FIELDS.disclosure.default(''),
  contactName: FIELDS.contactName.default(''),
  contactDetail: FIELDS.contactDetail.default(''),
  draftHandIn: FIELDS.draftHandIn.default(''),
  notes: FIELDS.notes.default(''),
});
export type BriefContent = z.infer<typeof BriefContent>;

/**
 * A collaboration's overrides: only the fields it sets differ from its campaign's brief. Built from
 * the fields without their defaults, so a field left out stays out rather than becoming empty.
 */
export const BriefOverride = z.strictObject(FIELDS).partial();
export type BriefOverride = z.infer<typeof BriefOverride>;

export const BRIEF_FIELDS = Object.keys(BriefContent.shape) as (keyof BriefContent)[];
export type BriefField = keyof BriefContent;

/** The fields that hold a list of entries; the others hold one text. */
export const LIST_FIELDS = ['mustSay', 'mustNot', 'references', 'tags', 'links'] as const satisfies readonly BriefField[];
