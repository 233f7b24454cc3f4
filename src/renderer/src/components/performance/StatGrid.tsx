import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Performance } from '../../../../shared/metrics/schemas';
import { showCount, showMoney, showPct } from '../campaigns/numbers';

/** The totals of the posts' newest numbers and what follows from them; "—" where unknown. */
export function StatGrid({ performance: p, currency, feeIsCost }: { performance: Performance; currency: string; feeIsCost: boolean }) {
  const { t } = useTranslation('campaigns');
  const money = (minor: number | null) => showMoney(minor, currency);
  const stats: { label: string; value: string; hint?: string }[] = [
    { label: t('metric.views'), value: showCount(p.views) },
    { label: t('metric.engagementRate'), value: showPct(p.engagementRatePct), hint: p.engagements === null ? undefined : t('performance.engagements', { number: showCount(p.engagements) }) },
    { label: t('metric.clicks'), value: showCount(p.clicks) },
    { label: t('metric.conversions'), value: showCount(p.conversions) },
    { label: t('metric.cost'), value: money(p.costMinor), hint: feeIsCost ? t('performance.theFee') : undefined },
    { label: t('metric.cpm'), value: money(p.cpmMinor), hint: t('performance.perThousandViews') },
    { label: t('metric.cpe'), value: money(p.cpeMinor) },
    { label: t('metric.costPerConversion'), value: money(p.costPerConversionMinor) },
  ];
  return (
    <SimpleGrid cols={4} spacing="xs" verticalSpacing="xs" role="list" aria-label={t('performance.totals')}>
      {stats.map((s) => (
        <Paper key={s.label} withBorder p="xs" radius="md" role="listitem" aria-label={s.label} data-testid="stat">
          <Text size="xs" c="dimmed" lineClamp={1} title={s.label}>
            {s.label}
          </Text>
          <Text fw={600} size="lg">
            {s.value}
          </Text>
          {s.hint && (
            <Text size="xs" c="dimmed">
              {s.hint}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
