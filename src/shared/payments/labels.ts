import type { PaymentKind } from './schemas';

export const PAYMENT_KIND_LABELS: Record<PaymentKind, string> = {
  deposit: 'Deposit',
  balance: 'Balance',
  bonus: 'Bonus',
  shipping_refund: 'Shipping refund',
  other: 'Other',
};
