import { z } from 'zod';
import { IsoDateTime } from './fields';

/**
 * The app's "now", as the page must use it: one clock for host and page. A pinned clock (demos,
 * tests) stands still, so the page repeats that instant instead of reading the computer's time.
 */
export const ClockReading = z.object({ now: IsoDateTime, pinned: z.boolean() });
export type ClockReading = z.infer<typeof ClockReading>;
