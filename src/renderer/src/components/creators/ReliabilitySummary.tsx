import { Group, Stack, Text } from '@mantine/core';
import type { Reliability } from '../../../../shared/accountability/schemas';
import { ReliabilityBadge } from './ReliabilityBadge';

/** The score with what it is made of, so a brand can judge it rather than trust a number. */
export function ReliabilitySummary({ reliability }: { reliability: Reliability }) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <ReliabilityBadge score={reliability.score} explanation={reliability.explanation} />
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} data-testid="reliability-explanation">
          {reliability.explanation}
        </Text>
        <Text size="xs" c="dimmed">
          {reliability.score === null
            ? 'No score until they have deliverables due, replies or ratings.'
            : 'Out of 100: deliveries on time, how fast they reply and your ratings, minus 15 for each strike not withdrawn.'}
        </Text>
      </Stack>
    </Group>
  );
}
