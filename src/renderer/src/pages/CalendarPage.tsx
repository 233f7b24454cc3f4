import { Center, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CalendarFilter, CalendarFilters, isFiltered } from '../components/calendar/CalendarFilters';
import { weekEnd } from '../components/calendar/groups';
import { IcsButton } from '../components/calendar/IcsButton';
import { SubscribeButton } from '../components/calendar/SubscribeButton';
import { formatDayHeading } from '../components/calendar/labels';
import { MonthNav } from '../components/calendar/MonthNav';
import { MonthPane } from '../components/calendar/MonthPane';
import { RunningCampaigns } from '../components/calendar/RunningCampaigns';
import { StatusLegend } from '../components/calendar/StatusLegend';
import { useToday } from '../components/calendar/useToday';
import { WeekPane } from '../components/calendar/WeekPane';

type View = 'month' | 'agenda' | 'week';

const VIEWS: View[] = ['month', 'agenda', 'week'];

export function CalendarPage() {
  const { t } = useTranslation(['calendar', 'common']);
  const today = useToday();
  const [view, setView] = useState<View>('month');
  const [filter, setFilter] = useState<CalendarFilter>({});
  return (
    <Stack h="100%" gap="sm">
      <Group gap="sm">
        <Title order={2} mr="xs">
          {t('common:nav.calendar')}
        </Title>
        <SegmentedControl aria-label={t('view.label')} data={VIEWS.map((v) => ({ value: v, label: t(`view.${v}`) }))} value={view} onChange={(v) => setView(v as View)} />
        <Group gap="sm" ml="auto">
          <CalendarFilters value={filter} onChange={setFilter} />
          <IcsButton filter={filter} />
          <SubscribeButton />
        </Group>
      </Group>
      {today === undefined ? (
        <Center style={{ flex: 1 }}>
          <Loader />
        </Center>
      ) : (
        <CalendarBody view={view} today={today} filter={filter} onClearFilters={isFiltered(filter) ? () => setFilter({}) : undefined} />
      )}
    </Stack>
  );
}

interface BodyProps {
  view: View;
  today: string;
  filter: CalendarFilter;
  onClearFilters?: () => void;
}

function CalendarBody({ view, today, filter, onClearFilters }: BodyProps) {
  const { t } = useTranslation('calendar');
  // Until a month is picked, show the month of today: it follows the date when the day changes.
  const [picked, setPicked] = useState<string | null>(null);
  const month = picked ?? today.slice(0, 7);
  if (view === 'week') {
    return (
      <>
        <Text c="dimmed" size="sm">
          {t('weekIntro', { date: formatDayHeading(weekEnd(today)) })}
        </Text>
        <WeekPane today={today} filter={filter} onClearFilters={onClearFilters} />
      </>
    );
  }
  return (
    <>
      <Group justify="space-between">
        <MonthNav month={month} onChange={setPicked} onToday={() => setPicked(null)} />
        {view === 'month' && <StatusLegend />}
      </Group>
      <RunningCampaigns month={month} campaignId={filter.campaignId} />
      <MonthPane view={view} month={month} today={today} filter={filter} onClearFilters={onClearFilters} />
    </>
  );
}
