import { Box, Center, Loader, Overlay, Paper, ScrollArea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/queries';
import { CalendarEmpty } from './CalendarEmpty';
import type { CalendarFilter } from './CalendarFilters';
import { inMonth, monthWeeks } from './calendarDates';
import { EntryList } from './EntryList';
import { agendaGroups } from './groups';
import { formatMonth } from './labels';
import { MonthGrid } from './MonthGrid';

interface Props {
  view: 'month' | 'agenda';
  month: string;
  today: string;
  filter: CalendarFilter;
  onClearFilters?: () => void;
}

/** One month as a grid or as a list; both read the same days, so switching is instant. */
export function MonthPane({ view, month, today, filter, onClearFilters }: Props) {
  const { t } = useTranslation('calendar');
  const weeks = monthWeeks(month);
  const entries = useApiQuery('calendar.list', { from: weeks[0]![0]!, to: weeks.at(-1)![6]!, ...filter });
  if (entries.isPending) {
    return (
      <Center style={{ flex: 1 }}>
        <Loader />
      </Center>
    );
  }
  const all = entries.data ?? [];
  const empty = <CalendarEmpty title={t('empty.month', { month: formatMonth(month) })} onClearFilters={onClearFilters} />;

  if (view === 'agenda') {
    const ofMonth = all.filter((e) => inMonth(e.dueDate, month));
    return (
      <ScrollArea style={{ flex: 1 }}>
        {ofMonth.length === 0 ? <Box pt="xl">{empty}</Box> : <EntryList groups={agendaGroups(ofMonth, today)} />}
      </ScrollArea>
    );
  }
  return (
    <Box pos="relative" style={{ flex: 1, overflow: 'auto' }}>
      <MonthGrid month={month} today={today} entries={all} />
      {all.length === 0 && (
        <Overlay color="var(--mantine-color-body)" backgroundOpacity={0.55} blur={1} center zIndex={2} radius="md">
          <Paper withBorder shadow="md" radius="lg" p="xl">
            {empty}
          </Paper>
        </Overlay>
      )}
    </Box>
  );
}
