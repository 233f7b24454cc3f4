import { SimpleGrid } from '@mantine/core';
import { showCount, showMoney, showPct } from '../../../../shared/metrics/format';
import type { Performance } from '../../../../shared/metrics/schemas';
import { type Stat, StatCard } from './StatCard';
import { offTarget, progressPct } from './targets';

interface Props {
  totals: Performance;
  targets: Record<string, number>;
  currency: string;
  budgetMinor: number | null;
}

/** The campaign's totals, each beside its target when one is set. */
export function TotalsGrid({ totals: t, targets, currency, budgetMinor }: Props) {
  const money = (minor: number | null) => showMoney(minor, currency);
  const count = (key: 'views' | 'clicks' | 'conversions', label: string): Stat => {
    const target = targets[key];
    const progress = progressPct(t[key], target);
    return {
      key,
      label,
      value: showCount(t[key]),
      ...(target !== undefined && { target: `Target ${showCount(target)}${progress === null ? '' : ` · ${Math.floor(progress)} %`}`, progress }),
    };
  };
  const ceiling = (key: string, label: string, actual: number | null): Stat => {
    const target = targets[key];
    return {
      key,
      label,
      value: money(actual),
      ...(target !== undefined && { target: `At most ${money(target)}`, off: offTarget('max', actual, target, targets.marginPct) }),
    };
  };
  const stats: Stat[] = [
    count('views', 'Views'),
    {
      key: 'engagementRate',
      label: 'Engagement rate',
      value: showPct(t.engagementRatePct),
      ...(targets.engagementRatePct !== undefined && {
        target: `Target ${showPct(targets.engagementRatePct)}`,
        off: offTarget('min', t.engagementRatePct, targets.engagementRatePct, targets.marginPct),
      }),
    },
    count('clicks', 'Clicks'),
    count('conversions', 'Conversions'),
    {
      key: 'cost',
      label: 'Cost',
      value: money(t.costMinor),
      ...(budgetMinor !== null && {
        target: `Budget ${money(budgetMinor)}`,
        progress: progressPct(t.costMinor, budgetMinor),
        off: offTarget('max', t.costMinor, budgetMinor, 0),
      }),
    },
    ceiling('cpmMaxMinor', 'CPM', t.cpmMinor),
    ceiling('cpeMaxMinor', 'Cost per engagement', t.cpeMinor),
    ceiling('costPerConversionMaxMinor', 'Cost per conversion', t.costPerConversionMinor),
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" data-testid="totals">
      {stats.map((s) => (
        <StatCard key={s.key} stat={s} />
      ))}
    </SimpleGrid>
  );
}
