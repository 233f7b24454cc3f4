import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntryRow } from './EntryRow';
import type { EntryGroup } from './groups';

/** Deadlines under day headings (the Agenda and "Due this week" views). */
export function EntryList({ groups }: { groups: readonly EntryGroup[] }) {
  const { t } = useTranslation('calendar');
  return (
    <Stack gap="lg" maw={920}>
      {groups.map((g) => (
        <section key={g.key} aria-label={g.title} data-testid={`group-${g.key}`}>
          <Group gap="xs" mb={8} align="baseline">
            <Title order={5} c={g.overdue ? 'red' : undefined}>
              {g.title}
            </Title>
            {g.note && (
              <Text size="sm" c="dimmed">
                {g.note}
              </Text>
            )}
            {g.isToday && !g.note && (
              <Badge size="sm" variant="light" tt="none">
                {t('group.today')}
              </Badge>
            )}
            <Text size="xs" c="dimmed" ml="auto">
              {g.entries.length}
            </Text>
          </Group>
          <Stack gap={6}>
            {g.entries.map((e) => (
              <EntryRow key={e.id} entry={e} showDate={g.overdue} />
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
