import { showCount, showMoney, showPct } from './format';
import type { TargetKey, TargetMiss } from './schemas';

/** Words of one language, keys with their namespace ("campaigns:miss.min"): a page's `t` or `translator(locale)`. */
import type { Say } from '../i18n/createI18n';

export type { Say };

const METRIC = {
  views: 'views',
  clicks: 'clicks',
  conversions: 'conversions',
  engagementRatePct: 'engagementRate',
  cpmMaxMinor: 'cpm',
  cpeMaxMinor: 'cpe',
  costPerConversionMaxMinor: 'costPerConversion',
} as const satisfies Record<TargetKey, string>;

/**
 * A missed target in words ("Views 12,400 vs 40,000 expected (69 % below)"), written from the
 * miss's numbers in one language and its Intl tag, wherever the brand reads it: the card, the
 * campaign page, the printed report. Costs are in the collaboration's (or the campaign's) `currency`.
 */
export function missWords(say: Say, intlTag: string, miss: Pick<TargetMiss, 'target' | 'expected' | 'actual' | 'offByPct'>, currency: string): string {
  const max = miss.target.endsWith('MaxMinor');
  const show = (n: number) =>
    miss.target === 'engagementRatePct' ? showPct(n, intlTag, 1) : max ? showMoney(n, currency, intlTag) : showCount(n, intlTag);
  const values = { metric: say(`campaigns:metric.${METRIC[miss.target]}`), actual: show(miss.actual), expected: show(miss.expected), off: String(Math.round(miss.offByPct)) };
  return say(max ? 'campaigns:miss.max' : 'campaigns:miss.min', values);
}
