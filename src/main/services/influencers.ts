import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Creator, CreatorCreateInput, CreatorListInput, CreatorUpdateInput } from '../../shared/schemas';
import { creators } from '../db/schema';
import { type Ctx, nowIso } from './context';
import { notFound } from './errors';
import { creatorMatches } from './like';
import { reactivateByHand } from './accountability/standing';
import { returnedRow } from '../db/returned';
import { assertAddressesFree } from './creatorAddresses';

export function createCreator(ctx: Ctx, input: z.output<typeof CreatorCreateInput>): Creator {
  assertAddressesFree(ctx.db, null, input.email, input.otherEmails ?? []);
  const now = nowIso(ctx);
  const row = returnedRow(ctx.db.insert(creators).values({ ...input, createdAt: now, updatedAt: now }).returning().all());
  return toCreator(row);
}

export function updateCreator(ctx: Ctx, input: z.output<typeof CreatorUpdateInput>): Creator {
  const { id, ...changes } = input;
  const before = getCreator(ctx, id);
  if (changes.email !== undefined || changes.otherEmails !== undefined) {
    assertAddressesFree(ctx.db, id, changes.email !== undefined ? changes.email : before.email, changes.otherEmails ?? before.otherEmails);
  }
  return ctx.db.transaction((tx) => {
    // Made active by hand while the strike limit held them: recorded, and those strikes are served.
    if (changes.active === true && !before.active) reactivateByHand(ctx, tx, id);
    const row = returnedRow(
      tx
        .update(creators)
        .set({ ...changes, updatedAt: nowIso(ctx) })
        .where(eq(creators.id, id))
        .returning()
        .all(),
    );
    return toCreator(row);
  });
}

export function getCreator(ctx: Ctx, id: number): Creator {
  const row = ctx.db.select().from(creators).where(eq(creators.id, id)).get();
  // A deleted creator (the trash emptied) is gone for the user; the row only anchors the history.
  if (!row || row.visibility === 'deleted') throw notFound('Creator', id);
  return toCreator(row);
}

export function listCreators(ctx: Ctx, input: z.output<typeof CreatorListInput>): Creator[] {
  return ctx.db
    .select()
    .from(creators)
    .where(
      sql`${creatorMatches(creators.name, creators.handles, input.search)}
        AND ${input.includeInactive ? sql`1` : eq(creators.active, true)}
        AND ${eq(creators.visibility, input.archived ? 'archived' : 'shown')}`,
    )
    .orderBy(asc(sql`${creators.name} COLLATE NOCASE`))
    .all()
    .map(toCreator);
}

// Rows only ever come from validated input, so the enum columns hold valid values.
export function toCreator(row: typeof creators.$inferSelect): Creator {
  return row as Creator;
}
