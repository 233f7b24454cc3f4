import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import './calendar.css';
import type { DeadlineStatus } from '../../../../shared/contract/schemas';
import { STATUS_NAMES } from '../deadlineStatus';
import { entryColors } from './entryStyle';

const SHOWN: DeadlineStatus[] = ['overdue', 'due_soon', 'upcoming', 'done_on_time', 'done_late', 'passed'];

/** What the chip colours mean. */
export function StatusLegend() {
  const { t } = useTranslation('calendar');
  return (
    <Group gap="md" aria-label={t('legend.label')} role="list">
      {SHOWN.map((s) => (
        <Group key={s} gap={6} role="listitem" wrap="nowrap">
          <span className="ft-cal-swatch" style={entryColors(s)} />
          <Text size="xs" c="dimmed">
            {s === 'passed' ? t('legend.passed') : STATUS_NAMES[s]}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
