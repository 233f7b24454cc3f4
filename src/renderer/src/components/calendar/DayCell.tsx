import { Popover, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalendarEntry } from '../../../../shared/calendar';
import { EntryChip } from './EntryChip';
import { formatFullDate } from './labels';

/** Chips a day shows before the rest folds into "+N more", so weeks keep one height. */
const VISIBLE = 3;

interface Props {
  date: string;
  entries: readonly CalendarEntry[];
  outside: boolean;
  isToday: boolean;
  weekend: boolean;
}

export function DayCell({ date, entries, outside, isToday, weekend }: Props) {
  const { t } = useTranslation('calendar');
  const fits = entries.length <= VISIBLE;
  const shown = fits ? entries : entries.slice(0, VISIBLE - 1);
  return (
    <div
      role="cell"
      className="ft-cal-day"
      data-date={date}
      data-outside={outside || undefined}
      data-today={isToday || undefined}
      data-weekend={weekend || undefined}
      aria-current={isToday ? 'date' : undefined}
    >
      <span className="ft-cal-daynum" aria-hidden>
        {Number(date.slice(8))}
      </span>
      <VisuallyHidden>{t('day.label', { date: formatFullDate(date), today: isToday ? 'yes' : 'no', count: entries.length })}</VisuallyHidden>
      {shown.map((e) => (
        <EntryChip key={e.id} entry={e} />
      ))}
      {!fits && <MoreEntries date={date} entries={entries} hidden={entries.length - shown.length} />}
    </div>
  );
}

function MoreEntries({ date, entries, hidden }: { date: string; entries: readonly CalendarEntry[]; hidden: number }) {
  const { t } = useTranslation('calendar');
  return (
    <Popover width={280} position="bottom-start" shadow="md" withArrow>
      <Popover.Target>
        <UnstyledButton className="ft-cal-more" aria-label={t('day.showAll', { count: entries.length, date: formatFullDate(date) })}>
          {t('day.more', { count: hidden })}
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" fw={600} mb={6}>
          {formatFullDate(date)}
        </Text>
        <Stack gap={4}>
          {entries.map((e) => (
            <EntryChip key={e.id} entry={e} />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
