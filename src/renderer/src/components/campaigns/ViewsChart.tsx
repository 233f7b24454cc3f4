import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CollaborationPerformance } from '../../../../shared/metrics/schemas';
import { heldTo } from '../../../../shared/metrics/targetShares';
import { ChartPanel } from './ChartPanel';
import { compactCount } from './chartFormat';
import { showCount } from './numbers';

/**
 * One bar per creator with views; the ones below target in red. When every bar is held to the same
 * views (each meant to post alike), that number is drawn as a line; parts that differ are not one line.
 */
export function ViewsChart({ rows }: { rows: CollaborationPerformance[] }) {
  const { t } = useTranslation('campaigns');
  const charted = rows.filter((r) => r.performance.views !== null);
  const data = charted.map((r) => ({ creator: r.creatorName, views: r.performance.views, color: r.verdict.underperforming ? 'red.6' : 'indigo.6' }));
  const expected = sameForAll(charted.map((r) => heldTo(r.share, r.performance.posts).views));
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

function sameForAll(values: (number | undefined)[]): number | null {
  const first = values[0];
  return first !== undefined && values.every((v) => v !== undefined && Math.abs(v - first) < 0.5) ? first : null;
}
