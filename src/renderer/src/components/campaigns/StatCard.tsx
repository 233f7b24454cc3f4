import { Paper, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface Stat {
  key: string;
  label: string;
  value: string;
  /** "Target 100,000", "At most €8"; absent without a target. */
  target?: string;
  /** How far towards a count target or through the budget, 0–100. */
  progress?: number | null;
  /** A rate or cost outside its target by more than the margin, or spending over the budget. */
  off?: boolean;
}

export function StatCard({ stat }: { stat: Stat }) {
  const { t } = useTranslation('campaigns');
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`total-${stat.key}`} data-off-target={stat.off ? 'true' : 'false'}>
      <Text size="xs" c="dimmed" fw={500}>
        {stat.label}
      </Text>
      <Text size="xl" fw={700} c={stat.off ? 'red' : undefined} data-testid="value">
        {stat.value}
      </Text>
      {stat.target && (
        <Text size="xs" c="dimmed" data-testid="target">
          {stat.target}
          {stat.off && (
            <Text span c="red" fw={500} inherit>
              {' '}
              {t('totals.offTarget')}
            </Text>
          )}
        </Text>
      )}
      {stat.progress != null && <Progress value={stat.progress} size="xs" mt={6} color={stat.off ? 'red' : undefined} aria-label={t('totals.progress', { label: stat.label, pct: String(Math.round(stat.progress)) })} />}
    </Paper>
  );
}
