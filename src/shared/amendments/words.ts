import { formatMoney } from '../money';
import type { AmendmentFacts, Requester } from './schemas';

/*
 * An amendment said in words, once: the timeline, the evidence pack, the card and the amendment
 * letter all read these, so what was agreed reads the same everywhere.
 */

const ASKED_BY: Record<Requester, string> = { creator: 'at the creator’s request', brand: 'at the brand’s request' };

/** "50 %" or "€250", what a waiver takes off the deduction. */
export function waivedPart(a: Extract<AmendmentFacts, { kind: 'waiver' }>): string {
  if (a.amountMinor !== null) return formatMoney(a.amountMinor, a.currency);
  return `${(a.waivedBp ?? 0) / 100} %`;
}

/** One line: what was agreed. */
export function amendmentTitle(a: AmendmentFacts): string {
  switch (a.kind) {
    case 'extension':
      return `“${a.milestoneName}” moved from ${a.fromDate} to ${a.toDate}`;
    case 'waiver':
      return a.amountMinor === null && a.waivedBp === 10_000 ? 'Late-delivery deduction waived in full' : `Late-delivery deduction reduced by ${waivedPart(a)}`;
    case 'fee_change':
      return `Fee changed from ${formatMoney(a.fromMinor, a.currency)} to ${formatMoney(a.toMinor, a.currency)}`;
  }
}

/** The circumstances: why, who asked, the day agreed and the contract version it amends. */
export function amendmentDetail(a: AmendmentFacts): string {
  const who = a.kind === 'extension' ? `, ${ASKED_BY[a.requestedBy]}` : '';
  const dispute = a.kind === 'waiver' && a.disputeId !== null ? ` Settles dispute #${a.disputeId}.` : '';
  return `Agreed on ${a.agreedOn}${who}, amending contract v${a.contractVersion}: ${a.reason}${dispute}`;
}
