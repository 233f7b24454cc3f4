import { ActionIcon, Button, Group, Title, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { shiftMonth } from './calendarDates';
import { formatMonth } from './labels';

interface Props {
  month: string;
  onChange: (month: string) => void;
  onToday: () => void;
}

export function MonthNav({ month, onChange, onToday }: Props) {
  return (
    <Group gap={6} wrap="nowrap">
      <Tooltip label="Previous month">
        <ActionIcon variant="default" size="lg" aria-label="Previous month" onClick={() => onChange(shiftMonth(month, -1))}>
          <IconChevronLeft size={18} />
        </ActionIcon>
      </Tooltip>
      <Button variant="default" onClick={onToday}>
        Today
      </Button>
      <Tooltip label="Next month">
        <ActionIcon variant="default" size="lg" aria-label="Next month" onClick={() => onChange(shiftMonth(month, 1))}>
          <IconChevronRight size={18} />
        </ActionIcon>
      </Tooltip>
      <Title order={3} ml="xs" aria-live="polite" style={{ whiteSpace: 'nowrap' }}>
        {formatMonth(month)}
      </Title>
    </Group>
  );
}
