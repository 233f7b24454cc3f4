import { Text } from '@mantine/core';
import { useApiQuery } from '../../hooks/queries';
import { owesWords } from './owes';

/** Why an inactive creator is greyed out in the picker, read when the list is open. */
export function OwesLine({ creatorId }: { creatorId: number }) {
  const standing = useApiQuery('influencers.standing', { id: creatorId });
  if (!standing.data) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="owes">
      {owesWords(standing.data.openObligations)}
    </Text>
  );
}
