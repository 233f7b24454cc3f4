import { Box, Center, Loader, ScrollArea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addCalendarDays } from '../../../../shared/dates';
import { useApiQuery } from '../../hooks/queries';
import { CalendarEmpty } from './CalendarEmpty';
import type { CalendarFilter } from './CalendarFilters';
import { EntryList } from './EntryList';
import { dueThisWeekGroups, weekEnd } from './groups';

/** As far back as one call may reach (400 days) with the coming week included; older late work is long settled. */
const LOOK_BACK_DAYS = 393;

interface Props {
  today: string;
  filter: CalendarFilter;
  onClearFilters?: () => void;
}

/** What needs doing now: everything late, and what is due in the next seven days. */
export function WeekPane({ today, filter, onClearFilters }: Props) {
  const { t } = useTranslation('calendar');
  const entries = useApiQuery('calendar.list', { from: addCalendarDays(today, -LOOK_BACK_DAYS), to: weekEnd(today), openOnly: true, ...filter });
  if (entries.isPending) {
    return (
      <Center style={{ flex: 1 }}>
        <Loader />
      </Center>
    );
  }
  const groups = dueThisWeekGroups(entries.data ?? [], today);
  return (
    <ScrollArea style={{ flex: 1 }}>
      {groups.length === 0 ? (
        <Box pt="xl">
          <CalendarEmpty title={t('empty.week')} onClearFilters={onClearFilters} />
        </Box>
      ) : (
        <EntryList groups={groups} />
      )}
    </ScrollArea>
  );
}
