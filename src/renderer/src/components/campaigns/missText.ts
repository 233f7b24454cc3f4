import type { TFunction } from 'i18next';
import { showCount, showMoney, showPct } from '../../../../shared/metrics/format';
import type { TargetKey, TargetMiss } from '../../../../shared/metrics/schemas';

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
 * miss's numbers in the interface's language: the text the API sends along is the report's English.
 * Costs are in the collaboration's (or the campaign's) `currency`.
 */
export function missText(t: TFunction<'campaigns'>, locale: string, miss: TargetMiss, currency: string): string {
  const max = miss.target.endsWith('MaxMinor');
  const show = (n: number) =>
    miss.target === 'engagementRatePct' ? showPct(n, locale, 1) : max ? showMoney(n, currency, locale) : showCount(n, locale);
  const values = { metric: t(`metric.${METRIC[miss.target]}`), actual: show(miss.actual), expected: show(miss.expected), off: String(Math.round(miss.offByPct)) };
  return max ? t('miss.max', values) : t('miss.min', values);
}
