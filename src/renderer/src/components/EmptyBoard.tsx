import { Button, Center, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLayoutKanban } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../hooks/queries';
import { errorText } from '../formErrors';

/** First run: say what the board is for and offer a way in. */
export function EmptyBoard({ onNew }: { onNew: () => void }) {
  const { t } = useTranslation('board');
  const sample = useApiMutation('sample.load');
  const load = () =>
    sample.mutate(
      {},
      {
        onSuccess: (r) => notifications.show({ message: t('empty.sampleLoaded', { collaborations: r.collaborations, creators: r.creators }) }),
        onError: (e) => notifications.show({ color: 'red', title: t('empty.sampleNotLoaded'), message: errorText(e) }),
      },
    );
  return (
    <Center h="100%">
      <Stack maw={520} align="center" gap="md" ta="center">
        <ThemeIcon size={64} radius="xl" variant="light">
          <IconLayoutKanban size={34} />
        </ThemeIcon>
        <Title order={2}>{t('empty.title')}</Title>
        <Text c="dimmed">{t('empty.intro')}</Text>
        <List size="sm" ta="left" spacing={4}>
          <List.Item>{t('empty.addCreators')}</List.Item>
          <List.Item>{t('empty.startCollaborations')}</List.Item>
        </List>
        <Group>
          <Button onClick={onNew}>{t('empty.newCollaboration')}</Button>
          <Button variant="light" onClick={load} loading={sample.isPending}>
            {t('empty.loadSample')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('empty.sampleNote')}
        </Text>
      </Stack>
    </Center>
  );
}
