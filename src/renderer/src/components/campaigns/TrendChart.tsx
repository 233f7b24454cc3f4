import { LineChart } from '@mantine/charts';
import { SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { showCount } from '../../../../shared/metrics/format';
import type { Dashboard } from '../../../../shared/metrics/schemas';
import { ChartPanel } from './ChartPanel';
import { compactCount, shortDate } from './chartFormat';

const MEASURES = [
  { value: 'views', label: 'Views' },
  { value: 'engagements', label: 'Engagements' },
  { value: 'clicks', label: 'Clicks' },
  { value: 'conversions', label: 'Conversions' },
] as const;
type Measure = (typeof MEASURES)[number]['value'];

/** The campaign's running totals by day, one measure at a time so each has a readable scale. */
export function TrendChart({ series }: { series: Dashboard['series'] }) {
  const [measure, setMeasure] = useState<Measure>('views');
  const label = MEASURES.find((m) => m.value === measure)!.label;
  const data = series.map((p) => ({ day: shortDate(p.date), [measure]: p[measure] }));
  return (
    <ChartPanel
      title="Over time"
      testId="chart-trend"
      controls={<SegmentedControl size="xs" value={measure} onChange={(v) => setMeasure(v as Measure)} data={[...MEASURES]} aria-label="Measure over time" />}
    >
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No readings yet.
        </Text>
      ) : (
        <LineChart
          h={240}
          data={data}
          dataKey="day"
          series={[{ name: measure, label, color: 'indigo.6' }]}
          valueFormatter={showCount}
          yAxisProps={{ tickFormatter: compactCount, width: 48 }}
          curveType="linear"
          withDots={data.length < 40}
        />
      )}
    </ChartPanel>
  );
}
