import type { FlatNamespace, TFunction } from 'i18next';
import { formatIsoDate } from '../dates';
import { formatMoney } from '../money';
import type { AmendmentFacts } from './schemas';

/*
 * An amendment said in words, once: the timeline, the evidence pack, the card and the amendment
 * letter all read these, so what was agreed reads the same everywhere. The words are the catalog's
 * (card:amendments.words), in the language of the caller's `t`; `intlTag` is the form money (the
 * computer's own when left out) and dates (the app's "22 Mar 2026" when left out) are written in.
 */

type Words = TFunction<FlatNamespace>;

/** "50 %" or "€250", what a waiver takes off the deduction. */
export function waivedPart(a: Extract<AmendmentFacts, { kind: 'waiver' }>, intlTag?: string): string {
  if (a.amountMinor !== null) return formatMoney(a.amountMinor, a.currency, intlTag);
  return `${new Intl.NumberFormat(intlTag, { maximumFractionDigits: 2 }).format((a.waivedBp ?? 0) / 100)} %`;
}

/** One line: what was agreed. */
export function amendmentTitle(a: AmendmentFacts, t: Words, intlTag?: string): string {
  const ns = 'card';
  switch (a.kind) {
    case 'extension':
      return t('amendments.words.extension', { ns, milestone: a.milestoneName, from: formatIsoDate(a.fromDate, intlTag), to: formatIsoDate(a.toDate, intlTag) });
    case 'waiver':
      return a.amountMinor === null && a.waivedBp === 10_000
        ? t('amendments.words.waivedInFull', { ns })
        : t('amendments.words.waivedPart', { ns, part: waivedPart(a, intlTag) });
    case 'fee_change':
      return t('amendments.words.feeChanged', { ns, from: formatMoney(a.fromMinor, a.currency, intlTag), to: formatMoney(a.toMinor, a.currency, intlTag) });
  }
}

/** The circumstances: why, who asked, the day agreed and the contract version it amends. */
export function amendmentDetail(a: AmendmentFacts, t: Words, intlTag?: string): string {
  const ns = 'card';
  const detail = t('amendments.words.detail', { ns, agreedOn: formatIsoDate(a.agreedOn, intlTag), askedBy: a.kind === 'extension' ? a.requestedBy : 'nobody', version: a.contractVersion, reason: a.reason });
  return a.kind === 'waiver' && a.disputeId !== null ? t('amendments.words.settles', { ns, detail, dispute: a.disputeId }) : detail;
}
