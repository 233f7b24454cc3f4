import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { showCount } from '../../../../shared/metrics/format';
import type { CollaborationPerformance } from '../../../../shared/metrics/schemas';
import { ChartPanel } from './ChartPanel';
import { compactCount } from './chartFormat';

/** One bar per creator with views; the ones below target in red, with each creator's share of the views target as a line. */
export function ViewsChart({ rows, targetViews }: { rows: CollaborationPerformance[]; targetViews?: number }) {
  const data = rows
    .filter((r) => r.performance.views !== null)
    .map((r) => ({ creator: r.creatorName, views: r.performance.views, color: r.verdict.underperforming ? 'red.6' : 'indigo.6' }));
  // The dashboard leaves out declined collaborations, as the share does.
  const expected = targetViews === undefined || rows.length === 0 ? null : targetViews / rows.length;
  return (
    <ChartPanel title="Views per creator" testId="chart-views">
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No views recorded yet.
        </Text>
      ) : (
        <BarChart
          h={240}
          data={data}
          dataKey="creator"
          series={[{ name: 'views', label: 'Views', color: 'indigo.6' }]}
          valueFormatter={showCount}
          yAxisProps={{ tickFormatter: compactCount, width: 48 }}
          xAxisProps={{ interval: 0, tickFormatter: (name: string) => (name.length > 14 ? `${name.slice(0, 13)}…` : name) }}
          maxBarWidth={48}
          referenceLines={expected === null ? [] : [{ y: expected, color: 'gray.6', label: `Expected ${compactCount(expected)} each`, labelPosition: 'insideTopRight' }]}
        />
      )}
    </ChartPanel>
  );
}
