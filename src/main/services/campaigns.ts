import { asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { type Campaign, type CampaignCreateInput, type CampaignListInput, type CampaignUpdateInput, campaignEndIssue } from '../../shared/schemas';
import { campaigns } from '../db/schema';
import { type Ctx, nowIso } from './context';
import { badField, notFound } from './errors';
import { getSettings } from './settings';
import { returnedRow } from '../db/returned';

type CampaignCreate = z.output<typeof CampaignCreateInput>;
/** A campaign's dates may be left out, as in the API, where they default to open. */
type CampaignCreateFields = Omit<CampaignCreate, 'startDate' | 'endDate'> & Partial<Pick<CampaignCreate, 'startDate' | 'endDate'>>;

export function createCampaign(ctx: Ctx, input: CampaignCreateFields): Campaign {
  const now = nowIso(ctx);
  const currency = input.currency ?? getSettings(ctx).currency;
  return returnedRow(
    ctx.db
      .insert(campaigns)
      .values({ ...input, startDate: input.startDate ?? null, endDate: input.endDate ?? null, currency, createdAt: now, updatedAt: now })
      .returning()
      .all(),
  );
}

export function updateCampaign(ctx: Ctx, input: z.output<typeof CampaignUpdateInput>): Campaign {
  const { id, ...changes } = input;
  const current = getCampaign(ctx, id);
  if (changes.startDate !== undefined || changes.endDate !== undefined) {
    const issue = campaignEndIssue(changes.startDate !== undefined ? changes.startDate : current.startDate, changes.endDate !== undefined ? changes.endDate : current.endDate);
    if (issue) throw badField(['endDate'], issue);
  }
  return returnedRow(
    ctx.db
      .update(campaigns)
      .set({ ...changes, updatedAt: nowIso(ctx) })
      .where(eq(campaigns.id, id))
      .returning()
      .all(),
  );
}

export function getCampaign(ctx: Ctx, id: number): Campaign {
  const row = ctx.db.select().from(campaigns).where(eq(campaigns.id, id)).get();
  // A deleted campaign (the trash emptied) is gone for the user; the row only anchors the history.
  if (!row || row.visibility === 'deleted') throw notFound('Campaign', id);
  return row;
}

export function listCampaigns(ctx: Ctx, input: z.output<typeof CampaignListInput> = {}): Campaign[] {
  return ctx.db
    .select()
    .from(campaigns)
    .where(eq(campaigns.visibility, input.archived ? 'archived' : 'shown'))
    .orderBy(asc(sql`${campaigns.name} COLLATE NOCASE`))
    .all();
}
