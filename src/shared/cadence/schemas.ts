import { z } from 'zod';
import { Id } from '../fields';
import { problem } from '../i18n/problems';

/**
 * How often the brand checks in with a creator who is making the content: the first check-in a
 * number of days after the product arrives, then every so many days until the draft is in.
 */
export const Cadence = z.strictObject({
  enabled: z.boolean({ error: problem('field.onOff') }),
  firstAfterArrivalDays: z
    .number({ error: problem('field.numberMissing') })
    .int({ error: problem('field.wholeNumber') })
    .min(0, { error: problem('cadence.firstDays') })
    .max(60, { error: problem('cadence.firstDays') }),
  everyDays: z
    .number({ error: problem('field.numberMissing') })
    .int({ error: problem('field.wholeNumber') })
    .min(1, { error: problem('cadence.everyDays') })
    .max(60, { error: problem('cadence.everyDays') }),
});
export type Cadence = z.infer<typeof Cadence>;

export const DEFAULT_CADENCE: Cadence = { enabled: true, firstAfterArrivalDays: 1, everyDays: 7 };

export const CadenceGetInput = z.strictObject({ campaignId: Id });

/** A campaign's own rhythm; null goes back to the default one. */
export const CadenceSaveInput = z.strictObject({ campaignId: Id, cadence: Cadence.nullable() });

export const CampaignCadence = z.object({
  campaignId: Id,
  /** The rhythm its collaborations follow: the campaign's own, else the default. */
  cadence: Cadence,
  /** The campaign has none of its own: it follows the default. */
  isDefault: z.boolean(),
});
export type CampaignCadence = z.infer<typeof CampaignCadence>;
