import { z } from 'zod';
import { enterText, Id, IsoDateTime } from '../fields';
import { problem } from '../i18n/problems';

export const MATERIAL_KINDS = ['manual', 'photos', 'reference_video', 'brand_story', 'other'] as const;
export const MaterialKind = z.enum(MATERIAL_KINDS);
export type MaterialKind = z.infer<typeof MaterialKind>;

/**
 * The largest file the kit takes: it travels as base64 inside one JSON request (a third larger),
 * which must stay under the browser host's 100 MB body limit; and a kit is sent on by mail, where
 * far smaller attachments are the rule.
 */
export const MATERIAL_MAX_BYTES = 50_000_000;

/** The bytes a padded base64 text stands for. */
export const base64Bytes = (text: string): number => (text.length / 4) * 3 - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);

const hasControlCharacter = (v: string) => [...v].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** The name the brand gave the file: shown, and used when it is downloaded or attached, so a plain file name. */
export const MaterialName = enterText('name', 200).refine((v) => !/[/\\]/.test(v) && !/^\.+$/.test(v) && !hasControlCharacter(v), { error: problem('field.materialName') });

export const MediaType = z
  .string()
  .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]{0,99}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,99}$/i, { error: problem('field.mediaType') })
  .transform((v) => v.toLowerCase());

export const MaterialAddInput = z.strictObject({
  campaignId: Id,
  kind: MaterialKind,
  name: MaterialName,
  /** The file's bytes, base64-encoded: at least one byte, at most MATERIAL_MAX_BYTES. */
  base64: z
    .base64({ error: problem('field.base64') })
    .min(1, { error: problem('field.fileEmpty') })
    .max(Math.ceil(MATERIAL_MAX_BYTES / 3) * 4, { error: problem('field.fileOver50') })
    .refine((v) => base64Bytes(v) <= MATERIAL_MAX_BYTES, { error: problem('field.fileOver50') }),
  /** Omitted: from the name's extension, else application/octet-stream. */
  mediaType: MediaType.optional(),
});
export type MaterialAddInput = z.input<typeof MaterialAddInput>;

export const MaterialListInput = z.strictObject({
  campaignId: Id,
  /** Also the removed ones (a brief already sent may have listed them). */
  removed: z.boolean().default(false),
});

export const MaterialRemoveInput = z.strictObject({ id: Id });
export const MaterialReadInput = z.strictObject({ id: Id });

export const Material = z.object({
  id: Id,
  campaignId: Id,
  kind: MaterialKind,
  name: z.string(),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mediaType: z.string(),
  addedAt: IsoDateTime,
  removedAt: IsoDateTime.nullable(),
  /** Whether its file is in the materials folder (false after removal, or a JSON import without the files). */
  available: z.boolean(),
});
export type Material = z.infer<typeof Material>;

/** A material's content, for a download. */
export const MaterialFile = z.object({ name: z.string(), mediaType: z.string(), bytes: z.number().int().min(0), base64: z.string() });
export type MaterialFile = z.infer<typeof MaterialFile>;

/** A material whose file could not be brought back (a restore, a JSON import): its row stays, its file is missing. */
export const MissingMaterial = z.object({ id: Id, campaignId: Id, name: z.string(), sha256: z.string() });
export type MissingMaterial = z.infer<typeof MissingMaterial>;

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  md: 'text/markdown',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  key: 'application/vnd.apple.keynote',
  zip: 'application/zip',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  svg: 'image/svg+xml',
  mp4: 'video/mp4',
  m4v: 'video/x-m4v',
  mov: 'video/quicktime',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
};

/** The lower-case extension of a file name (without the dot), when it has a plain one. */
export const extensionOf = (name: string): string | null => /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1]?.toLowerCase() ?? null;

export const mediaTypeOf = (name: string): string => MEDIA_TYPES[extensionOf(name) ?? ''] ?? 'application/octet-stream';
