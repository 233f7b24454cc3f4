import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Rating, RatingAddInput, RatingListInput } from '../../../shared/accountability/schemas';
import { isRateable } from '../../../shared/rules/stageGroups';
import { type Stage } from '../../../shared/stages';
import { collaborations, ratings } from '../../db/schema';
import { type Ctx, nowIso } from '../context';
import { AppError, notFound } from '../errors';
import { appendEvent } from '../events';
import { returnedRow } from '../../db/returned';
import { problem } from '../../../shared/i18n/problems';

/** Rates the creator once the collaboration is over; rating again replaces the scores. */
export function addRating(ctx: Ctx, input: z.output<typeof RatingAddInput>): Rating {
  const collab = ctx.db.select({ id: collaborations.id, creatorId: collaborations.creatorId, stage: collaborations.stage }).from(collaborations).where(eq(collaborations.id, input.collaborationId)).get();
  if (!collab) throw notFound('Collaboration', input.collaborationId);
  if (!isRateable(collab.stage as Stage)) {
    throw new AppError('CONFLICT', problem('service.rateWhenDone', { stage: collab.stage }));
  }
  const { collaborationId, ...scores } = input;
  return ctx.db.transaction((tx) => {
    const ratedAt = nowIso(ctx);
    const before = tx.select({ id: ratings.id }).from(ratings).where(eq(ratings.collaborationId, collaborationId)).get();
    const row = returnedRow(
      tx
        .insert(ratings)
        .values({ collaborationId, creatorId: collab.creatorId, ...scores, ratedAt })
        .onConflictDoUpdate({ target: ratings.collaborationId, set: { ...scores, ratedAt } })
        .returning()
        .all(),
    );
    appendEvent(ctx, tx, { type: 'rating.added', collaborationId, creatorId: collab.creatorId, at: ratedAt, data: { ...scores, replaced: before !== undefined } });
    return row;
  });
}

export function listRatings(ctx: Ctx, input: z.output<typeof RatingListInput>): Rating[] {
  const where: SQL[] = [];
  if (input.creatorId !== undefined) where.push(eq(ratings.creatorId, input.creatorId));
  if (input.collaborationId !== undefined) where.push(eq(ratings.collaborationId, input.collaborationId));
  return ctx.db.select().from(ratings).where(and(...where)).orderBy(desc(ratings.ratedAt), desc(ratings.id)).all();
}
