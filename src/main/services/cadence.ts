import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { Cadence, type CadenceGetInput, type CadenceSaveInput, type CampaignCadence, DEFAULT_CADENCE } from '../../shared/cadence/schemas';
import { campaigns } from '../db/schema';
import { getCampaign } from './campaigns';
import { type Ctx, nowIso } from './context';

/*
 * A campaign's check-in rhythm (rules/checkIn): its own, or the default one while it has none.
 * Collaborations without a campaign follow the default.
 */

/** The rhythm a stored column holds (JSON text in raw SQL reads, or already parsed), the default when none. */
export function cadenceOf(stored: Cadence | string | null | undefined): Cadence {
  if (stored === null || stored === undefined) return DEFAULT_CADENCE;
  return Cadence.parse(typeof stored === 'string' ? JSON.parse(stored) : stored);
}

export function getCadence(ctx: Ctx, input: z.output<typeof CadenceGetInput>): CampaignCadence {
  getCampaign(ctx, input.campaignId); // NOT_FOUND for a campaign that is not there (or deleted)
  const stored = ctx.db.select({ cadence: campaigns.cadence }).from(campaigns).where(eq(campaigns.id, input.campaignId)).get()?.cadence ?? null;
  return { campaignId: input.campaignId, cadence: cadenceOf(stored), isDefault: stored === null };
}

/** Sets a campaign's own rhythm (null: back to the default). Bad numbers are refused by the schema before anything changes. */
export function saveCadence(ctx: Ctx, input: z.output<typeof CadenceSaveInput>): CampaignCadence {
  getCampaign(ctx, input.campaignId); // NOT_FOUND for a campaign that is not there
  ctx.db.update(campaigns).set({ cadence: input.cadence, updatedAt: nowIso(ctx) }).where(eq(campaigns.id, input.campaignId)).run();
  return getCadence(ctx, { campaignId: input.campaignId });
}
