import { z } from 'zod';
import { problem } from './i18n/problems';
import { STAGES } from './stages';

/** A stage as the API takes it; apart from the stage names so the board's first screen does not load the schema library. */
export const Stage = z.enum(STAGES, { error: problem('field.stage', { list: STAGES.join(', ') }) });
export type Stage = z.infer<typeof Stage>;
