import { z } from 'zod';
import { Currency, Id, IsoDate, IsoDateTime, MinorUnits, optionalText } from '../fields';
import { problem } from '../i18n/problems';

/*
 * Money paid to a creator, as dated facts: the deposit and the balance pay the fee; a bonus, a
 * refund of shipping costs or anything else is paid beside it.
 */

export const PAYMENT_KINDS = ['deposit', 'balance', 'bonus', 'shipping_refund', 'other'] as const;
export const PaymentKind = z.enum(PAYMENT_KINDS, { error: problem('field.paymentKind') });
export type PaymentKind = z.infer<typeof PaymentKind>;

/** The kinds that pay the agreed fee (what the deduction is taken from). */
export const FEE_PAYMENT_KINDS: readonly PaymentKind[] = ['deposit', 'balance'];

export const PaymentAddInput = z.strictObject({
  collaborationId: Id,
  kind: PaymentKind,
  paidOn: IsoDate,
  amountMinor: MinorUnits.min(1, { error: problem('field.amountPaid') }),
  method: optionalText(80).default(''),
  reference: optionalText(120).default(''),
});
export type PaymentAddInput = z.input<typeof PaymentAddInput>;

export const PaymentListInput = z.strictObject({ collaborationId: Id });

/** What the history records of a payment (the data of its `payment.recorded` event). */
export const PaymentFacts = z.object({ kind: PaymentKind, paidOn: IsoDate, amountMinor: MinorUnits, currency: Currency, method: z.string(), reference: z.string() });

export const Payment = PaymentFacts.extend({
  /** The event that records it. */
  eventId: Id,
  recordedAt: IsoDateTime,
  collaborationId: Id,
});
export type Payment = z.infer<typeof Payment>;

export const LedgerInput = z.strictObject({ collaborationId: Id });

/** What a collaboration costs and what of it is still owed, in its currency. */
export const Ledger = z.object({
  collaborationId: Id,
  currency: Currency,
  feeMinor: MinorUnits,
  /** The late-delivery deduction as of today (the contract's clause applied to the days late), less what was waived. */
  deductionMinor: MinorUnits,
  /** Waived of the deduction by amendments (already taken off `deductionMinor`). */
  waivedMinor: MinorUnits,
  /** Paid towards the fee (deposit and balance). */
  feePaidMinor: MinorUnits,
  /** Paid beside the fee (bonus, shipping refund, other). */
  otherPaidMinor: MinorUnits,
  /** Fee less the deduction less what was paid towards it; never below 0. */
  stillToPayMinor: MinorUnits,
  /** Paid towards the fee beyond what it came to after the deduction. */
  overpaidMinor: MinorUnits,
  payments: z.array(Payment),
});
export type Ledger = z.infer<typeof Ledger>;
