import type { OwedDeliverable, PostsRecord, TrackRecord } from '../../../../shared/accountability/trackRecord';
import { deadlineName } from '../../../../shared/deadlines/names';
import { showCount, showPct } from '../../../../shared/metrics/format';
import { formatDate, formatMoney } from '../../format';
import { currentIntlTag, i18n, say } from '../../i18n';

/*
 * A creator's track record in the interface's language: the numbers come from the API, the words
 * and the way numbers, money and dates are written from here.
 */

const parts = (items: string[]) => items.join(i18n.t('campaigns:separator.parts'));

/** "2 on time · 1 late (up to 3 days) · 1 overdue now"; "Nothing due yet" without any. */
export function deliveryWords(d: TrackRecord['deadlines']): string {
  const said = [
    d.onTime > 0 && i18n.t('creators:trackRecord.onTime', { count: d.onTime }),
    d.late > 0 && i18n.t('creators:trackRecord.late', { count: d.late, days: d.longestDaysLate }),
    d.overdue > 0 && i18n.t('creators:trackRecord.overdue', { count: d.overdue }),
    d.missed > 0 && i18n.t('creators:trackRecord.missed', { count: d.missed }),
  ].filter((s): s is string => typeof s === 'string');
  return said.length === 0 ? i18n.t('creators:trackRecord.noDeadlines') : parts(said);
}

/** "1 active · 1 withdrawn"; "None" without any. */
export function strikeWords(s: TrackRecord['strikes']): string {
  const said = [
    s.active > 0 && i18n.t('creators:trackRecord.strikeActive', { count: s.active }),
    s.served > 0 && i18n.t('creators:trackRecord.strikeServed', { count: s.served }),
    s.withdrawn > 0 && i18n.t('creators:trackRecord.strikeWithdrawn', { count: s.withdrawn }),
  ].filter((w): w is string => typeof w === 'string');
  return said.length === 0 ? i18n.t('creators:trackRecord.noStrikes') : parts(said);
}

/** Amounts in several currencies, each written as the interface writes money: "€1,000 + $150". */
export function amountsWords(amounts: { currency: string; minor: number }[]): string {
  return amounts.map((a) => formatMoney(a.minor, a.currency)).join(' + ');
}

/** "9,000 views (target 25,000), engagement 1.0 % (target 3.0 %)": a collaboration's posts against what they were held to. */
export function postWords(p: PostsRecord): string {
  const tag = currentIntlTag();
  const said: string[] = [];
  if (p.views !== null) {
    const views = showCount(p.views, tag);
    said.push(p.expected.views === null ? i18n.t('creators:trackRecord.views', { views }) : i18n.t('creators:trackRecord.viewsOf', { views, target: showCount(p.expected.views, tag) }));
  }
  if (p.engagementRatePct !== null) {
    const rate = showPct(p.engagementRatePct, tag, 1);
    const target = p.expected.engagementRatePct;
    said.push(target === null ? i18n.t('creators:trackRecord.rate', { rate }) : i18n.t('creators:trackRecord.rateOf', { rate, target: showPct(target, tag, 1) }));
  }
  return said.join(i18n.t('campaigns:separator.list'));
}

/** "Draft for Spring launch, 3 days late": one thing still owed, with how late or when it is due. */
export function owedWords(o: OwedDeliverable): string {
  const name = deadlineName(o, say);
  const item = o.campaignName === null ? name : i18n.t('creators:trackRecord.owedItem', { name, campaign: o.campaignName });
  if (o.status === 'overdue') return i18n.t('creators:trackRecord.owedLate', { item, days: o.daysLate });
  if (o.dueDate === null) return i18n.t('creators:trackRecord.owedWaiting', { item });
  return i18n.t('creators:trackRecord.owedDue', { item, date: formatDate(o.dueDate) });
}
