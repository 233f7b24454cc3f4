import { z } from 'zod';
import { PLATFORMS, REGIONS } from './platforms';

/** Platform and region as the API takes them; apart from the names and labels, which the board shows without the schema library. */
export const Platform = z.enum(PLATFORMS, { error: 'Choose a platform from the list' });
export type Platform = z.infer<typeof Platform>;

export const Region = z.enum(REGIONS, { error: 'Choose a region from the list' });
export type Region = z.infer<typeof Region>;
