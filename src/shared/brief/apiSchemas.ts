import { z } from 'zod';
import { DeadlineKind } from '../contract/schedule';
import { DueBasis } from '../deadlines/basis';
import { Id, IsoDate, IsoDateTime } from '../fields';
import { problem } from '../i18n/problems';
import { Locale } from '../i18n/locales';
import { MaterialKind } from '../materials/schemas';
import { Region } from '../platformSchemas';
import { BriefWarning } from './check';
import { BRIEF_FIELDS, BriefContent, BriefOverride } from './schemas';

/** API shapes of the creative brief: a campaign's, and a collaboration's on top of it. */

const oneOwner = (v: { campaignId?: number; collaborationId?: number }) => (v.campaignId === undefined) !== (v.collaborationId === undefined);

export const BriefGetInput = z
  .strictObject({ campaignId: Id.optional(), collaborationId: Id.optional() })
  .refine(oneOwner, { error: problem('brief.campaignOrCollaboration') });

/**
 * A campaign's brief is saved whole (`content`); a collaboration's as the fields it sets itself
 * (`override`), which replace the ones it set before. A field left out, or the same as the campaign's,
 * follows the campaign.
 */
export const BriefSaveInput = z
  .strictObject({ campaignId: Id.optional(), collaborationId: Id.optional(), content: BriefContent.optional(), override: BriefOverride.optional() })
  .superRefine((v, ctx) => {
    if (!oneOwner(v)) {
      ctx.addIssue({ code: 'custom', path: [], message: problem('brief.campaignOrCollaboration') });
      return;
    }
    const [given, other] = v.campaignId !== undefined ? (['content', 'override'] as const) : (['override', 'content'] as const);
    if (v[given] === undefined) ctx.addIssue({ code: 'custom', path: [given], message: problem('brief.saveWhat', { what: given }) });
    if (v[other] !== undefined) ctx.addIssue({ code: 'custom', path: [other], message: problem('brief.saveWhat', { what: given }) });
  });

/** One of the creator's dates as the brief lists it: from the contract in force, else the collaboration's own. */
export const BriefDate = z.object({
  key: z.string(),
  name: z.string(),
  kind: DeadlineKind,
  /** Null while it counts from something that has not happened yet (the product arriving). */
  dueDate: IsoDate.nullable(),
  basis: DueBasis,
  deliveredOn: IsoDate.nullable(),
});
export type BriefDate = z.infer<typeof BriefDate>;

/** A file of the campaign's materials kit, listed in the brief. */
export const BriefMaterial = z.object({ id: Id, name: z.string(), kind: MaterialKind });
export type BriefMaterial = z.infer<typeof BriefMaterial>;

export const BriefField = z.enum(BRIEF_FIELDS as [keyof BriefContent, ...(keyof BriefContent)[]]);

export const BriefState = z.object({
  campaignId: Id.nullable(),
  /** Null for a campaign's brief. */
  collaborationId: Id.nullable(),
  /** The campaign's brief (empty when none is saved); null for a collaboration without a campaign. */
  campaign: BriefContent.nullable(),
  /** The fields the collaboration sets itself; null for a campaign's brief. */
  override: BriefOverride.nullable(),
  /** What the creator gets: the campaign's brief with the collaboration's fields on top. */
  effective: BriefContent,
  overridden: z.array(BriefField),
  /** Whether the campaign or the collaboration has a brief saved. */
  saved: z.boolean(),
  updatedAt: IsoDateTime.nullable(),
  /** The creator's dates; null for a campaign's brief. */
  dates: z.array(BriefDate).nullable(),
  materials: z.array(BriefMaterial),
  /** What the check needs besides the brief, so an editor can run it on unsaved text. */
  creatorRegion: Region.nullable(),
  /** The creator's language, which the document is written in unless another is chosen; null for a campaign. */
  language: Locale.nullable(),
  warnings: z.array(BriefWarning),
});
export type BriefState = z.infer<typeof BriefState>;

export const BriefRenderInput = z
  .strictObject({
    collaborationId: Id,
    /** The document's language; the creator's when left out. */
    language: Locale.optional(),
    /** Printed beside the first, section by section. */
    secondLanguage: Locale.nullable().optional(),
  })
  .refine((v) => v.secondLanguage == null || v.secondLanguage !== v.language, { error: problem('brief.sameSecondLanguage'), path: ['secondLanguage'] });

export const BriefDocument = z.object({ filename: z.string(), html: z.string() });
export type BriefDocument = z.infer<typeof BriefDocument>;

export const BriefDocx = z.object({
  filename: z.string(),
  /** The .docx file; JSON carries no bytes. */
  base64: z.string(),
});
export type BriefDocx = z.infer<typeof BriefDocx>;
