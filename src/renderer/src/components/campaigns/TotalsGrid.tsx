import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Performance } from '../../../../shared/metrics/schemas';
import { showCount, showMoney, showPct } from './numbers';
import { type Stat, StatCard } from './StatCard';
import { offTarget, progressPct } from './targets';

interface Props {
  totals: Performance;
  targets: Record<string, number>;
  currency: string;
  budgetMinor: number | null;
}

/** The campaign's totals, each beside its target when one is set. */
export function TotalsGrid({ totals, targets, currency, budgetMinor }: Props) {
  const { t } = useTranslation('campaigns');
  const money = (minor: number | null) => showMoney(minor, currency);
  const count = (key: 'views' | 'clicks' | 'conversions', label: string): Stat => {
    const target = targets[key];
    const progress = progressPct(totals[key], target);
    return {
      key,
      label,
      value: showCount(totals[key]),
      ...(target !== undefined && {
        target: progress === null ? t('totals.target', { value: showCount(target) }) : t('totals.targetProgress', { value: showCount(target), pct: String(Math.floor(progress)) }),
        progress,
      }),
    };
  };
  const ceiling = (key: string, label: string, actual: number | null): Stat => {
    const target = targets[key];
    return {
      key,
      label,
      value: money(actual),
      ...(target !== undefined && { target: t('totals.atMost', { amount: money(target) }), off: offTarget('max', actual, target, targets.marginPct) }),
    };
  };
  const stats: Stat[] = [
    count('views', t('metric.views')),
    {
      key: 'engagementRate',
      label: t('metric.engagementRate'),
      value: showPct(totals.engagementRatePct),
      ...(targets.engagementRatePct !== undefined && {
        target: t('totals.target', { value: showPct(targets.engagementRatePct) }),
        off: offTarget('min', totals.engagementRatePct, targets.engagementRatePct, targets.marginPct),
      }),
    },
    count('clicks', t('metric.clicks')),
    count('conversions', t('metric.conversions')),
    {
      key: 'cost',
      label: t('metric.cost'),
      value: money(totals.costMinor),
      ...(budgetMinor !== null && {
        target: t('totals.budget', { amount: money(budgetMinor) }),
        progress: progressPct(totals.costMinor, budgetMinor),
        off: offTarget('max', totals.costMinor, budgetMinor, 0),
      }),
    },
    ceiling('cpmMaxMinor', t('metric.cpm'), totals.cpmMinor),
    ceiling('cpeMaxMinor', t('metric.cpe'), totals.cpeMinor),
    ceiling('costPerConversionMaxMinor', t('metric.costPerConversion'), totals.costPerConversionMinor),
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="totals">
      {stats.map((s) => (
        <StatCard key={s.key} stat={s} />
      ))}
    </SimpleGrid>
  );
}
