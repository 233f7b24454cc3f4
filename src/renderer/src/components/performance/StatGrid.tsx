import { Paper, SimpleGrid, Text } from '@mantine/core';
import { showCount, showMoney, showPct } from '../../../../shared/metrics/format';
import type { Performance } from '../../../../shared/metrics/schemas';

/** The totals of the posts' newest numbers and what follows from them; "—" where unknown. */
export function StatGrid({ performance: p, currency, feeIsCost }: { performance: Performance; currency: string; feeIsCost: boolean }) {
  const money = (minor: number | null) => showMoney(minor, currency);
  const stats: { label: string; value: string; hint?: string }[] = [
    { label: 'Views', value: showCount(p.views) },
    { label: 'Engagement rate', value: showPct(p.engagementRatePct), hint: p.engagements === null ? undefined : `${showCount(p.engagements)} engagements` },
    { label: 'Clicks', value: showCount(p.clicks) },
    { label: 'Conversions', value: showCount(p.conversions) },
    { label: 'Cost', value: money(p.costMinor), hint: feeIsCost ? 'the fee' : undefined },
    { label: 'CPM', value: money(p.cpmMinor), hint: 'per 1,000 views' },
    { label: 'Cost per engagement', value: money(p.cpeMinor) },
    { label: 'Cost per conversion', value: money(p.costPerConversionMinor) },
  ];
  return (
    <SimpleGrid cols={4} spacing="xs" verticalSpacing="xs" role="list" aria-label="Totals">
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
