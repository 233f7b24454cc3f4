import { LineChart } from '@mantine/charts';
import { SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/metrics/schemas';
import { ChartPanel } from './ChartPanel';
import { compactCount, shortDate } from './chartFormat';
import { showCount } from './numbers';

const MEASURES = ['views', 'engagements', 'clicks', 'conversions'] as const;
type Measure = (typeof MEASURES)[number];

/** The campaign's running totals by day, one measure at a time so each has a readable scale. */
export function TrendChart({ series }: { series: Dashboard['series'] }) {
  const { t } = useTranslation('campaigns');
  const [measure, setMeasure] = useState<Measure>('views');
  const measures = MEASURES.map((m) => ({ value: m, label: t(`metric.${m}`) }));
  const label = t(`metric.${measure}`);
  const data = series.map((p) => ({ day: shortDate(p.date), [measure]: p[measure] }));
  return (
    <ChartPanel
      title={t('charts.overTime')}
      testId="chart-trend"
      controls={<SegmentedControl size="xs" value={measure} onChange={(v) => setMeasure(v as Measure)} data={measures} aria-label={t('charts.measure')} />}
    >
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('charts.noReadings')}
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
