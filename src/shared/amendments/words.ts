import type { FlatNamespace, TFunction } from 'i18next';
import { formatMoney } from '../money';
import type { AmendmentFacts } from './schemas';

/*
 * An amendment said in words, once: the timeline, the evidence pack, the card and the amendment
 * letter all read these, so what was agreed reads the same everywhere. The words are the catalog's
 * (card:amendments.words), in the language of the caller's `t`; `intlTag` is the form money is
 * written in (the computer's own when left out).
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
      return t('amendments.words.extension', { ns, milestone: a.milestoneName, from: a.fromDate, to: a.toDate });
    case 'waiver':
      return a.amountMinor === null && a.waivedBp === 10_000
        ? t('amendments.words.waivedInFull', { ns })
        : t('amendments.words.waivedPart', { ns, part: waivedPart(a, intlTag) });
    case 'fee_change':
      return t('amendments.words.feeChanged', { ns, from: formatMoney(a.fromMinor, a.currency, intlTag), to: formatMoney(a.toMinor, a.currency, intlTag) });
  }
}

/** The circumstances: why, who asked, the day agreed and the contract version it amends. */
export function amendmentDetail(a: AmendmentFacts, t: Words): string {
  const ns = 'card';
  const detail = t('amendments.words.detail', { ns, agreedOn: a.agreedOn, askedBy: a.kind === 'extension' ? a.requestedBy : 'nobody', version: a.contractVersion, reason: a.reason });
  return a.kind === 'waiver' && a.disputeId !== null ? t('amendments.words.settles', { ns, detail, dispute: a.disputeId }) : detail;
}
