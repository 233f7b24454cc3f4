import { z } from 'zod';
import { PLATFORMS, REGIONS } from './platforms';
import { problem } from './i18n/problems';

/** Platform and region as the API takes them; apart from the names and labels, which the board shows without the schema library. */
export const Platform = z.enum(PLATFORMS, { error: problem('field.platform') });
export type Platform = z.infer<typeof Platform>;

export const Region = z.enum(REGIONS, { error: problem('field.region') });
export type Region = z.infer<typeof Region>;
