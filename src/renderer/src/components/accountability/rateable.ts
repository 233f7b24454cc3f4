import type { Stage } from '../../../../shared/stages';

/** The API takes a rating only once the work is over. */
export const isRateable = (stage: Stage): boolean => stage === 'completed' || stage === 'terminated';
