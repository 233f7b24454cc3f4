import { Anchor, Paper, Text } from '@mantine/core';
import { hrefOf } from '../../route';

export function NoCollaborations() {
  return (
    <Paper withBorder p="xl" ta="center" data-testid="dashboard-empty">
      <Text fw={500}>No collaborations in this campaign yet.</Text>
      <Text size="sm" c="dimmed" mt={4}>
        Choose this campaign when you add or edit a collaboration on the <Anchor href={hrefOf('board')}>board</Anchor>.
      </Text>
    </Paper>
  );
}

export function NoNumbers() {
  return (
    <Paper withBorder p="xl" ta="center" data-testid="dashboard-no-numbers">
      <Text fw={500}>No numbers yet.</Text>
      <Text size="sm" c="dimmed" mt={4}>
        Add posts and their numbers on a collaboration, or import a CSV.
      </Text>
    </Paper>
  );
}
