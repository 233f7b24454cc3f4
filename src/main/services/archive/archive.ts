import type { z } from 'zod';
import type { ArchivableKind, Archived, BulkArchiveInput, RestoreInput } from '../../../shared/archive';
import type { Ctx } from '../context';
import { AppError } from '../errors';
import { collaborationsOf, expectParentsShown, expectState, setVisibility, sighting } from './visibility';
import { problem } from '../../../shared/i18n/problems';

/*
 * Archive: out of sight (the board, lists, pickers, reminders, the calendar), kept whole, and back
 * at any time. Creators and campaigns go only once none of their collaborations is in sight, so a
 * collaboration on the board always has its creator and campaign in sight too.
 */

export function archiveCollaborations(ctx: Ctx, input: z.output<typeof BulkArchiveInput>): Archived {
  const ids = [...new Set(input.ids ?? (input.id === undefined ? [] : [input.id]))];
  return ctx.db.transaction((tx) => {
    for (const id of ids) {
      expectState(sighting(tx, 'collaboration', id), 'collaboration', id, ['shown'], '');
      setVisibility(ctx, tx, 'collaboration', id, 'archived');
    }
    return { kind: 'collaboration', ids, visibility: 'archived' };
  });
}

export function restoreCollaboration(ctx: Ctx, { id }: z.output<typeof RestoreInput>): Archived {
  return ctx.db.transaction((tx) => {
    const found = sighting(tx, 'collaboration', id);
    expectState(found, 'collaboration', id, ['archived'], found.visibility === 'trashed' ? 'fromTrash' : '');
    expectParentsShown(tx, found);
    setVisibility(ctx, tx, 'collaboration', id, 'shown');
    return { kind: 'collaboration', ids: [id], visibility: 'shown' };
  });
}

export const archiveCreator = (ctx: Ctx, input: z.output<typeof RestoreInput>) => archiveParent(ctx, 'creator', input.id);
export const archiveCampaign = (ctx: Ctx, input: z.output<typeof RestoreInput>) => archiveParent(ctx, 'campaign', input.id);
export const restoreCreator = (ctx: Ctx, input: z.output<typeof RestoreInput>) => restoreParent(ctx, 'creator', input.id);
export const restoreCampaign = (ctx: Ctx, input: z.output<typeof RestoreInput>) => restoreParent(ctx, 'campaign', input.id);

function archiveParent(ctx: Ctx, kind: Exclude<ArchivableKind, 'collaboration'>, id: number): Archived {
  return ctx.db.transaction((tx) => {
    const found = sighting(tx, kind, id);
    expectState(found, kind, id, ['shown'], '');
    const inSight = collaborationsOf(tx, kind, id, ['shown']);
    if (inSight > 0) {
      throw new AppError('CONFLICT', problem('service.archiveBlocked', { name: found.name, count: inSight }));
    }
    setVisibility(ctx, tx, kind, id, 'archived');
    return { kind, ids: [id], visibility: 'archived' };
  });
}

function restoreParent(ctx: Ctx, kind: Exclude<ArchivableKind, 'collaboration'>, id: number): Archived {
  return ctx.db.transaction((tx) => {
    const found = sighting(tx, kind, id);
    expectState(found, kind, id, ['archived'], found.visibility === 'trashed' ? 'fromTrash' : '');
    setVisibility(ctx, tx, kind, id, 'shown');
    return { kind, ids: [id], visibility: 'shown' };
  });
}
