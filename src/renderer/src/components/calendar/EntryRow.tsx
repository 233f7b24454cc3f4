import { Badge, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import './calendar.css';
import type { CalendarEntry } from '../../../../shared/calendar';
import { formatDate } from '../../format';
import { navigate } from '../../route';
import { dutyName, isUrgent, STATUS_COLORS, STATUS_NAMES } from '../deadlineStatus';
import { entryColors } from './entryStyle';

/** One deadline in a list: what is due, for whom, and how late; opens its collaboration. */
export function EntryRow({ entry, showDate }: { entry: CalendarEntry; showDate?: boolean }) {
  const { t } = useTranslation('calendar');
  const late = entry.status === 'overdue' || entry.status === 'done_late' ? t('entry.late', { count: entry.daysLate }) : null;
  return (
    <UnstyledButton
      className="ft-cal-entry"
      style={entryColors(entry.status)}
      data-status={entry.status}
      data-testid="calendar-entry"
      onClick={() => navigate('board', entry.collaborationId)}
    >
      <Badge
        variant={isUrgent(entry.status) ? 'filled' : 'light'}
        color={STATUS_COLORS[entry.status]}
        tt="none"
        radius="sm"
        w={92}
        style={{ flexShrink: 0 }}
      >
        {STATUS_NAMES[entry.status]}
      </Badge>
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={600} truncate="end">
          {dutyName(entry)}
        </Text>
        <Text size="xs" c="dimmed" truncate="end">
          {entry.creatorName} · {entry.campaignName ?? t('entry.noCampaign')}
        </Text>
      </Stack>
      <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
        {late && (
          <Text size="sm" fw={500} c={entry.status === 'overdue' ? 'red' : 'dimmed'}>
            {late}
          </Text>
        )}
        {showDate && (
          <Text size="xs" c="dimmed">
            {t('entry.due', { date: formatDate(entry.dueDate) })}
          </Text>
        )}
      </Stack>
    </UnstyledButton>
  );
}
