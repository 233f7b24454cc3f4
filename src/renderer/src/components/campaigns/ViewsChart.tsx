import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CollaborationPerformance } from '../../../../shared/metrics/schemas';
import { ChartPanel } from './ChartPanel';
import { compactCount } from './chartFormat';
import { showCount } from './numbers';

/** One bar per creator with views; the ones below target in red, with each creator's share of the views target as a line. */
export function ViewsChart({ rows, targetViews }: { rows: CollaborationPerformance[]; targetViews?: number }) {
  const { t } = useTranslation('campaigns');
  const data = rows
    .filter((r) => r.performance.views !== null)
    .map((r) => ({ creator: r.creatorName, views: r.performance.views, color: r.verdict.underperforming ? 'red.6' : 'indigo.6' }));
  // The dashboard leaves out declined collaborations, as the share does.
  const expected = targetViews === undefined || rows.length === 0 ? null : targetViews / rows.length;
  return (
    <ChartPanel title={t('charts.viewsPerCreator')} testId="chart-views">
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('charts.noViews')}
        </Text>
      ) : (
        <BarChart
          h={240}
          data={data}
          dataKey="creator"
          series={[{ name: 'views', label: t('metric.views'), color: 'indigo.6' }]}
          valueFormatter={showCount}
          yAxisProps={{ tickFormatter: compactCount, width: 48 }}
          xAxisProps={{ interval: 0, tickFormatter: (name: string) => (name.length > 14 ? `${name.slice(0, 13)}…` : name) }}
          maxBarWidth={48}
          referenceLines={expected === null ? [] : [{ y: expected, color: 'gray.6', label: t('charts.expectedEach', { number: compactCount(expected) }), labelPosition: 'insideTopRight' }]}
        />
      )}
    </ChartPanel>
  );
}
