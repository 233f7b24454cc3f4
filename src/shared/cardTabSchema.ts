import { z } from 'zod';
import { CARD_TABS } from './cardTabs';

/** A card's tab as the API takes it; apart from the list, which the page's address is read against without the schema library. */
export const CardTab = z.enum(CARD_TABS);
export type CardTab = z.infer<typeof CardTab>;
