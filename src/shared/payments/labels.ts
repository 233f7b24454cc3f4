import type { FlatNamespace, TFunction } from 'i18next';
import type { PaymentKind } from './schemas';

/** What a payment was for, as a list or a table names it (card:payments.kind). */
export const paymentKindLabel = (kind: PaymentKind, t: TFunction<FlatNamespace>): string => t(`payments.kind.${kind}`, { ns: 'card' });
