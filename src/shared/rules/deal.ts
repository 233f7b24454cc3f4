import type { ContractTerms } from '../contract/terms';
import { problem } from '../i18n/problems';

/*
 * One truth per deal (DOMAIN "What changes after the contract"): once a contract version is in
 * force, its fee, currency and product set the collaboration's deal, so the card, the column
 * totals, the dashboards, the exports and the evidence pack all read the same numbers. Before a
 * contract, the card's own fields are the deal.
 */

/** The collaboration fields a contract in force sets, and the contract clause that sets each. */
export const DEAL_FIELDS = ['feeMinor', 'currency', 'productValueMinor'] as const;
export type DealField = (typeof DEAL_FIELDS)[number];

export interface Deal {
  feeMinor: number;
  currency: string;
  productValueMinor: number | null;
}

/** The deal a version of the contract sets. */
export function dealOfTerms(terms: ContractTerms): Deal {
  return { feeMinor: terms.fee.feeMinor, currency: terms.fee.currency, productValueMinor: terms.fee.productValueMinor };
}

/** A fee above zero is a paid collaboration; none is a gift (product for content). */
export const isPaid = (feeMinor: number) => feeMinor > 0;

/** The deal fields whose value differs from the deal, with both values: what finalizing changes. */
export function dealChanges(current: Deal, deal: Deal): Partial<Record<DealField, { from: string | number | null; to: string | number | null }>> {
  const changes: Partial<Record<DealField, { from: string | number | null; to: string | number | null }>> = {};
  for (const field of DEAL_FIELDS) {
    if (current[field] !== deal[field]) changes[field] = { from: current[field], to: deal[field] };
  }
  return changes;
}

/** Why a deal field cannot be edited on the card while a version is in force (`service.dealLocked`). */
export const dealLocked = (field: DealField, version: number) => problem('service.dealLocked', { field, version });

/** The short note beside a locked field. */
export const dealLockedNote = (version: number) => `Set by contract v${version}`;

/** An edit without the deal fields, for a card whose deal a contract in force sets. */
export function withoutDealFields<T extends object>(edit: T): Omit<T, DealField> {
  return Object.fromEntries(Object.entries(edit).filter(([key]) => !(DEAL_FIELDS as readonly string[]).includes(key))) as Omit<T, DealField>;
}
