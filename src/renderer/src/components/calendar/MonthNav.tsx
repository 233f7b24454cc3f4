import { ActionIcon, Button, Group, Title, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { shiftMonth } from './calendarDates';
import { formatMonth } from './labels';

interface Props {
  month: string;
  onChange: (month: string) => void;
  onToday: () => void;
}

export function MonthNav({ month, onChange, onToday }: Props) {
  const { t } = useTranslation('calendar');
  return (
    <Group gap={6} wrap="nowrap">
      <Tooltip label={t('nav.previous')}>
        <ActionIcon variant="default" size="lg" aria-label={t('nav.previous')} onClick={() => onChange(shiftMonth(month, -1))}>
          <IconChevronLeft size={18} />
        </ActionIcon>
      </Tooltip>
      <Button variant="default" onClick={onToday}>
        {t('nav.today')}
      </Button>
      <Tooltip label={t('nav.next')}>
        <ActionIcon variant="default" size="lg" aria-label={t('nav.next')} onClick={() => onChange(shiftMonth(month, 1))}>
          <IconChevronRight size={18} />
        </ActionIcon>
      </Tooltip>
      <Title order={3} ml="xs" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
        {formatMonth(month)}
      </Title>
    </Group>
  );
}
