import type { Say } from '../i18n/createI18n';
import type { ImportKind } from './schemas';

// A web shop writes its order export in English whatever the shop's language: the example shows it as it comes.
const SHOP_ORDERS = 'Name,Email,Fulfilled at,Lineitem name,Lineitem sku,Lineitem quantity,Tracking number\n#1001,mia@example.com,2026-03-02,Glow serum,GS-30,2,JD0146000012345';

/** A few lines of a file the import reads as it is, with the column names of the reader's language. */
export const csvExample = (kind: ImportKind, say: Say): string => (kind === 'orders' ? SHOP_ORDERS : say(`importExport:example.${kind}`));
