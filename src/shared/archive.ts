import { z } from 'zod';
import { Id, IsoDateTime } from './fields';
import { problem } from './i18n/problems';

/*
 * Archive, trash and sample removal: what the API takes and answers. Archived rows are hidden and
 * restorable at any time; rows with no evidence value can go to the trash, kept TRASH_DAYS days.
 */

export const VISIBILITIES = ['shown', 'archived', 'trashed', 'deleted'] as const;
export const Visibility = z.enum(VISIBILITIES);
export type Visibility = z.infer<typeof Visibility>;

/** How long the trash keeps what was put in it before it is emptied at the next start. */
export const TRASH_DAYS = 30;

export const ArchivableKind = z.enum(['collaboration', 'creator', 'campaign']);
export type ArchivableKind = z.infer<typeof ArchivableKind>;

export const ArchiveInput = z.strictObject({ id: Id });
export const BulkArchiveInput = z.strictObject({
  /** One id, or several (the board's selection): all are archived or none. */
  id: Id.optional(),
  ids: z.array(Id).min(1, { error: problem('field.selectOne') }).max(500, { error: problem('field.atMost500') }).optional(),
}).refine((v) => (v.id === undefined) !== (v.ids === undefined), { error: problem('field.idOrIds') });

export const RestoreInput = z.strictObject({ id: Id });

export const Archived = z.object({ kind: ArchivableKind, ids: z.array(Id), visibility: Visibility });
export type Archived = z.infer<typeof Archived>;

export const TrashInput = z.strictObject({ kind: ArchivableKind, id: Id });

export const TrashItem = z.object({
  kind: ArchivableKind,
  id: Id,
  /** The creator's or campaign's name; for a collaboration, its creator's name and campaign. */
  name: z.string(),
  detail: z.string().nullable(),
  trashedAt: IsoDateTime,
  /** When emptying by age removes it for good. */
  deletesAt: IsoDateTime,
});
export type TrashItem = z.infer<typeof TrashItem>;

export const TrashEmptyInput = z.strictObject({
  /** Only what has been in the trash at least this many days (the start does it with TRASH_DAYS). */
  olderThanDays: z.number().int().min(0).max(3650).optional(),
});
export const TrashEmptied = z.object({ deleted: z.number().int().min(0) });

export const SampleRemoved = z.object({ creators: z.number(), campaigns: z.number(), collaborations: z.number() });
