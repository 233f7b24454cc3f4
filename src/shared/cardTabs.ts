import type { CardTab } from './cardTabSchema';

/** The tabs of an open collaboration, so a reminder can land on the one it calls for. */
export const CARD_TABS = ['overview', 'contract', 'brief', 'messages', 'performance', 'accountability', 'timeline'] as const;
// The type is the schema's (one definition), re-exported beside the names it is made of.
export type { CardTab };

/** A creator's missed obligation is followed up by writing to them, so its reminder opens Messages. */
export const reminderTab = (party: 'creator' | 'brand' | null): CardTab | undefined => (party === 'creator' ? 'messages' : undefined);
