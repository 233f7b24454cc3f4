import { Button, Center, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLayoutKanban } from '@tabler/icons-react';
import { useApiMutation } from '../hooks/queries';

/** First run: say what the board is for and offer a way in. */
export function EmptyBoard({ onNew }: { onNew: () => void }) {
  const sample = useApiMutation('sample.load');
  const load = () =>
    sample.mutate(
      {},
      {
        onSuccess: (r) => notifications.show({ message: `Loaded ${r.collaborations} example collaborations with ${r.creators} creators.` }),
        onError: (e) => notifications.show({ color: 'red', title: 'Sample data not loaded', message: e.message }),
      },
    );
  return (
    <Center h="100%">
      <Stack maw={520} align="center" gap="md" ta="center">
        <ThemeIcon size={64} radius="xl" variant="light">
          <IconLayoutKanban size={34} />
        </ThemeIcon>
        <Title order={2}>Your board is empty</Title>
        <Text c="dimmed">
          Every collaboration becomes a card that moves from first contact to a paid, published post. Each move is
          dated, so you always know what happened when.
        </Text>
        <List size="sm" ta="left" spacing={4}>
          <List.Item>Add the creators you work with (or want to).</List.Item>
          <List.Item>Start a collaboration for each one and drag it along as things happen.</List.Item>
        </List>
        <Group>
          <Button onClick={onNew}>New collaboration</Button>
          <Button variant="light" onClick={load} loading={sample.isPending}>
            Load sample data
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Sample data can be loaded only into an empty workspace.
        </Text>
      </Stack>
    </Center>
  );
}
