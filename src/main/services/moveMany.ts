import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Collaboration, MoveManyInput } from '../../shared/schemas';
import { moveCollaboration } from './collaborations';
import type { Ctx } from './context';
import { AppError } from './errors';
import { collaborations, creators } from '../db/schema';
import { problem } from '../../shared/i18n/problems';
import { carried } from '../../shared/i18n/wording';

/**
 * The board's bulk move: every ticked card moves, each recorded as its own move, or none does. A
 * half-done bulk move would leave the user to find which cards went where.
 */
export function moveCollaborations(ctx: Ctx, input: z.output<typeof MoveManyInput>): Collaboration[] {
  return ctx.db.transaction(() =>
    input.cards.map((card) => {
      try {
        return moveCollaboration(ctx, { id: card.id, to: input.to, ...(card.from === undefined ? {} : { from: card.from }) });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const name = creatorNameOf(ctx, card.id);
        // The card's own refusal travels as `because` (English) with its key and values, for a page to word it.
        const because = carried('because', error);
        throw new AppError(error.code, name ? problem('service.noneMovedNamed', { name, ...because }) : problem('service.noneMoved', because), error.issues);
      }
    }),
  );
}

function creatorNameOf(ctx: Ctx, id: number): string | null {
  const row = ctx.db
    .select({ name: creators.name })
    .from(collaborations)
    .innerJoin(creators, eq(creators.id, collaborations.creatorId))
    .where(eq(collaborations.id, id))
    .get();
  return row?.name ?? null;
}
