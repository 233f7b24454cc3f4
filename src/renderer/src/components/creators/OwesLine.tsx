import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../hooks/queries';
import { owesWords } from './owes';

/** Why an inactive creator is greyed out in the picker, read when the list is open. */
export function OwesLine({ creatorId }: { creatorId: number }) {
  // owesWords reads the language outside React; this keeps the line in step when it changes.
  useTranslation('creators');
  const standing = useApiQuery('influencers.standing', { id: creatorId });
  if (!standing.data) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="owes">
      {owesWords(standing.data.openObligations)}
    </Text>
  );
}
